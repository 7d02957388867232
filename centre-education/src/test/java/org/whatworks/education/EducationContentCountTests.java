/*
 * Copyright 2026 the What Works Network platform authors.
 */

package org.whatworks.education;

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
 * Checks that the education centre ships every strand of the EEF Teaching and Learning
 * Toolkit (30) and Early Years Toolkit (10), by reading the entry files' front matter.
 */
class EducationContentCountTests {

	private static final String ENTRIES = "whatworks/centres/education/entries/";

	private static final String EARLY_YEARS_PREFIX = "ey-";

	private static final List<String> TEACHING_AND_LEARNING_TITLES = List.of("Arts participation",
			"Aspiration interventions", "Behaviour interventions", "Collaborative learning approaches",
			"Extending school time", "Feedback", "Homework", "Individualised instruction", "Learning styles",
			"Mastery learning", "Mentoring", "Metacognition and self-regulation", "One to one tuition",
			"Oral language interventions", "Outdoor adventure learning", "Parental engagement", "Peer tutoring",
			"Performance pay", "Phonics", "Physical activity", "Reading comprehension strategies",
			"Reducing class size", "Repeating a year", "School uniform", "Setting and streaming", "Small group tuition",
			"Social and emotional learning", "Summer schools", "Teaching assistant interventions",
			"Within-class attainment grouping");

	private static final List<String> EARLY_YEARS_TITLES = List.of("Communication and language approaches",
			"Earlier starting age", "Early literacy approaches", "Early numeracy approaches", "Extra hours",
			"Parental engagement (early years)", "Physical development approaches", "Play-based learning",
			"Self-regulation strategies", "Social and emotional learning strategies");

	@Test
	void teachingAndLearningToolkitHasExactlyItsThirtyStrands() throws Exception {
		List<String> titles = titlesByFileName().entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().startsWith(EARLY_YEARS_PREFIX))
			.map(Map.Entry::getValue)
			.toList();
		assertThat(TEACHING_AND_LEARNING_TITLES).hasSize(30);
		assertThat(titles).containsExactlyInAnyOrderElementsOf(TEACHING_AND_LEARNING_TITLES);
	}

	@Test
	void earlyYearsToolkitHasExactlyItsTenStrands() throws Exception {
		List<String> titles = titlesByFileName().entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(EARLY_YEARS_PREFIX))
			.map(Map.Entry::getValue)
			.toList();
		assertThat(EARLY_YEARS_TITLES).hasSize(10);
		assertThat(titles).containsExactlyInAnyOrderElementsOf(EARLY_YEARS_TITLES);
	}

	@Test
	void centreHoldsFortyEntriesWithDistinctTitles() throws Exception {
		Map<String, String> titles = titlesByFileName();
		assertThat(titles).hasSize(40);
		assertThat(titles.values()).doesNotHaveDuplicates();
	}

	private Map<String, String> titlesByFileName() throws IOException, URISyntaxException {
		URL url = getClass().getClassLoader().getResource(ENTRIES);
		assertThat(url).as("classpath folder %s", ENTRIES).isNotNull();
		Path folder = Path.of(url.toURI());
		Map<String, String> titles = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((path) -> path.getFileName().toString().endsWith(".md")).toList()) {
				String name = file.getFileName().toString();
				titles.put(name.substring(0, name.length() - 3), title(file));
			}
		}
		return titles;
	}

	private String title(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines).as("front matter of %s", file).isNotEmpty();
		assertThat(lines.get(0).trim()).as("front matter start in %s", file).isEqualTo("---");
		for (String line : lines.subList(1, lines.size())) {
			if (line.trim().equals("---")) {
				break;
			}
			if (line.startsWith("title:")) {
				return unquote(line.substring("title:".length()).trim());
			}
		}
		throw new AssertionError("No title: line in the front matter of " + file);
	}

	private String unquote(String value) {
		if (value.length() >= 2
				&& (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
