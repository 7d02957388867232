package org.whatworks.core.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EntryRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rating history: recording releases in {@code history.yaml}, reading it back as
 * changes, the warning when a release is not recorded, and every bad record named by
 * file, line and field.
 */
class RatingHistoryTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 1, 10);

	private static final LocalDate SECOND = LocalDate.of(2026, 6, 1);

	@Test
	void theFirstRecordingDatesEachEntryByItsLastReviewAndLoadsWithoutWarnings() {
		InMemoryContent content = new InMemoryContent();
		String history = HistoryFile.record(CentreLoader.load(content, "demo"), FIRST);
		assertThat(history)
			.contains("tutoring:\n  - date: 2024-06-01\n    ratings: {impact: \"4\", strength: \"2\"}\n");
		LoadedCentre centre = CentreLoader.load(content.with(HistoryFile.NAME, history), "demo");
		assertThat(centre.warnings()).isEmpty();
		List<RatingChange> changes = RatingHistory.of(catalogue(centre)).changes();
		assertThat(changes).extracting(RatingChange::kind)
			.containsExactly(RatingChange.Kind.ADDED, RatingChange.Kind.ADDED);
		RatingChange tutoring = RatingHistory.of(catalogue(centre)).of(new EntryRef("demo", "tutoring")).get(0);
		assertThat(tutoring.date()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(tutoring.summary())
			.startsWith("Added with Impact: +4 months, Evidence strength: Lots. Network band: ");
	}

	@Test
	void aChangedRatingIsAWarningUntilTheReleaseIsRecordedAndThenAChange() {
		InMemoryContent content = new InMemoryContent();
		content.with(HistoryFile.NAME, HistoryFile.record(CentreLoader.load(content, "demo"), FIRST));
		content.replace("entries/tutoring.md", "strength: \"2\"", "strength: \"1\"");
		LoadedCentre unrecorded = CentreLoader.load(content, "demo");
		assertThat(unrecorded.warnings()).singleElement()
			.hasToString("demo: history.yaml:10: tutoring: the headline of entries/tutoring.md is now impact 4, "
					+ "strength 1, band PROMISING but the last record (2024-06-01) has impact 4, strength 2, band "
					+ unrecorded.history().get("tutoring").get(0).band().name()
					+ "; allowed: record this release: run the centre's tests with -Dwhatworks.history.record=YYYY-MM-DD (docs/content-format.md)");
		assertThat(RatingHistory.of(catalogue(unrecorded)).changes()).hasSize(2);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> HistoryFile.record(unrecorded, LocalDate.of(2024, 6, 1)))
			.withMessageContaining("must be after the last record of 'tutoring' (2024-06-01)");

		LoadedCentre recorded = CentreLoader
			.load(content.with(HistoryFile.NAME, HistoryFile.record(unrecorded, SECOND)), "demo");
		assertThat(recorded.warnings()).isEmpty();
		RatingHistory history = RatingHistory.of(catalogue(recorded));
		assertThat(history.since(SECOND)).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(RatingChange.Kind.CHANGED);
			assertThat(change.entry()).isEqualTo(new EntryRef("demo", "tutoring"));
			assertThat(change.bandBefore()).isNotEqualTo(change.band());
			assertThat(change.summary())
				.startsWith("Evidence strength changed from Lots to Some. Network band changed from ")
				.endsWith(" to Promising.");
		});
		assertThat(history.changes().get(0).date()).isEqualTo(SECOND);
		assertThat(history.since(SECOND.plusDays(1))).isEmpty();
		assertThat(HistoryFile.record(recorded, SECOND.plusDays(1))).as("nothing new to record")
			.isEqualTo(HistoryFile.record(recorded, SECOND));
	}

	@Test
	void aCentreWithoutTheFileKeepsNoHistoryAndAnEntryWithoutARecordIsAWarning() {
		InMemoryContent content = new InMemoryContent();
		assertThat(CentreLoader.load(content, "demo").history()).isEmpty();
		LoadedCentre partial = CentreLoader.load(
				content.with(HistoryFile.NAME,
						"other:\n  - date: 2023-01-01\n    ratings: {strength: \"0\"}\n    band: INSUFFICIENT\n"),
				"demo");
		assertThat(partial.warnings()).singleElement()
			.satisfies((warning) -> assertThat(warning.toString()).startsWith(
					"demo: history.yaml: tutoring: entry entries/tutoring.md has no record (impact 4, strength 2, band "));
	}

	@Test
	void badRecordsNameFileLineAndField() {
		String good = "    ratings: {strength: \"0\"}\n    band: INSUFFICIENT\n";
		assertProblem("atlantis:\n  - date: 2023-01-01\n" + good,
				"demo: history.yaml:1: atlantis: is not an entry of this centre (found 'atlantis'); allowed: the id of an entry in entries/");
		assertProblem("other: 2023\n", "demo: history.yaml:1: other: must be a list of dated records");
		assertProblem("other:\n  - date: 1 March\n" + good,
				"demo: history.yaml:2: other[0].date: is not a date (found '1 March'); allowed: YYYY-MM-DD, YYYY-MM or YYYY");
		assertProblem("other:\n  - date: 2023-01-01\n    ratings: {padlocks: \"0\"}\n    band: INSUFFICIENT\n",
				"demo: history.yaml:3: other[0].ratings.padlocks: unknown scale (found 'padlocks'); allowed: impact, strength, cost, votes");
		assertProblem("other:\n  - date: 2023-01-01\n    ratings: {strength: \"7\"}\n    band: INSUFFICIENT\n",
				"demo: history.yaml:3: other[0].ratings.strength: unknown level of scale 'strength' (found '7'); allowed: 0, 1, 2");
		assertProblem("other:\n  - date: 2023-01-01\n    ratings: {strength: \"0\"}\n    band: SUPERB\n",
				"demo: history.yaml:4: other[0].band: is not a known value (found 'SUPERB')");
		assertProblem("other:\n  - date: 2023-01-01\n" + good + "  - date: 2022-01-01\n" + good,
				"demo: history.yaml:5: other[1].date: is not after the record before it (found '2022-01-01'); allowed: dates in order, oldest first, each after 2023-01-01");
		assertProblem("other:\n  - date: 2023-01-01\n    when: today\n" + good,
				"other[0].when: unknown field 'when'; allowed: date, ratings, qualifiers, band");
		assertProblem("- other\n", "demo: history.yaml:1: must be a mapping from entry id to a list of dated records");
	}

	private static void assertProblem(String history, String expected) {
		assertThat(new InMemoryContent().with(HistoryFile.NAME, history).problems())
			.anySatisfy((problem) -> assertThat(problem).contains(expected));
	}

	private static EvidenceCatalogue catalogue(LoadedCentre centre) {
		return EvidenceCatalogue.load(Map.of("demo", () -> centre), List.of(), OnError.QUARANTINE);
	}

}
