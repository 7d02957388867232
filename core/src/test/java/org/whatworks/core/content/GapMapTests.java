package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.whatworks.core.content.GapMap.CellKind;
import org.whatworks.core.content.GapMap.Filter;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.CriterionAnswer;
import org.whatworks.core.standard.Effect;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkProfile;
import org.whatworks.core.standard.NetworkRating;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.Replication;
import org.whatworks.core.standard.StudyDesign;

import static org.assertj.core.api.Assertions.assertThat;

class GapMapTests {

	private static final ApproachType TUTORING = ApproachType.TUTORING_AND_MENTORING;

	private static final ApproachType PARENTING = ApproachType.PARENTING_AND_FAMILY_SUPPORT;

	private static final OutcomeDomain EDUCATION = OutcomeDomain.EDUCATION_AND_SKILLS;

	private static final OutcomeDomain CRIME = OutcomeDomain.CRIME_AND_JUSTICE;

	private static final EvidenceCriteria STRONG = new EvidenceCriteria(StudyDesign.RANDOMISED, false, 3, null, null,
			Replication.YES, CriterionAnswer.YES, CriterionAnswer.YES, Map.of());

	private static final EvidenceCriteria AT_LEAST_QUASI = new EvidenceCriteria(StudyDesign.QUASI_EXPERIMENTAL, true,
			null, 1, null, Replication.SAME_TEAM_ONLY, CriterionAnswer.NO, CriterionAnswer.UNKNOWN, Map.of());

