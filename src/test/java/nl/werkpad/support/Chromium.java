package nl.werkpad.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, driven through its chromedriver, for the webapps' browser tests. Nothing is
 * downloaded: the driver is set explicitly, so Selenium Manager never looks for one. Where the browser is
 * missing a test class is skipped with a message, unless CI requires it (werkpad.test.browser.required or
 * WERKPAD_TEST_BROWSER_REQUIRED), then it fails.
 */
public final class Chromium {

  public static final String BINARY = "/usr/bin/chromium";
  public static final String DRIVER = "/usr/bin/chromedriver";
  public static final String NOT_INSTALLED = "Chromium/chromedriver not installed: apt-get install chromium chromium-driver";

  /** Selenium warns on every start that it has no CDP support for this Chromium; we do not use CDP. */
  private static final List<Logger> QUIET = List.of(
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  private Chromium() {}

  /** Skips the class, before Spring starts, where the browser is missing and not required. */
  public static class Installed implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return installed() || required()
          ? ConditionEvaluationResult.enabled("Chromium and chromedriver installed, or required")
          : ConditionEvaluationResult.disabled(NOT_INSTALLED);
    }
  }

  /** For @BeforeAll: fails when CI requires the browser and it is missing. */
  public static void requireInstalled() {
    if (!installed()) {
      fail(NOT_INSTALLED + " (required: werkpad.test.browser.required / WERKPAD_TEST_BROWSER_REQUIRED is true)");
    }
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  /**
   * A headless browser with a profile of its own that prefers English, as many users' browsers do: the
   * webapps must still speak Dutch where Werkpad made them Dutch.
   */
  public static WebDriver start(Path profile) {
    System.setProperty("webdriver.chrome.driver", DRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File(BINARY));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile, "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    return new ChromeDriver(options);
  }

  private static boolean installed() {
    return Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
  }

  private static boolean required() {
    return Boolean.parseBoolean(System.getProperty("werkpad.test.browser.required",
        System.getenv("WERKPAD_TEST_BROWSER_REQUIRED")));
  }
}
