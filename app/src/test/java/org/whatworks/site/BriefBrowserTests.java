package org.whatworks.site;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A shortlist of three entries from three centres, built in Chromium with JavaScript off
 * on a 320 px screen, then the brief checked with axe and printed to an A4 PDF.
 */
class BriefBrowserTests extends SiteTestSupport {

	static ChromeDriver driver;

	@BeforeAll
	static void startBrowser() throws Exception {
		boolean available = BrowserTests.CHROMIUM.canExecute() && BrowserTests.CHROMEDRIVER.canExecute();
		if (!available) {
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
				"--user-data-dir=" + Files.createTempDirectory("whatworks-brief").toAbsolutePath());
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

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
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
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

	Object js(String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	@Test
	void aShortlistOfThreeEntriesFromThreeCentresMakesAnAccessibleBriefThatPrintsOnA4() throws Exception {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
		try {
			driver.get(url("/search?q=cctv"));
			navigate(() -> find("button[value='crime/cctv']").click());
			assertThat(driver.getCurrentUrl()).contains("/brief?").contains("e=crime%2Fcctv");
			navigate(() -> driver.findElement(By.partialLinkText("Search for more options")).click());
			WebElement box = find("#search-q");
			box.clear();
			navigate(() -> box.sendKeys("Incredible Years Preschool" + Keys.ENTER));
			navigate(() -> find("button[value='early-intervention/incredible-years-preschool']").click());
			new Select(find("#add-option")).selectByVisibleText("Feedback");
			navigate(() -> find("form[action='/brief'] button[type='submit']").click());
			List<String> options = driver.findElements(By.cssSelector(".app-brief__option h2"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(options).containsExactly("Closed-circuit television (CCTV)", "Incredible Years Preschool",
					"Feedback");
			assertThat(find(".app-brief__messages").getText()).contains("3 options from 3 centres");

			List<String> problems = new ArrayList<>();
			long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
			long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
			if (scroll > client) {
				problems.add("the brief scrolls sideways at 320 px (" + scroll + " > " + client + ") because of "
						+ js("""
								const wide = [];
								for (const el of document.querySelectorAll('body *')) {
								  const r = el.getBoundingClientRect();
								  if (r.right > document.documentElement.clientWidth + 1) wide.push(el.tagName + '.' + el.className);
								}
								return wide.slice(0, 5).join(' | ');"""));
			}
			Results results = new AxeBuilder().withTags(BrowserTests.WCAG).analyze(driver);
			for (Rule rule : results.getViolations()) {
				problems.add("axe " + rule.getId() + " – " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map((n) -> String.valueOf(n.getTarget())).limit(3).toList());
			}
			assertThat(problems).isEmpty();
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}

		// A4 at 96 dpi is 794 px wide; less 15 mm margins each side leaves about 680 px.
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 680, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
		try {
			Object wide = js(
					"""
							const wide = [];
							for (const el of document.querySelectorAll('main *')) {
							  const r = el.getBoundingClientRect();
							  if (r.width > 0 && r.right > document.documentElement.clientWidth + 1) wide.push(el.tagName + '.' + el.className);
							}
							return wide.slice(0, 5).join(' | ');""");
			assertThat(wide).as("elements cut off on the printed page").isEqualTo("");
			assertThat(find(".govuk-header").isDisplayed()).isFalse();
			assertThat(find(".app-brief__actions").isDisplayed()).isFalse();
			assertThat(find(".app-print-only").getText()).startsWith("This brief online: http");
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", false));
		byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Path out = Path.of("target", "decision-brief.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, bytes);
	}

}
