package org.whatworks.site;

import java.text.Normalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shortlist of three entries from three centres, built in Chromium with JavaScript off
 * on a 320 px screen, then the brief checked with axe and printed to an A4 PDF.
 */
class BriefBrowserTests extends BrowserTestSupport {

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
			Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
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
		String printedText;
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
			printedText = (String) js("return document.querySelector('main').innerText");
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
		assertPrintedInFull(bytes, printedText, out);
	}

	/**
	 * The PDF as a reader sees it: every word the printed page shows is in the PDF's
	 * text, and no character lies outside its page (cut off at the edge). Each page is
	 * also rendered to a PNG beside the PDF, to look at.
	 */
	private static void assertPrintedInFull(byte[] bytes, String printedText, Path out) throws Exception {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			List<String> outside = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
					PDRectangle box = getCurrentPage().getMediaBox();
					for (TextPosition glyph : positions) {
						if (!glyph.getUnicode().isBlank() && (glyph.getXDirAdj() < 0
								|| glyph.getXDirAdj() + glyph.getWidthDirAdj() > box.getWidth() + 0.5
								|| glyph.getYDirAdj() < 0 || glyph.getYDirAdj() > box.getHeight() + 0.5)) {
							outside.add("page " + getCurrentPageNo() + ": '" + text + "'");
							break;
						}
					}
					super.writeString(text, positions);
				}

			};
			String pdfText = stripper.getText(document);
			assertThat(document.getNumberOfPages()).isBetween(1, 12);
			assertThat(outside).as("text outside the A4 page").isEmpty();
			Set<String> inPdf = words(pdfText);
			List<String> missing = words(printedText).stream().filter((word) -> !inPdf.contains(word)).toList();
			assertThat(missing).as("words on the printed page missing from the PDF (cut off)").isEmpty();
			assertThat(pdfText).contains("Closed-circuit television (CCTV)")
				.contains("Incredible Years Preschool")
				.contains("Feedback");
			try (java.util.stream.Stream<Path> old = Files.list(out.getParent())) {
				for (Path png : old.filter((p) -> p.getFileName().toString().startsWith("decision-brief-page-"))
					.toList()) {
					Files.delete(png);
				}
			}
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
						out.resolveSibling("decision-brief-page-" + (page + 1) + ".png").toFile());
			}
		}
	}

	private static Set<String> words(String text) {
		Set<String> words = new TreeSet<>();
		Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
		while (word.find()) {
			words.add(word.group().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	@Test
	void theComparisonShowsEveryOptionAt1280PxAndStacksThemOnANarrowScreen() throws Exception {
		String four = "/compare?e=education/feedback&e=crime/cctv&e=early-intervention/family-foundations"
				+ "&e=health/ng44";
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
		try {
			driver.get(url(four));
			List<WebElement> columns = driver.findElements(By.cssSelector(".app-compare thead th"));
			assertThat(columns).hasSize(4);
			long width = ((Number) js("return document.documentElement.clientWidth")).longValue();
			for (WebElement column : columns) {
				assertThat(column.getRect().getX() + column.getRect().getWidth()).as(column.getText())
					.isLessThanOrEqualTo((int) width);
			}
			assertThat(
					js("const w = document.querySelector('.app-compare-wide'); return w.scrollWidth <= w.clientWidth"))
				.as("the table fits its box: no scrollbar below the window")
				.isEqualTo(true);
			assertThat(js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.isEqualTo(true);
			assertThat(find(".app-compare-stacked").isDisplayed()).isFalse();
			Files.createDirectories(Path.of("target"));
			Files.write(Path.of("target", "compare-1280px.png"), driver.getScreenshotAs(OutputType.BYTES));

			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
			driver.get(url(four));
			assertThat(find(".app-compare").isDisplayed()).isFalse();
			List<WebElement> stacked = driver.findElements(By.cssSelector(".app-compare-option"));
			assertThat(stacked).hasSize(4).allSatisfy((option) -> assertThat(option.isDisplayed()).isTrue());
			assertThat(stacked.get(1).getText()).contains("Closed-circuit television (CCTV)")
				.contains("Cost in pounds")
				.contains("What it takes to deliver")
				.contains("Setting");
			assertThat(js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("no sideways scrolling at 320 px")
				.isEqualTo(true);
			Files.write(Path.of("target", "compare-320px.png"), driver.getScreenshotAs(OutputType.BYTES));
			Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
			assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

}
