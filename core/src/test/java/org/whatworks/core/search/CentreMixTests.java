package org.whatworks.core.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.whatworks.core.content.EvidenceCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ranking rules: the centres are mixed in a ranking (each centre's own order kept),
 * and when any word may match, entries that match more of the words come first.
 */
class CentreMixTests {

	/** Four chess clubs of one centre, and one entry of another centre. */
	static EvidenceCatalogue chessClubsAnd(String id, String title, String summary) {
		SearchFixture.MapContent alpha = SearchFixture.alpha();
		for (int i = 1; i <= 4; i++) {
			alpha.entry("chess-" + i, "Chess club " + i, "Chess at lunchtime: chess, chess and more chess.", "2", "1",
					"1", "phase: [primary]", "[]", "2024-01",
					"## What is it?\n\nPupils play chess against each other. Chess clubs meet weekly.");
		}
		SearchFixture.MapContent beta = SearchFixture.beta();
		beta.entry(id, title, summary, "1", "1", "1", "outcome: [reoffending]", "[]", "2024-01",
				"## What is it?\n\nWork outside.");
		return SearchFixture.catalogue(alpha, beta, SearchFixture.gamma());
	}

	private static List<String> refs(List<SearchHit> hits) {
		return hits.stream().map((hit) -> hit.entry().ref().toString()).toList();
	}

	@Test
	void anotherCentresMatchIsNotPushedOffThePageByOneCentresRun() {
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(
				chessClubsAnd("prison-chess", "Chess in the prison yard", "Prisoners play chess in the yard."))) {
			List<SearchHit> mixed = search.search(new SearchRequest("chess", Map.of(), SortOrder.RELEVANCE, 1, 10))
				.hits();
			List<String> refs = refs(mixed);
			assertThat(refs).hasSize(5);
			// a weaker score than every chess club's, yet not after all four
			SearchHit prison = mixed.get(refs.indexOf("beta/prison-chess"));
			assertThat(mixed.stream().filter((hit) -> hit != prison))
				.allSatisfy((hit) -> assertThat(hit.score()).isGreaterThan(prison.score()));
			assertThat(refs.indexOf("beta/prison-chess")).isLessThan(4);
			// each centre's own order is that of a search of the centre alone
			List<String> alphaOnly = refs(search
				.search(new SearchRequest("chess", Map.of("centre", Set.of("alpha")), SortOrder.RELEVANCE, 1, 10))
				.hits());
			assertThat(alphaOnly).hasSize(4);
			assertThat(refs.stream().filter((ref) -> ref.startsWith("alpha/")).toList()).isEqualTo(alphaOnly);
		}
	}

	@Test
	void whenAnyWordMayMatchAnEntryWithMoreOfTheWordsComesFirst() {
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(chessClubsAnd("prison-gardens", "Prison gardens",
				"Prisoners keep a garden and play a game of chess in the yard."))) {
			// no entry has all three words, so any word may match: the prison gardens
			// match
			// two, each chess club one (more often, and in its title)
			List<String> refs = refs(
					search.search(new SearchRequest("yard chess hypertension", Map.of(), SortOrder.RELEVANCE, 1, 10))
						.hits());
			assertThat(refs).hasSize(6);
			assertThat(refs.indexOf("beta/prison-gardens")).isLessThan(refs.indexOf("alpha/chess-1"));
		}
	}

}
