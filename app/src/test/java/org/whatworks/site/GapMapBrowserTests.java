package org.whatworks.site;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap map in a real browser (as {@link ApproachBrowserTests}): with JavaScript off,
 * at 1280 and 320 px wide, its filters narrow the map, its three kinds of cell are told
 * apart in words, every column can be scrolled into view inside the table's own region
 * (the page itself never scrolls sideways) with the approach column kept in view, and axe
 * finds no violations.
 */
class GapMapBrowserTests extends BrowserTestSupport {

	private long number(String script, Object... arguments) {
		return ((Number) driver.executeScript(script, arguments)).longValue();
	}

	private int entries() {
		return Integer.parseInt(find(".app-gap-summary span").getText().replaceAll("\\D", ""));
	}

	private void width(int pixels) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", pixels, "height", 800, "deviceScaleFactor", 1, "mobile", false));
	}

	/**
	 * Scrolls the table's region to its far end, as a reader does with the arrow keys or
	 * a swipe, and checks the last column is then wholly in view beside the approach
	 * column, which has stayed put.
	 */
	private void lastColumnIsReachable(String where) {
		WebElement region = find(".app-gap-map-wrapper");
		assertThat(region.getAttribute("tabindex")).as("%s: the region takes the keyboard focus", where).isEqualTo("0");
		WebElement cue = find("#gap-map-cue");
		assertThat(cue.isDisplayed()).as("%s: the cue is on screen", where).isTrue();
		assertThat(cue.getText()).contains("The table scrolls sideways");
		assertThat(region.getAttribute("aria-describedby")).isEqualTo("gap-map-cue");
		List<WebElement> headers = driver.findElements(By.cssSelector(".app-gap-map thead th"));
		assertThat(headers).hasSize(10);
		WebElement first = headers.get(0);
		WebElement last = headers.get(headers.size() - 1);
		assertThat(number("return arguments[0].scrollWidth", region))
			.as("%s: the table is wider than its region", where)
			.isGreaterThan(number("return arguments[0].clientWidth", region));
		driver.executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", region);
		long regionLeft = number("return Math.round(arguments[0].getBoundingClientRect().left)", region);
		long regionRight = number("return Math.round(arguments[0].getBoundingClientRect().right)", region);
		long firstLeft = number("return Math.round(arguments[0].getBoundingClientRect().left)", first);
		long firstRight = number("return Math.round(arguments[0].getBoundingClientRect().right)", first);
		long lastLeft = number("return Math.round(arguments[0].getBoundingClientRect().left)", last);
		long lastRight = number("return Math.round(arguments[0].getBoundingClientRect().right)", last);
		assertThat(firstLeft).as("%s: the approach column stays at the left", where)
			.isBetween(regionLeft - 1, regionLeft + 2);
		assertThat(lastLeft).as("%s: the last column is not hidden under the approach column", where)
			.isGreaterThanOrEqualTo(firstRight - 1);
		assertThat(lastRight).as("%s: the last column is in view", where).isLessThanOrEqualTo(regionRight + 1);
		assertThat(last.getText()).isEqualTo("Independence in later life");
		driver.executeScript("arguments[0].scrollIntoView()", region);
		try {
			Files.write(
					BrowserTests.screenshotFolder()
						.resolve("gap-map-scrolled-" + where.replaceAll("\\W+", "-") + ".png"),
					driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		driver.executeScript("arguments[0].scrollLeft = 0", region);
	}

	@Test
	void theFiltersNarrowTheMapAndEveryColumnIsReachableWithoutJavaScriptAt1280And320Px() {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			width(1280);
			driver.get(url("/gap-map"));
			assertThat(find("body").getAttribute("class")).doesNotContain("js-enabled");
			int everything = entries();
			assertThat(driver.findElements(By.cssSelector("td[data-kind=NO_ENTRIES]"))).isNotEmpty()
				.allSatisfy((cell) -> assertThat(cell.getText()).isEqualTo("No entries"));
			assertThat(driver.findElements(By.cssSelector("td[data-kind=INSUFFICIENT_EVIDENCE]"))).isNotEmpty()
				.allSatisfy((cell) -> assertThat(cell.getText()).matches("(?s)\\d+\\s.*Not enough evidence.*"));
			assertThat(driver.findElements(By.cssSelector("td[data-kind=RATED]"))).isNotEmpty()
				.allSatisfy((cell) -> assertThat(cell.getText()).matches("(?s)\\d+\\s.*Rated.*"));
			assertThat(find(".app-gap-key").getText()).contains("No entries: a gap")
				.contains("Entries, but not enough evidence: there are entries")
				.contains("Rated: at least one entry");
			assertThat(find("table.app-gap-map caption").getText()).contains("approach type (rows)");
			assertThat(driver.findElements(By.cssSelector(".app-gap-map tbody th[scope=row]"))).hasSize(14);
			lastColumnIsReachable("1280 px");
			List<String> problems = new ArrayList<>(problems("/gap-map at 1280 px"));

			find("label[for=gap-centre-early-intervention]").click();
			find("label[for=gap-centre-crime]").click();
			new Select(find("#gap-minConfidence")).selectByValue("2");
			new Select(find("#gap-lastingEffect")).selectByVisibleText("Not known");
			find(".app-gap-filters button[type=submit]").click();
			new WebDriverWait(driver, Duration.ofSeconds(15))
				.until((d) -> d.getCurrentUrl().contains("minConfidence=2"));
			assertThat(driver.getCurrentUrl()).contains("centre=early-intervention")
				.contains("centre=crime")
				.contains("lastingEffect=UNKNOWN");
			assertThat(find("#gap-centre-early-intervention").isSelected()).isTrue();
			assertThat(new Select(find("#gap-minConfidence")).getFirstSelectedOption().getText())
				.startsWith("Limited (2 of 5)");
			int narrowed = entries();
			assertThat(narrowed).isPositive().isLessThan(everything);
			assertThat(find(".app-gap-chosen").getText()).contains("Centre: ")
				.contains("Minimum strength of evidence: Limited (2 of 5) or stronger");
			assertThat(find(".app-gap-download").getAttribute("href")).contains("/data/gap-map.csv?")
				.contains("centre=crime")
				.contains("minConfidence=2");
			problems.addAll(problems("/gap-map filtered at 1280 px"));

			width(320);
			driver.navigate().refresh();
			assertThat(entries()).isEqualTo(narrowed);
			lastColumnIsReachable("320 px");
			problems.addAll(problems("/gap-map filtered at 320 px"));
			driver.get(url("/gap-map"));
			lastColumnIsReachable("320 px, unfiltered");
			problems.addAll(problems("/gap-map at 320 px"));
			assertThat(problems).isEmpty();
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

}
