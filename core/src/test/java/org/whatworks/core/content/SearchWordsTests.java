package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.whatworks.core.search.LuceneEvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SortOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's search words: the everyday words a centre gives for the entry's subject,
 * read from the front matter, checked, and searched as the entry's terms are.
 */
class SearchWordsTests {

	private static InMemoryContent withSearchWords(String list) {
		return new InMemoryContent().replace("entries/tutoring.md", "terms:\n  approach",
				"searchWords: " + list + "\nterms:\n  approach");
	}

	@Test
	void searchWordsAreReadAndAnEntryWithoutThemHasNone() {
		LoadedCentre centre = CentreLoader.load(withSearchWords("[catch-up lessons, extra reading help]"), "demo");
		assertThat(centre.entry("tutoring").orElseThrow().searchWords()).containsExactly("catch-up lessons",
				"extra reading help");
		assertThat(centre.entry("other").orElseThrow().searchWords()).isEmpty();
	}

	@Test
	void theSearchFindsAnEntryByASearchWordItsTextDoesNotUse() {
		String query = "booster sessions";
		assertThat(refs(new InMemoryContent(), query)).doesNotContain("demo/tutoring");
		assertThat(refs(withSearchWords("[booster sessions]"), query)).containsExactly("demo/tutoring");
	}

	@Test
	void blankRepeatedLongAndTooManySearchWordsAreReportedWithTheirLine() {
		assertProblem(withSearchWords("[catch-up lessons, \" \"]"), "entries/tutoring.md:10: searchWords[1]: is blank");
		assertProblem(withSearchWords("[catch-up lessons, Catch-up Lessons]"),
				"searchWords[1]: is listed twice (found 'Catch-up Lessons'); allowed: each search word once");
		assertProblem(withSearchWords("[" + "a".repeat(61) + "]"), "searchWords[0]: is too long for a search word");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			many.add("word" + i);
		}
		assertProblem(withSearchWords(many.toString()),
				"searchWords: lists too many search words (found '21'); allowed: at most 20");
	}

	private static List<String> refs(InMemoryContent content, String query) {
		Map<String, Supplier<LoadedCentre>> loaders = new LinkedHashMap<>();
		loaders.put("demo", () -> CentreLoader.load(content, "demo"));
		EvidenceCatalogue catalogue = EvidenceCatalogue.load(loaders, List.of(), OnError.FAIL);
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(catalogue)) {
			return search.search(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, 10))
				.hits()
				.stream()
				.map((hit) -> hit.entry().ref().toString())
				.toList();
		}
	}

	private static void assertProblem(InMemoryContent content, String expected) {
		assertThat(content.problems()).anySatisfy((problem) -> assertThat(problem).contains(expected));
	}

}
