/*
 * Copyright 2026 the What Works Network platform authors.
 */

package org.whatworks.crime;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the crime centre ships at least 35 Crime Reduction Toolkit interventions,
 * including the named ones the issue asks for and the ids other centres link to, by
 * reading the {@code title:} line of each entry file's front matter.
 */
class CrimeContentCountTests {

	private static final String ENTRIES = "whatworks/centres/crime/entries/";

	/** Interventions the issue names; matched case-insensitively inside the title. */
	private static final List<String> NAMED_INTERVENTIONS = List.of("CCTV", "Scared Straight", "Street lighting",
			"Electronic monitoring", "Neighbourhood Watch", "Mentoring");

	/** Entry ids that docs/cross-links.md promises to other centres. */
	private static final List<String> CROSS_LINKED_IDS = List.of("mentoring", "multisystemic-therapy", "cctv",
			"street-lighting", "neighbourhood-watch", "scared-straight", "cognitive-behavioural-therapy",
			"restorative-justice", "alley-gating", "functional-family-therapy");

	@Test
	void centreHoldsAtLeastThirtyFiveEntriesWithDistinctTitles() throws Exception {
		Map<String, String> titles = titlesById();
		assertThat(titles).hasSizeGreaterThanOrEqualTo(35);
		assertThat(titles.values()).doesNotHaveDuplicates();
	}

	@Test
	void namedInterventionsArePresent() throws Exception {
		List<String> titles = List.copyOf(titlesById().values());
		for (String name : NAMED_INTERVENTIONS) {
			assertThat(titles).as("an entry titled with '%s'", name)
				.anySatisfy((title) -> assertThat(title).containsIgnoringCase(name));
		}
	}

	@Test
	void idsPromisedToOtherCentresExist() throws Exception {
		assertThat(titlesById()).containsKeys(CROSS_LINKED_IDS.toArray(String[]::new));
	}

	private Map<String, String> titlesById() throws IOException, URISyntaxException {
		URL url = getClass().getClassLoader().getResource(ENTRIES);
		assertThat(url).as("classpath folder %s", ENTRIES).isNotNull();
		Path folder = Path.of(url.toURI());
		Map<String, String> titles = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((path) -> path.getFileName().toString().endsWith(".md")).toList()) {
				String name = file.getFileName().toString();
				titles.put(name.substring(0, name.length() - ".md".length()), title(file));
			}
		}
		return titles;
	}

	private String title(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines).as("front matter of %s", file).isNotEmpty().first().isEqualTo("---");
		for (String line : lines.subList(1, lines.size())) {
			if (line.equals("---")) {
				break;
			}
			if (line.startsWith("title:")) {
				return unquote(line.substring("title:".length()).trim());
			}
		}
		throw new AssertionError("no title: line in the front matter of " + file);
	}

	private String unquote(String value) {
		if (value.length() >= 2
				&& (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
			return value.substring(1, value.length() - 1).replace("''", "'");
		}
		return value;
	}

}
