package org.whatworks.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approach pages in a real browser (as {@link BrowserTests}): with JavaScript off, at
 * 320 px wide, with no axe violations (WCAG 2.2 AA), and nothing scrolling sideways.
 */
class ApproachBrowserTests extends BrowserTestSupport {

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
