package org.whatworks.core.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.search.SearchParameters.InvalidParametersException;
import org.whatworks.core.search.SearchParameters.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one reader of search parameters accepts every code its vocabulary offers (the
 * facets search labels, including Not rated) and names every problem at once.
 */
class SearchParametersTests {

	private static final EvidenceCatalogue CATALOGUE = SearchFixture.catalogue();

	private static final SearchVocabulary VOCABULARY = SearchVocabulary.of(CATALOGUE);

	private static SearchRequest parse(Map<String, List<String>> parameters) {
		return SearchParameters.parse(parameters, VOCABULARY, true);
	}

	private static List<Problem> problems(Map<String, List<String>> parameters) {
		try {
			parse(parameters);
		}
		catch (InvalidParametersException ex) {
			return ex.problems();
		}
		throw new AssertionError("no problem found in " + parameters);
	}

	@Test
	void everyCodeOfEveryFacetIsAccepted() {
		List<SearchVocabulary.Facet> facets = new java.util.ArrayList<>(VOCABULARY.networkFacets());
		facets.addAll(VOCABULARY.taxonomyFacets());
		assertThat(facets).extracting(SearchVocabulary.Facet::name).contains("confidence", "alpha.phase");
		for (SearchVocabulary.Facet facet : facets) {
			for (String code : facet.codes()) {
				assertThat(parse(Map.of(facet.name(), List.of(code))).selected(facet.name())).as(facet.name())
					.containsExactly(code);
			}
		}
	}

	@Test
	void notRatedIsAConfidenceValueWithItsLabel() {
		SearchVocabulary.Facet confidence = VOCABULARY.facet(Facets.CONFIDENCE).orElseThrow();
		assertThat(confidence.codes()).containsExactly("5", "4", "3", "2", "1", "0", "none");
		assertThat(confidence.values().get("none")).isEqualTo("Not rated");
		assertThat(parse(Map.of("confidence", List.of("NONE"))).selected("confidence")).containsExactly("none");
	}

	@Test
	void fitCriteriaAndReadinessFacetsTakeTheStandardsCodesIgnoringCase() {
		assertThat(VOCABULARY.networkFacets()).extracting(SearchVocabulary.Facet::name)
			.containsSubsequence("setting", "need", "delivery", "ready", "design", "replication", "lastingEffect",
					"ukEvidence");
		assertThat(VOCABULARY.facet(Facets.SETTING).orElseThrow().values()).containsEntry("SCHOOL", "School")
			.containsEntry("EARLY_YEARS_SETTING", "Early-years setting")
			.hasSize(8);
		assertThat(VOCABULARY.facet(Facets.DESIGN).orElseThrow().codes()).containsExactly("RANDOMISED",
				"QUASI_EXPERIMENTAL", "OTHER", "NONE", "UNKNOWN");
		assertThat(parse(Map.of("setting", List.of("school"), "ready", List.of("YES"))).filters())
			.isEqualTo(Map.of("setting", Set.of("SCHOOL"), "ready", Set.of("yes")));
		assertThat(problems(Map.of("need", List.of("some")))).singleElement()
			.extracting(Problem::message)
			.isEqualTo("Parameter 'need' has no value 'some'. Allowed values: UNIVERSAL, TARGETED, SPECIALIST.");
	}

	@Test
	void readsQuerySortPageAndSizeIgnoringBlankValues() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("q", List.of(" tutoring "));
		parameters.put("sort", List.of("Title"));
		parameters.put("page", List.of("2"));
		parameters.put("size", List.of("10"));
		parameters.put("band", List.of("", "promising"));
		SearchRequest request = parse(parameters);
		assertThat(request.query()).isEqualTo("tutoring");
		assertThat(request.sort()).isEqualTo(SortOrder.TITLE);
		assertThat(request.page()).isEqualTo(2);
		assertThat(request.size()).isEqualTo(10);
		assertThat(request.filters()).isEqualTo(Map.of("band", Set.of("PROMISING")));
		assertThat(SearchParameters.linkParameters(request)).containsExactly(Map.entry("q", List.of("tutoring")),
				Map.entry("band", List.of("PROMISING")), Map.entry("sort", List.of("title")));
	}

	@Test
	void namesEveryProblemWithTheParameterAndWhatItAllows() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("sort", List.of("sideways"));
		parameters.put("page", List.of("0"));
		parameters.put("confidence", List.of("9"));
		parameters.put("colour", List.of("red"));
		parameters.put("atlantis.phase", List.of("x"));
		parameters.put("q", List.of("a", "b"));
		List<Problem> problems = problems(parameters);
		assertThat(problems).extracting(Problem::parameter)
			.containsExactly("sort", "page", "confidence", "colour", "atlantis.phase", "q");
		assertThat(problems.get(0).message()).isEqualTo("Parameter 'sort' has no value 'sideways'. Allowed values: "
				+ "relevance, confidence, cost, impact, title, reviewed.");
		assertThat(problems.get(1).allowed()).containsExactly("1 to 1000");
		assertThat(problems.get(2).allowed()).contains("0", "5", "none");
		assertThat(problems.get(3).allowed()).contains("q", "<centre>.<taxonomy>", "size");
		assertThat(problems.get(4).allowed()).contains("alpha.phase");
		assertThat(problems.get(5).message()).isEqualTo("Parameter 'q' may be given only once.");
	}

	@Test
	void sizeIsAProblemWhereAChannelDoesNotTakeIt() {
		try {
			SearchParameters.parse(Map.of("size", List.of("10")), VOCABULARY, false);
			throw new AssertionError("size was taken");
		}
		catch (InvalidParametersException ex) {
			assertThat(ex.problems()).extracting(Problem::parameter).containsExactly("size");
			assertThat(ex.problems().get(0).allowed()).contains("page").doesNotContain("size");
		}
	}

	@Test
	void taxonomyFacetsAreLabelledOnlyWhenNarrowedToTheirCentre() {
		Map<String, Map<String, Long>> counts = Map.of("alpha.phase", Map.of("primary", 2L));
		SearchRequest all = parse(Map.of());
		SearchRequest alpha = parse(Map.of("centre", List.of("alpha")));
		assertThat(VOCABULARY.results(all, counts)).doesNotContainKey("alpha.phase");
		FacetResult phase = VOCABULARY.results(alpha, counts).get("alpha.phase");
		assertThat(phase.values()).containsExactly(new FacetValue("primary", "Primary", 2, false));
	}

}
