package org.whatworks.ageing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4: the Centre for Ageing Better module must hold at least 15 real evidence
 * reviews and summaries, including the reviews named in the centres reference, across the
 * four themes. Reads the entry files from the classpath, so it fails if an entry is
 * removed.
 */
class AgeingContentCountTests {

	private static final String ENTRIES = "whatworks/centres/ageing/entries/";

	@Test
	void holdsAtLeastFifteenEntries() throws Exception {
		assertThat(entryFiles()).hasSizeGreaterThanOrEqualTo(15);
	}

	/** Reviews named in the centres reference, as phrases their titles must contain. */
	private static final String[] NAMED_REVIEWS = { "role of home adaptations",
			"what do older workers value about work", "age-friendly and inclusive volunteering",
			"raising the bar on strength and balance", "transition to retirement", "employment support for over 50s",
			"back on track", "commissioner toolkit" };

	@Test
	void namedReviewsArePresentByTitle() throws Exception {
		List<String> titles = titles().stream().map((t) -> t.toLowerCase(Locale.ROOT)).toList();
		for (String phrase : NAMED_REVIEWS) {
			assertThat(titles).as("an entry titled with \"%s\"", phrase).anyMatch((t) -> t.contains(phrase));
		}
	}

	@Test
	void idsOtherCentresLinkToExist() throws Exception {
		List<String> ids = entryFiles().stream()
			.map((p) -> p.getFileName().toString().replaceFirst("\\.md$", ""))
			.toList();
		assertThat(ids).contains("home-adaptations", "strength-and-balance", "employment-support-over-50s",
				"older-workers-value-work", "age-friendly-volunteering", "transition-to-retirement");
	}

	@Test
	void titlesAreUnique() throws Exception {
		List<String> titles = titles().stream().map((t) -> t.toLowerCase(Locale.ROOT)).toList();
		assertThat(titles).doesNotHaveDuplicates();
	}

	private List<Path> entryFiles() throws IOException, URISyntaxException {
		URL url = getClass().getClassLoader().getResource(ENTRIES);
		assertThat(url).as("classpath folder " + ENTRIES).isNotNull();
		try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
			return files.filter((p) -> p.getFileName().toString().endsWith(".md")).sorted().toList();
		}
	}

	private List<String> titles() throws IOException, URISyntaxException {
		return entryFiles().stream().map(AgeingContentCountTests::title).toList();
	}

	private static String title(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			assertThat(lines).as("front matter of " + file).isNotEmpty();
			assertThat(lines.get(0)).as("first line of " + file).isEqualTo("---");
			int end = lines.subList(1, lines.size()).indexOf("---") + 1;
			assertThat(end).as("end of front matter in " + file).isPositive();
			return lines.subList(1, end)
				.stream()
				.filter((l) -> l.startsWith("title:"))
				.map((l) -> unquote(l.substring("title:".length()).trim()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no title in " + file));
		}
		catch (IOException ex) {
			throw new AssertionError("cannot read " + file, ex);
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2
				&& (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
