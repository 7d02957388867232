package org.whatworks.earlyintervention;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.testkit.CentreContentTestKit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the EIF Guidebook entries shipped with this module and checks that the
 * programmes the issue names are present.
 */
class EarlyInterventionContentCountTests {

	@Test
	void holdsAtLeastFiftySixProgrammes() throws Exception {
		assertThat(entries()).hasSizeGreaterThanOrEqualTo(56);
	}

	@Test
	void holdsTheNamedProgrammes() throws Exception {
		assertThat(titles()).contains("Advanced LifeSkills Training", "All Stars", "Family Nurse Partnership",
				"Multisystemic Therapy");
	}

	@Test
	void holdsTheEntriesOtherCentresLinkTo() throws Exception {
		List<String> ids = ids();
		assertThat(ids).contains("multisystemic-therapy", "family-nurse-partnership", "incredible-years-preschool",
				"functional-family-therapy", "good-behavior-game", "paths", "triple-p-level-4",
				"strengthening-families-10-14");
	}

	@Test
	void programmesTheGuidebookStarsForMixedFindingsCarryTheAsterisk() throws Exception {
		List<String> starred = entries().stream()
			.filter((entry) -> entry.qualifiers("evidence").contains("mixed"))
			.map(EvidenceEntry::id)
			.sorted()
			.toList();
		assertThat(starred).containsExactly("functional-family-therapy", "good-behavior-game", "multisystemic-therapy");
	}

	@Test
	void everyRatedProgrammeWasCheckedOnTheGuidebookAndEveryOtherIsUnverified() throws Exception {
		List<EvidenceEntry> entries = entries();
		assertThat(entries).filteredOn(EvidenceEntry::ratedByCentre)
			.hasSizeGreaterThanOrEqualTo(42)
			.allSatisfy((entry) -> {
				assertThat(entry.provenance().verified()).as(entry.id()).isTrue();
				assertThat(entry.ratingSource().url().getHost()).as(entry.id()).endsWith("eif.org.uk");
			});
		assertThat(entries).filteredOn((entry) -> !entry.ratedByCentre())
			.allSatisfy((entry) -> assertThat(entry.provenance().verified()).as(entry.id()).isFalse());
	}

	/**
	 * The entries as the site loads them: the test kit loads them with core's loader.
	 */
	private static List<EvidenceEntry> entries() {
		return CentreContentTestKit.entriesOf(new EarlyInterventionCentre());
	}

	private static List<String> titles() {
		return entries().stream().map(EvidenceEntry::title).toList();
	}

	private static List<String> ids() {
		return entries().stream().map(EvidenceEntry::id).toList();
	}

}
