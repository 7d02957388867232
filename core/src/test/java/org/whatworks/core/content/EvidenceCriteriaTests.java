package org.whatworks.core.content;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.EvidenceCriteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvidenceCriteriaTests {

	/**
	 * Level 2 of the demo's strength scale: randomised, at least two evaluations,
	 * lasting.
	 */
	private static InMemoryContent withImpliedCriteria() {
		return new InMemoryContent().replace("crosswalk.yaml", "    - { level: \"2\", confidence: 4 }\n",
				"    - { level: \"2\", confidence: 4, criteria: { design: randomised, minEvaluations: 2, lastingEffect: yes } }\n");
	}

	private static EvidenceEntry entry(LoadedCentre centre, String id) {
		return centre.entry(id).orElseThrow();
	}

	@Test
	void theCrosswalkDerivesCriteriaFromTheNativeRatingAndSaysSo() {
		LoadedCentre centre = CentreLoader.load(withImpliedCriteria(), "demo");
		EvidenceCriteria criteria = entry(centre, "tutoring").headline().criteria();
		assertThat(criteria.describe(Criterion.DESIGN)).isEqualTo("Randomised");
		assertThat(criteria.describe(Criterion.EVALUATIONS)).isEqualTo("At least 2");
		assertThat(criteria.describe(Criterion.LASTING_EFFECT)).isEqualTo("Yes");
		assertThat(criteria.describe(Criterion.UK_EVIDENCE)).isEqualTo("Not known");
		assertThat(criteria.basis(Criterion.DESIGN)).isEqualTo("implied by Evidence strength level 2 (Lots)");
		assertThat(criteria.basis(Criterion.UK_EVIDENCE)).isNull();
		assertThat(entry(centre, "other").headline().criteria().anyKnown()).isFalse();
	}

	@Test
	void anEntrysCriteriaAreTheStrongestAnyOfItsFindingsShows() {
		LoadedCentre centre = CentreLoader.load(withImpliedCriteria().replace("entries/tutoring.md",
				"    ratings: { impact: -1, strength: \"1\" }\n",
				"    ratings: { impact: -1, strength: \"1\" }\n    criteria: { replication: yes, ukEvidence: no }\n"),
				"demo");
		EvidenceEntry tutoring = entry(centre, "tutoring");
		assertThat(tutoring.headline().criteria().replication())
			.isEqualTo(org.whatworks.core.standard.Replication.UNKNOWN);
		EvidenceCriteria criteria = EntryFacts.criteria(tutoring);
		assertThat(criteria.design()).isEqualTo(org.whatworks.core.standard.StudyDesign.RANDOMISED);
		assertThat(criteria.lastingEffect()).isEqualTo(org.whatworks.core.standard.CriterionAnswer.YES);
		assertThat(criteria.replication()).isEqualTo(org.whatworks.core.standard.Replication.YES);
		assertThat(criteria.ukEvidence()).isEqualTo(org.whatworks.core.standard.CriterionAnswer.NO);
		assertThat(criteria.basis(Criterion.DESIGN)).isEqualTo("from the finding on attainment");
		assertThat(criteria.basis(Criterion.REPLICATION)).isEqualTo("from the finding on Anxious pupils");
		assertThat(criteria.known(Criterion.EVALUATIONS)).isFalse();
		assertThat(EntryFacts.criteria(entry(centre, "other"))).isEqualTo(EvidenceCriteria.UNKNOWN);
		assertThat(EntryFacts.readyToImplement(tutoring)).isFalse();
	}

	@Test
	void statedCriteriaThatAgreeWithTheRatingAreKeptAndNeverChangeTheBand() {
		LoadedCentre centre = CentreLoader.load(withImpliedCriteria().replace("entries/tutoring.md",
				"summary: Helps pupils a lot.\n",
				"summary: Helps pupils a lot.\ncriteria: { evaluations: 3, ukEvidence: yes, replication: same-team-only }\n"),
				"demo");
		EvidenceEntry tutoring = entry(centre, "tutoring");
		EvidenceCriteria criteria = tutoring.headline().criteria();
		assertThat(criteria.describe(Criterion.EVALUATIONS)).isEqualTo("3");
		assertThat(criteria.describe(Criterion.UK_EVIDENCE)).isEqualTo("Yes");
		assertThat(criteria.describe(Criterion.REPLICATION)).isEqualTo("Same team only");
		assertThat(criteria.basis(Criterion.UK_EVIDENCE)).isEqualTo("stated by the entry");
		assertThat(tutoring.headline().network().band()).isEqualTo(EvidenceBand.WELL_SUPPORTED);
	}

	@Test
	void aStatedValueThatContradictsTheNativeRatingIsAProblemNamingBoth() {
		ContentValidationException ex = assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader.load(withImpliedCriteria().replace("entries/tutoring.md",
					"summary: Helps pupils a lot.\n", "summary: Helps pupils a lot.\ncriteria:\n  lastingEffect: no\n"),
					"demo"))
			.actual();
		assertThat(ex.problems()).extracting(ContentProblem::toString)
			.contains("demo: entries/tutoring.md:7: criteria.lastingEffect: contradicts the native rating: the entry "
					+ "states lastingEffect no, but the Evidence strength level 2 (Lots) rating implies yes "
					+ "(crosswalk.yaml) (found 'no'); allowed: yes, or leave lastingEffect out");
	}

	@Test
	void aFindingsDesignOrCountBelowWhatTheRatingImpliesIsAProblem() {
		ContentValidationException ex = assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader
				.load(withImpliedCriteria().replace("entries/tutoring.md", "    ratings: { impact: 4 }\n",
						"    ratings: { impact: 4 }\n    criteria: { design: quasi-experimental, evaluations: 1 }\n"),
						"demo"))
			.actual();
		assertThat(ex.problems()).extracting(ContentProblem::toString)
			.contains(
					"demo: entries/tutoring.md:16: findings[0].criteria.design: contradicts the native rating: the entry "
							+ "states design quasi-experimental, but the Evidence strength level 2 (Lots) rating implies "
							+ "at least randomised (crosswalk.yaml) (found 'quasi-experimental'); allowed: at least "
							+ "randomised, or leave design out",
					"demo: entries/tutoring.md:16: findings[0].criteria.evaluations: contradicts the native rating: the "
							+ "entry states evaluations 1, but the Evidence strength level 2 (Lots) rating implies at "
							+ "least 2 (crosswalk.yaml) (found '1'); allowed: at least 2, or leave evaluations out");
	}

	@Test
	void anUnknownCriterionValueNamesWhatIsAllowed() {
		ContentValidationException ex = assertThatExceptionOfType(ContentValidationException.class)
			.isThrownBy(() -> CentreLoader.load(new InMemoryContent().replace("entries/tutoring.md",
					"summary: Helps pupils a lot.\n", "summary: Helps pupils a lot.\ncriteria: { design: anecdote }\n"),
					"demo"))
			.actual();
		assertThat(ex.problems()).extracting(ContentProblem::toString)
			.contains("demo: entries/tutoring.md:6: criteria.design: is not a known value (found 'anecdote'); "
					+ "allowed: RANDOMISED, QUASI_EXPERIMENTAL, OTHER, NONE");
	}

}
