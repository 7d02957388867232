package org.whatworks.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whatworks.operations.SearchHistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The site as a person uses it: Debian's Chromium, driven by Selenium, clicking through
 * the search users' journeys (journeys 1-7 and 9 of the network's user journeys spec),
 * checking every page type with axe-core (WCAG 2.2 AA), at a 320 px wide viewport, by
 * keyboard alone and without JavaScript, and taking the screenshots (under
 * target/screenshots). Without Chromium the tests are skipped locally; with CI=true they
 * fail instead.
 */
class BrowserTests extends BrowserTestSupport {

	@Autowired
	SearchHistory history;

	@Autowired
	JdbcClient jdbc;

	/** One page of each type, with the name of its screenshot. */
	static final Map<String, String> PAGE_TYPES = new java.util.LinkedHashMap<>();

	static {
		PAGE_TYPES.put("home", "/");
		PAGE_TYPES.put("search", "/search?q=mentoring&band=WELL_SUPPORTED&band=PROMISING");
		PAGE_TYPES.put("entry-education", "/entries/education/feedback");
		PAGE_TYPES.put("entry-crime", "/entries/crime/cctv");
		PAGE_TYPES.put("entry-early-intervention", "/entries/early-intervention/all-stars");
		PAGE_TYPES.put("entry-ageing", "/entries/ageing/age-friendly-volunteering");
		PAGE_TYPES.put("centre-education", "/centres/education");
		PAGE_TYPES.put("centre-crime", "/centres/crime?crime.outcome=vehicle-crime");
		PAGE_TYPES.put("compare", "/compare?e=education/feedback&e=crime/cctv&e=early-intervention/all-stars");
		PAGE_TYPES.put("gap-map", "/gap-map");
		PAGE_TYPES.put("standard", "/about/standard");
		PAGE_TYPES.put("accessibility", "/accessibility");
		PAGE_TYPES.put("cookies", "/cookies");
		PAGE_TYPES.put("data", "/data");
		PAGE_TYPES.put("not-found", "/entries/education/no-such-strand");
		PAGE_TYPES.put("bad-request", "/search?page=zero");
	}

	// helpers

