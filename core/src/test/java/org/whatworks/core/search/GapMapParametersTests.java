package org.whatworks.core.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.GapMap;
import org.whatworks.core.search.SearchParameters.InvalidParametersException;
import org.whatworks.core.search.SearchParameters.Problem;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.CriterionAnswer;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.Replication;
import org.whatworks.core.standard.StudyDesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GapMapParametersTests {

	private static final EvidenceCatalogue CATALOGUE = SearchFixture.catalogue();

	@Test
	void readsEveryFilterIgnoringCaseAndBlankValues() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("centre", List.of("beta", "alpha"));
		parameters.put("lifeStage", List.of("primary_age", ""));
		parameters.put("band", List.of("PROMISING"));
		parameters.put("minConfidence", List.of("3"));
		parameters.put("design", List.of("quasi_experimental"));
		parameters.put("replication", List.of("YES"));
		parameters.put("lastingEffect", List.of("UNKNOWN"));
		parameters.put("ukEvidence", List.of("no"));
		GapMap.Filter filter = GapMapParameters.parse(parameters, CATALOGUE);
		assertThat(filter).isEqualTo(new GapMap.Filter(Set.of("alpha", "beta"), Set.of(LifeStage.PRIMARY_AGE),
				Set.of(EvidenceBand.PROMISING), 3, StudyDesign.QUASI_EXPERIMENTAL, Replication.YES,
				CriterionAnswer.UNKNOWN, CriterionAnswer.NO));
		assertThat(GapMapParameters.parameters(filter)).containsExactly(Map.entry("centre", List.of("alpha", "beta")),
				Map.entry("lifeStage", List.of("PRIMARY_AGE")), Map.entry("band", List.of("PROMISING")),
				Map.entry("minConfidence", List.of("3")), Map.entry("design", List.of("QUASI_EXPERIMENTAL")),
				Map.entry("replication", List.of("YES")), Map.entry("lastingEffect", List.of("UNKNOWN")),
				Map.entry("ukEvidence", List.of("NO")));
		assertThat(GapMapParameters.parse(GapMapParameters.parameters(filter), CATALOGUE)).isEqualTo(filter);
		assertThat(GapMapParameters.parse(Map.of("design", List.of(""), "minConfidence", List.of(" ")), CATALOGUE))
			.as("a form's 'any' sends a blank value")
			.isEqualTo(GapMap.Filter.NONE);
	}

	@Test
	void everyValueOfferedIsAccepted() {
		for (GapMapParameters.Option option : GapMapParameters.options(CATALOGUE)) {
			for (String code : option.codes()) {
				GapMap.Filter filter = GapMapParameters.parse(Map.of(option.name(), List.of(code)), CATALOGUE);
				assertThat(filter.isEmpty()).as(option.name() + "=" + code).isFalse();
				assertThat(GapMapParameters.parameters(filter))
					.containsExactly(Map.entry(option.name(), List.of(code)));
			}
		}
		assertThat(GapMapParameters.options(CATALOGUE)).extracting(GapMapParameters.Option::name)
			.containsExactlyElementsOf(GapMapParameters.names());
		assertThat(GapMapParameters.options(CATALOGUE).get(0).codes()).containsExactly("alpha", "beta", "gamma");
	}

	@Test
	void everyProblemNamesItsParameterAndWhatItAllows() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("centre", List.of("atlantis"));
		parameters.put("minConfidence", List.of("9"));
		parameters.put("design", List.of("RANDOMISED", "OTHER"));
		parameters.put("sort", List.of("title"));
		assertThatExceptionOfType(InvalidParametersException.class)
			.isThrownBy(() -> GapMapParameters.parse(parameters, CATALOGUE))
			.satisfies((ex) -> {
				assertThat(ex.problems()).extracting(Problem::parameter)
					.containsExactly("centre", "minConfidence", "design", "sort");
				assertThat(ex.problems()).extracting(Problem::message)
					.containsExactly("Parameter 'centre' has no value 'atlantis'. Allowed values: alpha, beta, gamma.",
							"Parameter 'minConfidence' has no value '9'. Allowed values: 1, 2, 3, 4, 5.",
							"Parameter 'design' may be given only once. Allowed values: RANDOMISED, QUASI_EXPERIMENTAL, OTHER.",
							"Unknown parameter 'sort'. Allowed parameters: centre, lifeStage, band, minConfidence, design, "
									+ "replication, lastingEffect, ukEvidence.");
				assertThat(ex.problems().get(1).allowed()).containsExactly("1", "2", "3", "4", "5");
			});
	}

	@Test
	void aCellLinksToTheSearchOfItsEntriesWithEveryFilterSearchTakes() {
		GapMap.Filter filter = new GapMap.Filter(Set.of("alpha"), Set.of(LifeStage.PRIMARY_AGE),
				Set.of(EvidenceBand.PROMISING), 3, null, null, null, null);
		SearchVocabulary vocabulary = SearchVocabulary.of(CATALOGUE);
		assertThat(GapMapParameters.cellSearch(filter, ApproachType.TUTORING_AND_MENTORING,
				OutcomeDomain.EDUCATION_AND_SKILLS, vocabulary))
			.containsExactly(Map.entry("centre", List.of("alpha")), Map.entry("lifeStage", List.of("PRIMARY_AGE")),
					Map.entry("band", List.of("PROMISING")), Map.entry("confidence", List.of("3", "4", "5")),
					Map.entry("approach", List.of("TUTORING_AND_MENTORING")),
					Map.entry("domain", List.of("EDUCATION_AND_SKILLS")));
		assertThat(GapMapParameters.notSearchable(filter, CATALOGUE, vocabulary)).isEmpty();
		GapMap.Filter criteria = new GapMap.Filter(Set.of(), Set.of(), Set.of(), null, StudyDesign.QUASI_EXPERIMENTAL,
				Replication.YES, null, CriterionAnswer.UNKNOWN);
		assertThat(GapMapParameters.notSearchable(criteria, CATALOGUE, vocabulary))
			.as("search has a facet for every criterion")
			.isEmpty();
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(CATALOGUE)) {
			for (GapMap.Filter each : List.of(GapMap.Filter.NONE, filter, filter.withCentres(Set.of()), criteria)) {
				GapMap map = GapMap.of(CATALOGUE, each);
				for (GapMap.Cell cell : map.cells()) {
					Map<String, Set<String>> filters = new LinkedHashMap<>();
					GapMapParameters.cellSearch(each, cell.approach(), cell.domain(), vocabulary)
						.forEach((name, values) -> filters.put(name, Set.copyOf(values)));
					assertThat(search.search(new SearchRequest("", filters, SortOrder.RELEVANCE, 1, 1)).total())
						.as("search behind %s", cell)
						.isEqualTo(cell.total());
				}
			}
		}
	}

}
