package org.whatworks.health;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.Provenance;
import org.whatworks.core.model.RatingSource;
import org.whatworks.core.testkit.CentreContentTestKit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts and names the NICE guidance entries this module must hold (issues 4 and 16): at
 * least 80 entries, including every guidance item named in the centre reference, each
 * titled with its NICE reference number, and every replaced item linked both ways to its
 * successor.
 */
class HealthContentCountTests {

	private static final List<String> NAMED = List.of("ng12", "ng28", "ng136", "ng238", "ng203", "ng133", "ng253",
			"ng32", "ng6", "qs117", "ng103", "ng146", "ph2", "ph6", "cg140", "ng196", "ng97", "cg161");

	private static final Map<String, String> TITLES = new TreeMap<>();

	private static final Map<String, String> SUPERSEDED_BY = new TreeMap<>();

	private static final Map<String, String> REPLACES = new TreeMap<>();

	private static final Map<String, String> LAST_REVIEWED = new TreeMap<>();

	@BeforeAll
	static void readEntries() {
		for (EvidenceEntry entry : CentreContentTestKit.entriesOf(new HealthCentre())) {
			Provenance provenance = entry.provenance();
			TITLES.put(entry.id(), entry.title());
			if (provenance.supersededBy() != null) {
				SUPERSEDED_BY.put(entry.id(), provenance.supersededBy().toString());
			}
			if (!provenance.replaces().isEmpty()) {
				REPLACES.put(entry.id(),
						provenance.replaces().stream().map(EntryRef::toString).collect(Collectors.joining(", ")));
			}
			if (provenance.lastReviewed() != null) {
				LAST_REVIEWED.put(entry.id(), provenance.lastReviewed().toString());
			}
		}
	}

	/**
	 * Issue 16: a recommendation strength is shown only where NICE's own page was seen
	 * showing it. Every entry with a strength (on the entry or on a finding) is verified
	 * and each rated part names a NICE page as its rating source; an entry with no
	 * strength is not verified. 74 of the 83 entries were verified on 7 December 2026,
	 * and that count must not fall.
	 */
	@Test
	void everyStrengthWasSeenOnNicesOwnPages() {
		List<EvidenceEntry> entries = CentreContentTestKit.entriesOf(new HealthCentre());
		for (EvidenceEntry entry : entries) {
			boolean rated = entry.ratings().containsKey("strength")
					|| entry.findings().stream().anyMatch((finding) -> finding.ratings().containsKey("strength"));
			assertThat(entry.provenance().verified()).as("verified " + entry.id()).isEqualTo(rated);
			if (entry.ratings().containsKey("strength")) {
				assertNicePage(entry.id(), entry.ratingSource());
			}
			for (Finding finding : entry.findings()) {
				if (finding.ratings().containsKey("strength")) {
					assertNicePage(entry.id() + " / " + finding.label(),
							(finding.ratingSource() != null) ? finding.ratingSource() : entry.ratingSource());
				}
			}
		}
		assertThat(entries).filteredOn((entry) -> entry.provenance().verified()).hasSizeGreaterThanOrEqualTo(74);
	}

	private static void assertNicePage(String what, RatingSource source) {
		assertThat(source).as("rating source of " + what).isNotNull();
		assertThat(source.url().getHost()).as("rating host of " + what).endsWith("nice.org.uk");
	}

	@Test
	void holdsAtLeastEightyEntries() {
		assertThat(TITLES).hasSizeGreaterThanOrEqualTo(80);
	}

	@Test
	void type2DiabetesShowsNicesFebruary2026UpdateAsCurrent() {
		assertThat(LAST_REVIEWED).containsEntry("ng28", "2026-02-18");
		assertThat(SUPERSEDED_BY).doesNotContainKey("ng28");
	}

	@Test
	void everySuccessorInThisCentreListsWhatItReplaces() {
		assertThat(SUPERSEDED_BY).containsEntry("ng7", "health/ng246");
		SUPERSEDED_BY.forEach((id, successor) -> {
			String successorId = successor.substring("health/".length());
			assertThat(REPLACES.get(successorId)).as("replaces: of %s, successor of %s", successorId, id)
				.contains("health/" + id);
		});
	}

	@Test
	void holdsEveryNamedGuidanceItem() {
		assertThat(TITLES.keySet()).containsAll(NAMED);
		for (String id : NAMED) {
			assertThat(TITLES.get(id)).as("title of %s", id).startsWith(id.toUpperCase(Locale.ROOT) + " ");
		}
	}

	@Test
	void titlesStartWithTheNiceReferenceAndAreUnique() {
		TITLES.forEach((id, title) -> assertThat(title).as("title of %s", id)
			.startsWith(id.toUpperCase(Locale.ROOT) + " ")
			.hasSizeGreaterThan(id.length() + 5));
		assertThat(TITLES.values()).doesNotHaveDuplicates();
	}

	@Test
	void supersededGuidanceLinksForwardToAnEntryOfThisCentre() {
		assertThat(SUPERSEDED_BY).containsEntry("cg161", "health/ng249")
			.containsEntry("cg27", "health/ng12")
			.containsEntry("cg127", "health/ng136");
		SUPERSEDED_BY.forEach((id, successor) -> {
			assertThat(successor).as("successor of %s", id).startsWith("health/");
			assertThat(TITLES).as("successor of %s", id).containsKey(successor.substring("health/".length()));
		});
	}

}
