package nl.werkpad.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.cijfers.Cijfers;
import nl.werkpad.cijfers.Cijfers.Selectie;
import nl.werkpad.support.ApplicationTest;
import nl.werkpad.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The managers' figures in a real Cockpit: mgr-gouda logs in, clicks "Werkpad", and sees Gouda's figures
 * (and only Gouda's), the same the figures service counts, with a CSV download that Excel reads as UTF-8.
 */
@ApplicationTest
@TestPropertySource(properties = {"werkpad.demo.journeys=true", "camunda.bpm.job-execution.enabled=true"})
@ExtendWith(Chromium.Installed.class)
class CockpitBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired Cijfers cijfers;

  private Path profile;
  private WebDriver driver;
  private WebDriverWait wait;

  @RegisterExtension
  final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
    if (context.getExecutionException().isPresent() && driver != null) {
      String name = "CockpitBrowserIT-" + context.getRequiredTestMethod().getName() + "-failure";
      saveScreenshot(name + ".png");
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }
  };

  @BeforeAll
  static void requireBrowser() {
    Chromium.requireInstalled();
  }

  @BeforeEach
  void startBrowser() throws IOException {
    profile = Files.createTempDirectory("werkpad-chromium-");
    driver = Chromium.start(profile);
    wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void quitBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }

  @Test
  void mgrGoudaOpensWerkpadInCockpitAndSeesGoudasFiguresOnly() throws IOException {
    driver.get("http://localhost:" + port + "/camunda/app/cockpit/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name='signinForm'] input[type='text']")));
    username.sendKeys("mgr-gouda");
    driver.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();

    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Werkpad"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[@id='werkpad-cijfers']//h4[.='Nu in elke fase']")));
    saveScreenshot("cockpit-werkpad-mgr-gouda.png");

    WebElement gemeente = driver.findElement(By.id("werkpad-gemeente"));
    assertThat(gemeente.findElements(By.tagName("option"))).extracting(WebElement::getText).containsExactly("Gouda");
    assertThat(gemeente.isEnabled()).as("a manager of one municipality has nothing to choose").isFalse();

    LocalDate today = LocalDate.now();
    Cijfers.Rapport expected = cijfers.rapport(new Selectie(List.of("0513"), null, LocalDate.of(today.getYear(), 1, 1), today));
    assertThat(expected.fasen()).as("Gouda's demo journeys are running").isNotEmpty();
    List<String> shown = driver.findElements(By.xpath(
            "//h4[.='Nu in elke fase']/following-sibling::table[1]/tbody/tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).get(0).getText() + " " + row.findElements(By.tagName("td")).get(1).getText())
        .toList();
    assertThat(shown).containsExactlyElementsOf(
        expected.fasen().stream().map(a -> a.omschrijving() + " " + a.aantal()).toList());
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Capelle", "Roosendaal");

    String href = driver.findElement(By.id("werkpad-csv")).getAttribute("href");
    Object bytes = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())
          .then(b => done(Array.from(new Uint8Array(b).slice(0, 3)))).catch(e => done(String(e)));""", href);
    assertThat(bytes).as("the CSV starts with the UTF-8 byte order mark").isEqualTo(List.of(239L, 187L, 191L));
  }

  private void saveScreenshot(String file) throws IOException {
    Files.write(SCREENSHOTS.resolve(file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
