package org.whatworks.core.content;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whatworks.core.brief.Citation;
import org.whatworks.core.brief.DecisionBrief;
import org.whatworks.core.model.EvidenceEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The decision brief's key messages and citations restate what the entries hold.
 */
class DecisionBriefTests {

	private static final String FACTS = """
			implementation:
			  training: Two days from the developer
			  manual: true
			  licensed: true
			  source: https://demo.example.org/tutoring
			cost:
			  amount: 140
			  unit: per pupil per year
			  priceYear: 2023
			  source: https://demo.example.org/tutoring
			terms:
			  approach""";

	private final LoadedCentre centre = CentreLoader
		.load(new InMemoryContent().replace("entries/tutoring.md", "terms:\n  approach", FACTS), "demo");

	private DecisionBrief brief(String... ids) {
		List<EvidenceEntry> entries = java.util.Arrays.stream(ids)
			.map((id) -> this.centre.entry(id).orElseThrow())
			.toList();
		return DecisionBrief.of(entries, (centreId) -> this.centre.centre());
	}

	@Test
	void keyMessagesCountTheOptionsAndNameTheStrongestBandCostsAndReadiness() {
		DecisionBrief brief = brief("tutoring", "other");
		assertThat(brief.options()).extracting((option) -> option.entry().id()).containsExactly("tutoring", "other");
		assertThat(brief.keyMessages()).containsSequence("2 options from 1 centre (DC).",
				"Strongest network evidence band: Well supported (positive effect, strong evidence), for Small group tutoring (DC).");
		assertThat(brief.keyMessages())
			.contains("Cost in pounds from the centre for 1 of 2; for the others, only the centre's cost rating."
					+ " Costs are in different units and years: compare with care.")
			.contains(
					"Ready to implement (the centre says a manual and training are available): Small group tutoring (DC).")
			.contains("Needs a licensed provider: Small group tutoring (DC).")
			.contains("1 option with figures not yet checked against the centre's page.");
	}

	@Test
	void anEmptyBriefHasNoMessagesAndAShortlistHoldsAtMostTen() {
		assertThat(brief().keyMessages()).isEmpty();
		List<EvidenceEntry> eleven = java.util.Collections.nCopies(11, this.centre.entry("other").orElseThrow());
		assertThatIllegalArgumentException().isThrownBy(() -> DecisionBrief.of(eleven, (id) -> this.centre.centre()))
			.withMessageContaining("at most 10");
	}

	@Test
	void aCitationNamesTheCentreAsAuthorAndEscapesBibtex() {
		EvidenceEntry tutoring = this.centre.entry("tutoring").orElseThrow();
		Citation citation = new Citation(tutoring, this.centre.centre(),
				"https://network.example/entries/demo/tutoring", LocalDate.of(2026, 12, 6));
		assertThat(citation.formatted()).isEqualTo("Demo Centre (2024) Small group tutoring. DC strand. Available at: "
				+ "https://demo.example.org/tutoring (via the What Works Network, "
				+ "https://network.example/entries/demo/tutoring, accessed 6 December 2026).");
		assertThat(citation.ris())
			.startsWith("TY  - ELEC\r\nAU  - Demo Centre\r\nTI  - Small group tutoring\r\nPY  - 2024\r\n")
			.contains("Y2  - 2026-12-06\r\n");
		assertThat(citation.bibtex()).startsWith("@misc{demo_tutoring_2024,\n  author = {{Demo Centre}},")
			.endsWith(
					"  note = {Read on the What Works Network: \\url{https://network.example/entries/demo/tutoring}}\n}\n");
		assertThat(Citation.bibEscape("R&D 50% {x}_1")).isEqualTo("R\\&D 50\\% \\{x\\}\\_1");
	}

}
