package nl.werkpad.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.werkpad.journey.JourneyVariables;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.Chromium;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What a newcomer experiences in Camunda Tasklist, in a real headless browser: km-gouda logs in,
 * sees a Dutch Tasklist with the Gouda demo tasks and none of another municipality, and starts a
 * journey for a test BSN through the start form. Drives Debian's chromium through its chromedriver;
 * nothing is downloaded. Skipped where they are not installed, unless werkpad.test.browser.required.
 */
@ApplicationTest
// As in production: demo journeys, and the job executor running the backend calls (BRP, zaak).
@TestPropertySource(properties = {"werkpad.demo.journeys=true", "camunda.bpm.job-execution.enabled=true"})
@ExtendWith(Chromium.Installed.class)
class TasklistBrowserIT {

  private static final String GOUDA = "gm0513";
  private static final String CAPELLE = "gm0502";
  private static final List<String> GOUDA_KLANTMANAGER_GROUPS = List.of("klantmanagers", "klantmanagers-0513");
  private static final List<String> DUTCH_FILTERS =
      List.of("Mijn taken", "Taken van mijn team", "Nog op te pakken", "Over de vervaldatum");
  private static final String TEAM_TASKS = "Taken van mijn team";
  private static final String BREDE_INTAKE = "Brede intake houden";
  /** Public test BSNs: the first passes the elfproef (a person of Gouda), the second does not. */
  private static final String VALID_BSN = "999993653";
  private static final String INVALID_BSN = "123456789";

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";

  private static JsonNode dutch;
  private static JsonNode english;

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  private Path profile;
  private WebDriver driver;
  private WebDriverWait wait;

