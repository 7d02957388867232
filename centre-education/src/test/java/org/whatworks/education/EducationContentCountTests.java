/*
 * Copyright 2026 the What Works Network platform authors.
 */

package org.whatworks.education;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.testkit.CentreContentTestKit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the education centre ships every strand of the EEF Teaching and Learning
 * Toolkit (30) and Early Years Toolkit (10), reading the entries as the site loads them
 * (through the test kit); an entry's id is its file name.
 */
class EducationContentCountTests {

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

	/**
	 * Issue 16: a strand shows the EEF's months, cost and padlocks only where the EEF's
	 * own page was seen showing them. A rated strand is verified and names a page on the
	 * EEF's site; an unrated strand (not rated by this centre) is not verified.
	 * Implementation details, like ratings, come from the EEF's site.
	 */
	@Test
	void everyRatingWasSeenOnTheEefsOwnSite() {
		for (EvidenceEntry entry : CentreContentTestKit.entriesOf(new EducationCentre())) {
			boolean rated = !entry.ratings().isEmpty()
					|| entry.findings().stream().anyMatch((finding) -> !finding.ratings().isEmpty());
			assertThat(entry.provenance().verified()).as("verified " + entry.id()).isEqualTo(rated);
			if (rated) {
				assertThat(entry.ratingSource()).as("rating source of " + entry.id()).isNotNull();
				assertThat(entry.ratingSource().url().getHost()).as(entry.id())
					.endsWith("educationendowmentfoundation.org.uk");
			}
			if (entry.implementation() != null) {
				assertThat(entry.implementation().source().getHost()).as("implementation source of " + entry.id())
					.endsWith("educationendowmentfoundation.org.uk");
			}
		}
	}

	private Map<String, String> titlesByFileName() {
		Map<String, String> titles = new TreeMap<>();
		for (EvidenceEntry entry : CentreContentTestKit.entriesOf(new EducationCentre())) {
			titles.put(entry.id(), entry.title());
		}
		return titles;
	}

}
