package org.whatworks.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The site in a real, headless Chromium driven by Selenium (the Debian chromedriver, no
 * downloads), one browser per test class, against the shared site context. Without
 * Chromium the tests are skipped on a developer's machine and fail when {@code CI=true}.
 */
abstract class BrowserTestSupport extends SiteTestSupport {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static ChromeDriver driver;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute())) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("CI=true but Chromium or chromedriver is missing at /usr/bin; install chromium and chromium-driver");
			}
			assumeTrue(false, "Chromium is not installed; browser tests skipped (they fail when CI=true)");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1200,900",
				"--user-data-dir=" + Files.createTempDirectory("whatworks-chromium").toAbsolutePath());
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/**
	 * Runs an action that loads a new page and waits until the old page is gone, so that
	 * what follows reads the new page, not the one being left.
	 */
	void navigate(Runnable action) {
		WebElement page = driver.findElement(By.tagName("html"));
		action.run();
		// Chromium sometimes reports a replaced page's node as "not in the document"
		// rather than stale: both mean the new page has arrived.
		new WebDriverWait(driver, Duration.ofSeconds(15)).until((current) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	/**
	 * What is wrong with the page in the browser now: each axe violation of WCAG 2.2 AA,
	 * and the page scrolling sideways.
	 * @param page the page's name, for the messages
	 * @return the problems; empty when none
	 */
	List<String> problems(String page) {
		List<String> problems = new ArrayList<>();
		Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
		for (Rule rule : results.getViolations()) {
			problems.add(page + ": axe " + rule.getId() + " – " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((n) -> String.valueOf(n.getTarget())).limit(3).toList());
		}
		long scroll = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
		long client = ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
		if (scroll > client) {
			problems.add(page + ": the page scrolls sideways (" + scroll + " > " + client + ")");
		}
		return problems;
	}

}