  /** On failure, keeps what the browser showed (runs before @AfterEach quits it). */
  @RegisterExtension
  final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
    if (context.getExecutionException().isPresent() && driver != null) {
      String name = "TasklistBrowserIT-" + context.getRequiredTestMethod().getName() + "-failure";
      saveScreenshot(name + ".png");
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }
  };

  @BeforeAll
  static void requireBrowser() throws IOException {
    Chromium.requireInstalled();
    dutch = locale("nl.json");
    english = locale("en.json");
  }

  @BeforeEach
  void startBrowser() throws IOException {
    profile = Files.createTempDirectory("werkpad-chromium-");
    // A browser that prefers English: Tasklist must still be Dutch (see tasklist/scripts/config.js).
    driver = Chromium.start(profile);
    wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void quitBrowserAndRemoveJourneys() {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
    // Whatever a test started (even when it failed halfway), so the BSNs are free again.
    for (String bsn : List.of(VALID_BSN, INVALID_BSN)) {
      journeysOf(bsn).list().forEach(journey -> runtime.deleteProcessInstanceIfExists(
          journey.getId(), "TasklistBrowserIT opgeruimd", false, true, false, false));
    }
  }

  @Test
  void kmGoudaSeesDutchTasklistWithOnlyGoudaTasksAndStartsJourney() throws IOException {
    assertThat(browserLanguage()).as("the browser itself prefers English").startsWith("en");

    logIn("km-gouda", "demo");
    assertThat(filterNames()).containsExactlyElementsOf(DUTCH_FILTERS);
    assertThat(pageText())
        .contains(nl("START_PROCESS"), nl("CREATE_TASK"), nl("SHORTCUT_HELP"), nl("SELECT_TASK_IN_LIST"))
        .doesNotContain(en("START_PROCESS"), en("CREATE_TASK"), en("SHORTCUT_HELP"), en("SELECT_TASK_IN_LIST"));

    // Capelle's demo journey also waits for a brede intake: it must stay invisible to Gouda.
    assertThat(tasks.createTaskQuery().tenantIdIn(CAPELLE).taskName(BREDE_INTAKE).count()).isPositive();
    openFilter(TEAM_TASKS);
    List<TaskCard> teamTasks = waitForTaskList(goudaTeamTaskCount());
    moveMouseAway();
    saveScreenshot("tasklist-km-gouda.png");
    assertThat(teamTasks).extracting(TaskCard::name).contains(BREDE_INTAKE);
    assertThat(teamTasks).extracting(TaskCard::woongemeente).containsOnly("Gouda");
    assertThat(teamTasks).extracting(TaskCard::klantreisnummer)
        .containsExactlyInAnyOrderElementsOf(goudaTeamJourneyNumbers())
        .doesNotContainAnyElementsOf(journeyNumbers(CAPELLE));

    startJourney(VALID_BSN);
    assertThat(pageNotification()).isEqualTo(nl("PROCESS_START_OK"));
    ProcessInstance journey = journeysOf(VALID_BSN).singleResult();
    assertThat(journey).as("journey started from Tasklist").isNotNull();
    assertThat(journey.getTenantId()).isEqualTo(GOUDA);
    assertThat(journey.getBusinessKey()).startsWith("KR-");
    assertThat(runtime.getVariable(journey.getId(), JourneyVariables.WOONGEMEENTE))
        .as("woongemeente left empty: the municipality of km-gouda").isEqualTo("0513");

    // The BRP lookup and the zaak run as jobs first; then the brede intake is the team's task.
    awaitTask(journey.getBusinessKey(), "UserTask_BredeIntake");
    driver.navigate().refresh();
    openFilter(TEAM_TASKS);
    assertThat(waitForTaskList(goudaTeamTaskCount()))
        .contains(new TaskCard(BREDE_INTAKE, journey.getBusinessKey(), "Gouda"));
  }

  @Test
  void invalidBsnIsRefusedWithDutchMessageAndStartsNothing() {
    logIn("km-gouda", "demo");
    long journeysBefore = allJourneys().count();

    startJourney(INVALID_BSN);
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-dialog .notifications .alert-danger")));
    assertThat(error.findElement(By.cssSelector(".status")).getText()).isEqualTo(nl("PROCESS_START_ERROR"));
    assertThat(error.findElement(By.cssSelector(".message")).getText())
        .startsWith("Het BSN is ongeldig").contains("elfproef");

    assertThat(allJourneys().count()).isEqualTo(journeysBefore);
    assertThat(journeysOf(INVALID_BSN).count()).isZero();
  }

  // --- what a user does --------------------------------------------------------------------------

  private void logIn(String user, String password) {
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name='signinForm'] input[type='text']")));
    assertThat(username.getAttribute("placeholder")).isEqualTo(nl("PAGE_LOGIN_USERNAME"));
    username.sendKeys(user);
    driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys(password);
    click(By.xpath("//form[@name='signinForm']//button[@type='submit'][normalize-space()='"
        + nl("PAGE_LOGIN_SIGN_IN_ACTION") + "']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter h4.name a")));
  }

  private void openFilter(String name) {
    click(By.xpath(filterXpath(name) + "//h4/a"));
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath(filterXpath(name) + "[contains(concat(' ', @class, ' '), ' active ')]")));
  }

  /** Start dialog, "Klantreis", BSN in the Camunda Form, woongemeente left empty, "Starten". */
  private void startJourney(String bsn) {
    click(By.cssSelector("li.start-process-action a"));
    click(By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]"
        + "//a[normalize-space()='Klantreis']"));
    WebElement label = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//form[contains(@class,'fjs-form')]//label[normalize-space(text())='BSN']")));
    WebElement input = driver.findElement(By.id(label.getAttribute("for")));
    input.sendKeys(bsn);
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='" + nl("START") + "']"));
  }

  // --- what the user sees ------------------------------------------------------------------------

  /** The filter names, without the task counter Tasklist shows next to the focused one. */
  @SuppressWarnings("unchecked")
  private List<String> filterNames() {
    return (List<String>) js("return Array.from(document.querySelectorAll('.task-filter h4.name a'))"
        + ".map(a => a.firstChild.textContent.trim());");
  }

  /**
   * Waits until Tasklist lists as many tasks as expected, then returns them. Tasklist re-renders the
   * list while it loads and refreshes, so the cards are read in one go in the browser.
   */
  @SuppressWarnings("unchecked")
  private void awaitTask(String journeyNumber, String taskDefinitionKey) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> tasks.createTaskQuery()
        .processInstanceBusinessKey(journeyNumber).taskDefinitionKey(taskDefinitionKey).count() == 1);
  }

  private List<TaskCard> waitForTaskList(long expected) {
    String read = "return Array.from(document.querySelectorAll('[cam-tasks] ol.tasks-list > li.task')).map(li => {"
        + "  const vars = {};"
        + "  li.querySelectorAll('.variable-item').forEach(item => {"
        + "    const label = item.querySelector('.variable-label'), value = item.querySelector('.variable-value');"
        + "    if (label && value) vars[label.textContent.trim().replace(/:$/, '')] = value.textContent.trim();"
        + "  });"
        + "  return {name: li.querySelector('h4.task a').textContent.trim(), vars: vars};"
        + "});";
    try {
      return wait.until(d -> {
        List<Map<String, Object>> cards = (List<Map<String, Object>>) js(read);
        return cards.size() == expected ? cards.stream().map(TaskCard::of).toList() : null;
      });
    } catch (TimeoutException e) {
      List<TaskCard> listed = ((List<Map<String, Object>>) js(read)).stream().map(TaskCard::of).toList();
      throw new AssertionError("Tasklist should list " + expected + " tasks, but lists " + listed, e);
    }
  }

  /** The text of the notification at the top of the page, e.g. after a start. */
  private String pageNotification() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".page-notifications .alert .status"))).getText();
  }

  private String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private String browserLanguage() {
    return (String) js("return navigator.languages[0];");
  }

  /** The pointer still rests on the clicked filter; its tooltip would hide part of the screenshot. */
  private void moveMouseAway() {
    new Actions(driver).moveToElement(driver.findElement(By.tagName("footer"))).perform();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tooltip")));
  }

  private void saveScreenshot(String file) throws IOException {
    Files.write(SCREENSHOTS.resolve(file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** A task as Tasklist shows it: its name and the filter's variable columns. */
  record TaskCard(String name, String klantreisnummer, String woongemeente) {

    @SuppressWarnings("unchecked")
    static TaskCard of(Map<String, Object> card) {
      Map<String, String> vars = (Map<String, String>) card.get("vars");
      return new TaskCard((String) card.get("name"), vars.get("Klantreisnummer"), vars.get("Woongemeente"));
    }
  }

  // --- what the engine knows ---------------------------------------------------------------------

  /** The open tasks the team filter should show km-gouda: Gouda's tenant, its klantmanagers' groups. */
  private List<Task> goudaTeamTasks() {
    return tasks.createTaskQuery().tenantIdIn(GOUDA).taskCandidateGroupIn(GOUDA_KLANTMANAGER_GROUPS)
        .includeAssignedTasks().list();
  }

  private long goudaTeamTaskCount() {
    return goudaTeamTasks().size();
  }

  /** A task's (sub)process carries the journey number as business key. */
  private List<String> goudaTeamJourneyNumbers() {
    return goudaTeamTasks().stream()
        .map(task -> runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
            .singleResult().getBusinessKey())
        .toList();
  }

  private List<String> journeyNumbers(String tenant) {
    return allJourneys().tenantIdIn(tenant).list().stream().map(ProcessInstance::getBusinessKey).toList();
  }

  private ProcessInstanceQuery allJourneys() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(JourneyVariables.CLIENT_JOURNEY);
  }

  private ProcessInstanceQuery journeysOf(String bsn) {
    return allJourneys().variableValueEquals(JourneyVariables.BSN, bsn);
  }

  // --- plumbing ----------------------------------------------------------------------------------

  /** Clicks once the element is clickable and nothing (a tooltip, a fading dialog) covers it. */
  private void click(By locator) {
    wait.until(d -> {
      try {
        d.findElement(locator).click();
        return true;
      } catch (ElementNotInteractableException e) {
        return false;
      }
    });
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static String filterXpath(String name) {
    return "//div[contains(concat(' ', @class, ' '), ' task-filter ')]"
        + "[.//h4/a[normalize-space(text())='" + name + "']]";
  }

  private static String nl(String label) {
    return label(dutch, label);
  }

  private static String en(String label) {
    return label(english, label);
  }

  private static String label(JsonNode locale, String label) {
    JsonNode text = locale.path("labels").path(label);
    assertThat(text.isTextual()).as("label " + label).isTrue();
    return text.asText();
  }

  /** Our nl.json, and the en.json of the Camunda webjar; both sit in the same classpath folder. */
  private static JsonNode locale(String file) throws IOException {
    try (InputStream in = TasklistBrowserIT.class.getClassLoader().getResourceAsStream(LOCALES + file)) {
      assertThat(in).as(file).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ObjectMapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