	void open(String path) {
		driver.get(url(path));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	List<String> resultCentres() {
		return all(".app-result__centre").stream().map((e) -> e.getText().split(" · ")[0]).toList();
	}

	List<String> resultTitles() {
		return all(".app-result__title a").stream().map(WebElement::getText).toList();
	}

	long resultCount() {
		return Long.parseLong(find(".app-result-count strong").getText());
	}

	void clickLabel(String text) {
		WebElement label = driver.findElements(By.cssSelector("label.govuk-checkboxes__label"))
			.stream()
			.filter((l) -> l.getText().startsWith(text + " ("))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no filter labelled " + text));
		label.click();
	}

	void assertAccessible(String page) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
		List<String> violations = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			violations.add(rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes()
						.stream()
						.map((node) -> String.valueOf(node.getTarget()))
						.limit(3)
						.collect(Collectors.joining(", ")));
		}
		assertThat(violations).as("axe violations on " + page).isEmpty();
	}

	String currentUrl() {
		return java.net.URLDecoder.decode(driver.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	// journeys

	@Test
	void journey1SearchFromTheHomePageAcrossCentresThenNarrowAndWidenWithFacets() {
		open("/");
		find("#search-q").sendKeys("mentoring");
		navigate(() -> find(".app-search__button").click());
		assertThat(driver.getCurrentUrl()).contains("/search?q=mentoring");
		assertThat(new TreeSet<>(resultCentres())).as("centres in the results").contains("EEF", "College of Policing");
		assertThat(all(".app-result .app-band")).hasSameSizeAs(all(".app-result"));
		assertThat(all(".app-result .app-rating")).isNotEmpty();
		long everything = resultCount();

		clickLabel("EEF");
		navigate(() -> find(".app-filters .govuk-button").click());
		assertThat(driver.getCurrentUrl()).contains("centre=education");
		assertThat(new TreeSet<>(resultCentres())).containsExactly("EEF");
		assertThat(resultCount()).isLessThan(everything);
		// multi-select facets: the other centres stay visible with their counts
		assertThat(all("label.govuk-checkboxes__label").stream().map(WebElement::getText))
			.anyMatch((label) -> label.matches("College of Policing.* \\(\\d+\\)"));
		assertThat(find(".app-selected").getText()).contains("EEF");

		navigate(() -> find(".app-selected__tag").click());
		assertThat(driver.getCurrentUrl()).doesNotContain("centre=");
		assertThat(resultCount()).isEqualTo(everything);
		assertAccessible("search results");
	}

	@Test
	void journey2TyposAndUsSpellingsStillFindTheEntryOrOfferDidYouMean() {
		for (String[] typo : new String[][] { { "metacognitoin", "Metacognition" },
				{ "neighborhood watch", "Neighbourhood" }, { "behavior", "Behaviour" } }) {
			open("/search?q=" + typo[0].replace(" ", "+"));
			List<WebElement> suggestion = all(".app-suggestion a");
			if (!resultTitles().stream().anyMatch((title) -> title.contains(typo[1]))) {
				assertThat(suggestion).as("did you mean for " + typo[0]).isNotEmpty();
				navigate(() -> suggestion.get(0).click());
			}
			assertThat(resultTitles()).as(typo[0]).anyMatch((title) -> title.contains(typo[1]));
		}
	}

	@Test
	void journey3EverydayWordsFindTheTechnicalEntry() {
		for (String[] words : new String[][] { { "high blood pressure", "Hypertension" },
				{ "cameras in car parks", "CCTV" }, { "flu jab", "Flu vaccination" } }) {
			open("/");
			find("#search-q").sendKeys(words[0]);
			navigate(() -> find(".app-search__button").click());
			assertThat(resultTitles().stream().limit(5)).as(words[0]).anyMatch((title) -> title.contains(words[1]));
		}
	}

	@Test
	void journey4FilterSortPageAndShareTheUrl() {
		open("/search");
		long everything = resultCount();
		assertThat(everything).isGreaterThan(40);
		clickLabel("Education and skills");
		new Select(find("#sort")).selectByVisibleText("Cost (lowest first)");
		navigate(() -> find(".app-filters .govuk-button").click());
		assertThat(driver.getCurrentUrl()).contains("domain=EDUCATION_AND_SKILLS").contains("sort=cost");
		long filtered = resultCount();
		assertThat(filtered).isLessThan(everything).isGreaterThan(20);
		assertThat(find(".app-selected").getText()).contains("Education and skills");

		navigate(() -> find(".govuk-pagination__next a").click());
		assertThat(driver.getCurrentUrl()).contains("page=2");
		List<String> pageTwo = resultTitles();
		assertThat(pageTwo).isNotEmpty();
		assertThat(find(".govuk-pagination__item--current").getText()).isEqualTo("2");

		String shared = driver.getCurrentUrl();
		driver.manage().deleteAllCookies();
		driver.get(shared);
		assertThat(resultTitles()).isEqualTo(pageTwo);
		assertThat(resultCount()).isEqualTo(filtered);
		assertThat(find("#sort option[selected]").getText()).isEqualTo("Cost (lowest first)");

		open("/search?band=WELL_SUPPORTED&lifeStage=PRIMARY_AGE&cost=1&sort=confidence");
		assertThat(resultCount()).isPositive();
		assertThat(all(".app-result .app-band")).allMatch((band) -> band.getText().equals("Well supported"));
	}

	@Test
	void journey5AnEntryShowsTheCentresOwnRatingsTheBandAndHowWeComparedIt() {
		open("/search?q=feedback&centre=education");
		navigate(() -> driver.findElement(By.linkText("Feedback")).click());
		assertThat(driver.getCurrentUrl()).endsWith("/entries/education/feedback");
		assertThat(find("h1").getText()).isEqualTo("Feedback");
		String glance = find(".app-glance").getText();
		assertThat(glance).contains("+6 months").contains("Network evidence band").contains("Well supported");
		assertThat(all(".app-glance .app-icon")).hasSize(10); // five pounds and five
																// padlocks
		assertThat(all(".app-glance .app-icon--padlock-on")).hasSize(4);
		WebElement how = find(".app-how");
		assertThat(how.getText()).contains("How we compared this").contains("gave effect: Positive");
		assertThat(find(".app-provenance").getText()).contains("Last reviewed by the centre").contains("Current");
		assertThat(all("h2").stream().map(WebElement::getText)).contains("Findings by outcome", "Sources",
				"Provenance");

		open("/entries/crime/cctv");
		assertThat(find("main").getText()).contains("Quality of evidence on effect").contains("Mechanism");
		List<WebElement> related = all(".app-related__item:not(.app-related__item--here) > a.govuk-link");
		assertThat(related).isNotEmpty();
		String relatedHref = related.get(0).getAttribute("href");
		assertThat(relatedHref).doesNotContain("/entries/crime/");
		navigate(() -> related.get(0).click());
		assertThat(driver.getCurrentUrl()).isEqualTo(relatedHref);

		open("/entries/early-intervention/multisystemic-therapy");
		assertThat(find(".app-glance").getText()).contains("Evidence rating")
			.contains("Evidence of long-term impact (plus) *");

		open("/entries/early-intervention/all-stars");
		assertThat(find(".app-not-rated").getText()).contains("Not rated by this centre.");
	}

	@Test
	void aFollowedResultIsReportedByTheBrowserSoStaffCanSeeSearchesWhereNoneWas() {
		this.jdbc.sql("DELETE FROM search_page WHERE query = 'peer tutoring'").update();
		open("/search?q=peer+tutoring");
		WebElement first = find(".app-result__title a");
		assertThat(first.getAttribute("href")).contains("/entries/");
		assertThat(first.getAttribute("ping")).contains("/search/followed/");
		navigate(first::click);
		assertThat(driver.getCurrentUrl()).contains("/entries/");
		// Chromium sends the ping as it leaves the page; its arrival is not ordered with
		// the new page's, so wait for it to be written
		new WebDriverWait(driver, Duration.ofSeconds(15)).until((d) -> {
			this.history.flush();
			return this.jdbc
				.sql("SELECT count(*) FROM search_page WHERE query = 'peer tutoring' AND found > 0 AND clicked")
				.query(Long.class)
				.single() == 1;
		});
	}

	@Test
	void journey6CompareEntriesFromDifferentCentresSideBySide() {
		open("/entries/education/feedback");
		navigate(() -> driver.findElement(By.linkText("Add to comparison")).click());
		assertThat(currentUrl()).contains("/compare?e=education/feedback");
		new Select(find("#add-entry")).selectByVisibleText("Closed-circuit television (CCTV)");
		navigate(() -> find(".app-compare-add .govuk-button").click());
		assertThat(currentUrl()).contains("e=education/feedback").contains("e=crime/cctv");
		List<WebElement> columns = all(".app-compare thead th");
		assertThat(columns.stream().map(WebElement::getText)).containsExactly("Feedback",
				"Closed-circuit television (CCTV)");
		assertThat(find(".app-compare").getText()).contains("EEF").contains("College of Policing");
		new Select(find("#add-entry")).selectByIndex(5);
		navigate(() -> find(".app-compare-add .govuk-button").click());
		assertThat(all(".app-compare thead th")).hasSize(3);
		navigate(() -> driver.findElements(By.partialLinkText("Remove")).get(0).click());
		assertThat(all(".app-compare thead th").stream().map(WebElement::getText)).hasSize(2)
			.doesNotContain("Feedback");
		assertAccessible("compare");
	}

	@Test
	void journey7TheGapMapLeadsToTheEntriesBehindACell() {
		open("/gap-map");
		WebElement cell = all(".app-gap-cell a").stream()
			.filter((a) -> Integer.parseInt(a.findElement(By.tagName("span")).getText()) > 1)
			.findFirst()
			.orElseThrow();
		int count = Integer.parseInt(cell.findElement(By.tagName("span")).getText());
		assertThat(cell.findElement(By.xpath("..")).getText())
			.matches("(?s).*\\d+ (Well supported|Promising|Mixed|No effect|Harmful|Insufficient evidence|Not rated).*");
		navigate(() -> cell.click());
		assertThat(driver.getCurrentUrl()).contains("approach=").contains("domain=");
		assertThat(resultCount()).isEqualTo(count);
		assertThat(find(".app-selected").findElements(By.cssSelector(".app-selected__tag"))).hasSize(2);
	}

	@Test
	void journey9SearchWithTheKeyboardAlone() {
		open("/");
		Actions keys = new Actions(driver);
		WebElement active = null;
		for (int i = 0; i < 30; i++) {
			keys.sendKeys(Keys.TAB).perform();
			active = driver.switchTo().activeElement();
			if ("search-q".equals(active.getAttribute("id"))) {
				break;
			}
		}
		assertThat(active.getAttribute("id")).as("the search box is reachable by Tab").isEqualTo("search-q");
		navigate(() -> keys.sendKeys("tutoring").sendKeys(Keys.ENTER).perform());
		// Enter submits the form; the navigation it starts may not have begun when
		// sendKeys returns
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
			.until((d) -> d.getCurrentUrl().contains("q=tutoring"));
		assertThat(driver.getCurrentUrl()).contains("q=tutoring");
		String firstTitle = resultTitles().get(0);
		for (int i = 0; i < 200; i++) {
			keys.sendKeys(Keys.TAB).perform();
			active = driver.switchTo().activeElement();
			if (firstTitle.equals(active.getText()) && "a".equals(active.getTagName())) {
				break;
			}
		}
		assertThat(active.getText()).as("the first result is reachable by Tab").isEqualTo(firstTitle);
		navigate(() -> keys.sendKeys(Keys.ENTER).perform());
		assertThat(find("h1").getText()).isEqualTo(firstTitle);
	}

	@Test
	void journey9EveryJourneyWorksWithoutJavaScript() {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			open("/");
			assertThat(find("body").getAttribute("class")).doesNotContain("js-enabled");
			navigate(() -> find("#search-q").sendKeys("mentoring" + Keys.ENTER));
			assertThat(resultCount()).isPositive();
			clickLabel("College of Policing");
			navigate(() -> find(".app-filters .govuk-button").click());
			assertThat(new TreeSet<>(resultCentres())).containsExactly("College of Policing");
			navigate(() -> all(".app-result__title a").get(0).click());
			assertThat(find(".app-how").getText()).contains("How we compared this");
			navigate(() -> driver.findElement(By.linkText("Add to comparison")).click());
			assertThat(all(".app-compare thead th")).hasSize(1);
		}
		finally {
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
		open("/");
		assertThat(find("body").getAttribute("class")).contains("js-enabled");
	}

	@Test
	void filterBySettingAndLevelOfNeedWithoutJavaScriptAt320Px() {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
		try {
			open("/search");
			long everything = resultCount();
			// below 641 px the filters sit behind "Show filters", a CSS checkbox
			find("label[for=filters-toggle]").click();
			clickLabel("Home");
			clickLabel("Targeted (people at risk)");
			navigate(() -> find(".app-filters .govuk-button").click());
			assertThat(currentUrl()).contains("setting=HOME").contains("need=TARGETED");
			long narrowed = resultCount();
			assertThat(narrowed).isPositive().isLessThan(everything);
			find("label[for=filters-toggle]").click();
			assertThat(find(".app-filters input[name=setting][value=HOME]").isSelected()).isTrue();
			assertThat(find(".app-filters input[name=need][value=TARGETED]").isSelected()).isTrue();
			long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
			long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
			assertThat(scroll).as("no sideways scroll at 320 px").isLessThanOrEqualTo(client);
			assertAccessible("search filtered by setting and level of need at 320 px");
			navigate(() -> all(".app-result__title a").get(0).click());
			assertThat(find("body").getText()).contains("Thinking about fit");
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void typeAheadSuggestsAsYouTypeWhenScriptsRun() {
		open("/");
		find("#search-q").sendKeys("metacog");
		String list = find("#search-q").getAttribute("list");
		assertThat(list).isNotBlank();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
			.until((d) -> !d.findElements(By.cssSelector("#" + list + " option")).isEmpty());
		assertThat(all("#" + list + " option").stream().map((o) -> o.getAttribute("value")))
			.anyMatch((v) -> v.toLowerCase().contains("metacognition"));
	}

	@Test
	void theFeedbackFormsWorkWithoutJavaScriptWithGoodAndBadInputAndAreAccessible() {
		driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			open("/entries/education/feedback");
			navigate(() -> driver.findElement(By.linkText("Report a problem with this rating")).click());
			assertAccessible("report a problem");
			navigate(() -> find("form .govuk-button").click());
			assertThat(find(".govuk-error-summary").getText()).contains("Enter what is wrong and why");
			assertThat(find("#message-error").getText()).contains("Enter what is wrong and why");
			assertAccessible("report a problem, with an error");
			find("#message").sendKeys("The figure differs from the toolkit page.");
			navigate(() -> find("form .govuk-button").click());
			assertThat(find(".govuk-panel__title").getText()).isEqualTo("Sent");
			assertAccessible("sent");

			open("/entries/crime/cctv");
			navigate(() -> driver.findElement(By.linkText("Ask for a review of a rating")).click());
			find("#message").sendKeys("Our 2025 trial is missing.");
			find("#email").sendKeys("not-an-email");
			navigate(() -> find("form .govuk-button").click());
			assertThat(find(".govuk-error-summary").getText()).contains("Enter an email address in the correct format");
			assertAccessible("ask for a review, with an error");
			find("#email").clear();
			find("#email").sendKeys("provider@example.org");
			navigate(() -> find("form .govuk-button").click());
			assertThat(find(".govuk-panel__title").getText()).isEqualTo("Sent");

			open("/search?q=zzqqxxvv");
			navigate(() -> driver.findElement(By.linkText("Suggest a programme or topic")).click());
			assertThat(find("#topic").getAttribute("value")).isEqualTo("zzqqxxvv");
			assertAccessible("suggest a programme or topic");
			navigate(() -> find("form .govuk-button").click());
			assertThat(find(".govuk-error-summary").getText()).contains("Select the centre your suggestion is for")
				.contains("Enter why the network should review it");
			assertAccessible("suggest, with errors");
			new Select(find("#centre")).selectByValue("crime");
			find("#message").sendKeys("Nothing on this yet.");
			navigate(() -> find("form .govuk-button").click());
			assertThat(find(".govuk-panel__title").getText()).isEqualTo("Sent");
		}
		finally {
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void everyPageTypeIsAccessibleFitsA320PxScreenStaysLightAndIsPhotographed() throws Exception {
		Path screenshots = screenshotFolder();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, String> page : PAGE_TYPES.entrySet()) {
			open(page.getValue());
			Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
			for (Rule rule : results.getViolations()) {
				problems.add(page.getKey() + ": axe " + rule.getId() + " – " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map((n) -> String.valueOf(n.getTarget())).limit(3).toList());
			}
			long transferred = ((Number) js("""
					const nav = performance.getEntriesByType('navigation')[0];
					let total = nav.transferSize || nav.encodedBodySize || 0;
					for (const r of performance.getEntriesByType('resource')) {
					  if (!/\\.woff2?$/.test(r.name)) total += (r.transferSize || r.encodedBodySize || 0);
					}
					return total;""")).longValue();
			if (transferred > 200 * 1024) {
				problems.add(page.getKey() + ": " + transferred + " bytes transferred (excluding fonts)");
			}
			Files.write(screenshots.resolve(page.getKey() + ".png"), screenshot(2400));
		}
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
		try {
			for (Map.Entry<String, String> page : PAGE_TYPES.entrySet()) {
				open(page.getValue());
				long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
				long client = ((Number) js("return document.documentElement.clientWidth")).longValue();
				if (scroll > client) {
					problems.add(page.getKey() + ": scrolls sideways at 320 px (" + scroll + " > " + client
							+ ") because of "
							+ js("""
									const wide = [];
									for (const el of document.querySelectorAll('body *')) {
									  const r = el.getBoundingClientRect();
									  if (r.right > document.documentElement.clientWidth + 1) wide.push(el.tagName + '.' + el.className);
									}
									return wide.slice(0, 5).join(' | ');"""));
				}
				Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
				for (Rule rule : results.getViolations()) {
					problems.add(page.getKey() + " at 320 px: axe " + rule.getId() + " – " + rule.getHelp() + " at "
							+ rule.getNodes().stream().map((n) -> String.valueOf(n.getTarget())).limit(3).toList());
				}
			}
			open("/search?q=mentoring");
			Files.write(screenshots.resolve("search-320px.png"), screenshot(1600));
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		assertThat(problems).isEmpty();
	}

	/** The page from the top, down to at most maxHeight CSS pixels. */
	@SuppressWarnings("unchecked")
	byte[] screenshot(int maxHeight) {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		double width = ((Number) size.get("width")).doubleValue();
		double height = Math.min(maxHeight, ((Number) size.get("height")).doubleValue());
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		return java.util.Base64.getDecoder().decode((String) shot.get("data"));
	}

	/**
	 * {@code target/screenshots}, so a build leaves the work tree clean;
	 * {@code -Dwhatworks.screenshots.output=../docs/screenshots} refreshes the tracked
	 * copies on purpose (see docs/website.md).
	 */
	static Path screenshotFolder() throws java.io.IOException {
		Path folder = Path.of(System.getProperty("whatworks.screenshots.output", "target/screenshots"));
		Files.createDirectories(folder);
		return folder;
	}

}