	/**
	 * Two centres: "one" has a strong, replicated tutoring entry (education, primary) and
	 * a tutoring entry with too little evidence (crime); "two" has a promising parenting
	 * entry (education, early years) and an unrated tutoring entry (crime).
	 */
	private static EvidenceCatalogue catalogue() {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		loaders.put("one", () -> centre("one",
				entry("one", "strong", Set.of(TUTORING), Set.of(EDUCATION), Set.of(LifeStage.PRIMARY_AGE),
						new NetworkRating(Effect.POSITIVE, 4, EvidenceBand.WELL_SUPPORTED), STRONG),
				entry("one", "thin", Set.of(TUTORING), Set.of(CRIME), Set.of(LifeStage.SECONDARY_AGE),
						new NetworkRating(Effect.UNCLEAR, 1, EvidenceBand.INSUFFICIENT), EvidenceCriteria.UNKNOWN)));
		loaders.put("two",
				() -> centre("two",
						entry("two", "parents", Set.of(PARENTING), Set.of(EDUCATION), Set.of(LifeStage.EARLY_YEARS),
								new NetworkRating(Effect.POSITIVE, 2, EvidenceBand.PROMISING), AT_LEAST_QUASI),
						entry("two", "unrated", Set.of(TUTORING), Set.of(CRIME), Set.of(LifeStage.SECONDARY_AGE),
								NetworkRating.NOT_RATED, EvidenceCriteria.UNKNOWN)));
		return EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL);
	}

	private static LoadedCentre centre(String id, EvidenceEntry... entries) {
		LoadedCentre loaded = CentreLoader.load(new InMemoryContent().replace("centre.yaml", "id: demo", "id: " + id),
				id);
		return new LoadedCentre(loaded.definition(), List.of(entries), List.of(), "memory");
	}

	private static EvidenceEntry entry(String centre, String id, Set<ApproachType> approaches,
			Set<OutcomeDomain> domains, Set<LifeStage> stages, NetworkRating rating, EvidenceCriteria criteria) {
		EvidenceEntry model = CentreLoader.load(new InMemoryContent(), "demo").entry("tutoring").orElseThrow();
		List<Finding> findings = new ArrayList<>();
		Finding headline = model.headline();
		findings.add(new Finding(headline.outcome(), headline.label(), headline.ratings(), headline.note(), rating,
				Map.of(), null, criteria));
		return new EvidenceEntry(centre, id, model.kind(), id, model.summary(), model.ratings(), model.terms(),
				findings, model.sections(), model.sources(), List.of(), model.provenance(),
				new NetworkProfile(rating, null, domains, stages, approaches), model.file());
	}

	@Test
	void eachCellIsAGapOrHasEntriesWithoutEnoughEvidenceOrIsRated() {
		GapMap map = GapMap.of(catalogue());
		assertThat(map.cell(TUTORING, EDUCATION).kind()).isEqualTo(CellKind.RATED);
		assertThat(map.cell(TUTORING, EDUCATION).bands()).containsExactly(Map.entry(EvidenceBand.WELL_SUPPORTED, 1));
		GapMap.Cell thin = map.cell(TUTORING, CRIME);
		assertThat(thin.kind()).as("one insufficient entry and one not rated")
			.isEqualTo(CellKind.INSUFFICIENT_EVIDENCE);
		assertThat(thin.total()).isEqualTo(2);
		assertThat(thin.count(EvidenceBand.INSUFFICIENT)).isEqualTo(1);
		assertThat(thin.count(EvidenceBand.NOT_RATED)).isEqualTo(1);
		assertThat(map.cell(PARENTING, CRIME).kind()).isEqualTo(CellKind.NO_ENTRIES);
		assertThat(map.cell(PARENTING, CRIME).total()).isZero();
		assertThat(map.cells()).hasSize(ApproachType.values().length * OutcomeDomain.values().length);
		assertThat(map.kinds()).containsEntry(CellKind.RATED, 2)
			.containsEntry(CellKind.INSUFFICIENT_EVIDENCE, 1)
			.containsEntry(CellKind.NO_ENTRIES, map.cells().size() - 3);
		assertThat(map.entries()).isEqualTo(4);
	}

	@Test
	void aRatedEntryAmongInsufficientOnesMakesTheCellRated() {
		Map<EvidenceBand, Integer> bands = Map.of(EvidenceBand.INSUFFICIENT, 3, EvidenceBand.NO_EFFECT, 1);
		assertThat(new GapMap.Cell(TUTORING, CRIME, bands).kind()).isEqualTo(CellKind.RATED);
		assertThat(new GapMap.Cell(TUTORING, CRIME, Map.of(EvidenceBand.NOT_RATED, 2)).kind())
			.isEqualTo(CellKind.INSUFFICIENT_EVIDENCE);
	}

	@Test
	void filtersNarrowTheEntriesCountedByCentreLifeStageBandAndConfidence() {
		EvidenceCatalogue catalogue = catalogue();
		GapMap two = GapMap.of(catalogue, Filter.NONE.withCentres(Set.of("two")));
		assertThat(two.centres()).containsExactly("two");
		assertThat(two.cell(TUTORING, EDUCATION).kind()).isEqualTo(CellKind.NO_ENTRIES);
		assertThat(two.cell(TUTORING, CRIME).bands()).containsExactly(Map.entry(EvidenceBand.NOT_RATED, 1));
		Filter secondary = new Filter(Set.of(), Set.of(LifeStage.SECONDARY_AGE, LifeStage.OLDER_PEOPLE), Set.of(), null,
				null, null, null, null);
		assertThat(GapMap.of(catalogue, secondary).entries()).isEqualTo(2);
		assertThat(GapMap.of(catalogue, secondary).cell(TUTORING, EDUCATION).total()).isZero();
		Filter promising = new Filter(Set.of(), Set.of(), Set.of(EvidenceBand.PROMISING, EvidenceBand.HARMFUL), null,
				null, null, null, null);
		assertThat(GapMap.of(catalogue, promising).cells().stream().filter((c) -> c.total() > 0))
			.extracting(GapMap.Cell::approach, GapMap.Cell::domain)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PARENTING, EDUCATION));
		assertThat(entriesAt(catalogue, minConfidence(4))).containsExactly("strong");
		assertThat(entriesAt(catalogue, minConfidence(1))).containsExactlyInAnyOrder("strong", "thin", "parents");
		assertThat(entriesAt(catalogue, minConfidence(2))).as("an unrated entry never meets a minimum")
			.containsExactlyInAnyOrder("strong", "parents");
	}

	@Test
	void theEvidenceCriteriaOfTheHeadlineFindingFilterToo() {
		EvidenceCatalogue catalogue = catalogue();
		assertThat(entriesAt(catalogue, criteria(StudyDesign.RANDOMISED, null, null, null))).containsExactly("strong");
		assertThat(entriesAt(catalogue, criteria(StudyDesign.QUASI_EXPERIMENTAL, null, null, null)))
			.as("a design known as at least quasi-experimental meets that minimum")
			.containsExactlyInAnyOrder("strong", "parents");
		assertThat(entriesAt(catalogue, criteria(StudyDesign.OTHER, null, null, null)))
			.as("an unknown design meets no minimum")
			.containsExactlyInAnyOrder("strong", "parents");
		assertThat(entriesAt(catalogue, criteria(null, Replication.YES, CriterionAnswer.YES, null)))
			.containsExactly("strong");
		assertThat(entriesAt(catalogue, criteria(null, Replication.SAME_TEAM_ONLY, null, null)))
			.containsExactly("parents");
		assertThat(entriesAt(catalogue, criteria(null, null, CriterionAnswer.UNKNOWN, null)))
			.containsExactlyInAnyOrder("thin", "unrated");
		assertThat(entriesAt(catalogue, criteria(null, null, null, CriterionAnswer.YES))).containsExactly("strong");
		assertThat(entriesAt(catalogue, criteria(null, Replication.YES, null, CriterionAnswer.NO))).isEmpty();
		GapMap none = GapMap.of(catalogue, criteria(null, Replication.YES, null, CriterionAnswer.NO));
		assertThat(none.kinds()).containsEntry(CellKind.NO_ENTRIES, none.cells().size());
	}

	@Test
	void theSameCatalogueAndFilterGiveTheSameMap() {
		EvidenceCatalogue catalogue = catalogue();
		assertThat(GapMap.of(catalogue, minConfidence(3))).isSameAs(GapMap.of(catalogue, minConfidence(3)));
		assertThat(GapMap.of(catalogue)).isSameAs(GapMap.of(catalogue, Filter.NONE));
		assertThat(GapMap.of(catalogue())).isNotSameAs(GapMap.of(catalogue));
	}

	private static Filter minConfidence(int minimum) {
		return new Filter(Set.of(), Set.of(), Set.of(), minimum, null, null, null, null);
	}

	private static Filter criteria(StudyDesign design, Replication replication, CriterionAnswer lasting,
			CriterionAnswer uk) {
		return new Filter(Set.of(), Set.of(), Set.of(), null, design, replication, lasting, uk);
	}

	private static List<String> entriesAt(EvidenceCatalogue catalogue, Filter filter) {
		return catalogue.entries().stream().filter(filter::matches).map(EvidenceEntry::id).toList();
	}

}
