package org.whatworks.site;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The approach pages in a real browser (as {@link BrowserTests}): with JavaScript off, at
 * 320 px wide, with no axe violations (WCAG 2.2 AA), and nothing scrolling sideways.
 */
class ApproachBrowserTests extends SiteTestSupport {

	static ChromeDriver driver;

	@BeforeAll
	static void startBrowser() throws Exception {
		if (!(BrowserTests.CHROMIUM.canExecute() && BrowserTests.CHROMEDRIVER.canExecute())) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("CI=true but Chromium or chromedriver is missing at /usr/bin");
			}
			assumeTrue(false, "Chromium is not installed; browser tests skipped (they fail when CI=true)");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTests.CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserTests.CHROMIUM);
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
		}
	}

	private List<String> problems(String page) {
		List<String> problems = new ArrayList<>();
		Results results = new AxeBuilder().withTags(BrowserTests.WCAG).analyze(driver);
		for (Rule rule : results.getViolations()) {
			problems.add(page + ": axe " + rule.getId() + " – " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((n) -> String.valueOf(n.getTarget())).limit(3).toList());
		}
		JavascriptExecutor js = driver;
		long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		long client = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
		if (scroll > client) {
			problems.add(page + ": scrolls sideways (" + scroll + " > " + client + ")");
		}
		return problems;
	}

	private String text(String css) {
		return driver.findElement(By.cssSelector(css)).getText();
	}

	@Test
	void theMultisystemicTherapyApproachAndTheIndexWorkWithoutJavaScriptAt320PxWithNoAxeViolations() {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
		try {
			driver.get(url("/approaches"));
			assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("js-enabled");
			assertThat(text("#approach-counts")).matches("\\d+ approaches covered by more than one centre, \\d+ rated "
					+ "by more than one centre, \\d+ where they differ(, \\d+ where a centre’s whole strand or guideline sits "
					+ "beside another’s named programmes)?\\.");
			List<String> problems = new ArrayList<>(problems("/approaches"));
			driver.findElement(By.linkText("Multisystemic therapy (MST)")).click();
			assertThat(driver.getCurrentUrl()).endsWith("/approaches/multisystemic-therapy");
			List<String> cards = driver.findElements(By.cssSelector(".app-approach-member"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(cards).hasSize(2);
			assertThat(cards.get(0)).contains("College of Policing").contains("Some reduction");
			assertThat(cards.get(1)).contains("Early Intervention Foundation").contains("4+");
			String domain = text(".app-approach-domain");
			assertThat(domain).contains("Crime and justice").contains("College of Policing").contains("EIF");
			assertThat(text(".app-approach-rule")).matches("(Agree|Differ|Not comparable): .+");
			problems.addAll(problems("/approaches/multisystemic-therapy"));
			driver.findElement(By.linkText("Multisystemic Therapy")).click();
			assertThat(text(".app-other-centres")).contains("Other centres on this approach")
				.contains("Multisystemic therapy (MST)");
			problems.addAll(problems("/entries/early-intervention/multisystemic-therapy"));
			driver.get(url("/approaches/behaviour-interventions"));
			List<String> scoped = driver.findElements(By.cssSelector(".app-approach-member"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(scoped.get(0)).contains("Broader: the whole strand or guideline");
			assertThat(scoped.get(1)).contains("One named programme").contains("Good Behaviour Game");
			assertThat(text(".app-approach-rule")).startsWith("Not comparable: ");
			problems.addAll(problems("/approaches/behaviour-interventions"));
			assertThat(problems).isEmpty();
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

}
