package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.assertj.core.data.Offset;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting by bit sets finds exactly what the query itself matches. */
class MatchingDocsTests {

	private static LuceneEvidenceSearch search;

	private static Snapshot snapshot;

	@BeforeAll
	static void build() {
		// the fixture is small: make relevance searches take the count, rank and rescore
		// steps of large indexes
		LuceneEvidenceSearch.stepsFrom = 0;
		search = new LuceneEvidenceSearch(SearchFixture.catalogue());
		snapshot = Snapshot.build(SearchFixture.catalogue(), SearchSettings.inMemory(), 1, null);
	}

	@AfterAll
	static void close() {
		LuceneEvidenceSearch.stepsFrom = 20_000;
		snapshot.release();
		search.close();
	}

	private static TreeSet<Integer> byLucene(IndexSearcher searcher, Query query) throws IOException {
		TreeSet<Integer> docs = new TreeSet<>();
		searcher.search(query, new SimpleCollector() {

			private int base;

			@Override
			protected void doSetNextReader(LeafReaderContext context) {
				this.base = context.docBase;
			}

			@Override
			public void collect(int doc) {
				docs.add(this.base + doc);
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		});
		return docs;
	}

	private static TreeSet<Integer> byBitSets(IndexSearcher searcher, Query query) throws IOException {
		TreeSet<Integer> docs = new TreeSet<>();
		List<FixedBitSet> segments = MatchingDocs.perSegment(searcher, query);
		List<LeafReaderContext> leaves = new ArrayList<>(searcher.getIndexReader().leaves());
		for (int i = 0; i < leaves.size(); i++) {
			FixedBitSet bits = segments.get(i);
			if (bits != null) {
				for (int doc = 0; doc < bits.length(); doc++) {
					if (bits.get(doc)) {
						docs.add(leaves.get(i).docBase + doc);
					}
				}
			}
		}
		return docs;
	}

	@ParameterizedTest
	@ValueSource(strings = { "crime", "young people", "kids therapy", "high blood pressure", "\"street lighting\"",
			"flu jab", "older people falls", "\"young people\" mentoring", "behaviour school reading feedback" })
	void everyHitHasTheScoreOfTheWholeQueryThoughPhrasesAreAddedLater(String text) throws IOException {
		LuceneEvidenceSearch.Built built = search.buildQuery(snapshot, QueryText.parse(text), true, true);
		if (snapshot.searcher().count(built.query()) < LuceneEvidenceSearch.FEW_HITS && built.multiWord()) {
			// the search falls back to any of the words
			built = search.buildQuery(snapshot, QueryText.parse(text), false, true);
		}
		BooleanQuery.Builder whole = new BooleanQuery.Builder().add(built.query(), BooleanClause.Occur.MUST);
		if (built.rescore() != null) {
			whole.add(built.rescore(), BooleanClause.Occur.SHOULD);
		}
		Query query = whole.build();
		SearchResults results = search.search(new SearchRequest(text, java.util.Map.of(), SortOrder.RELEVANCE, 1, 50));
		assertThat(results.hits()).as(text).isNotEmpty();
		for (SearchHit hit : results.hits()) {
			int doc = snapshot.doc(hit.entry().ref());
			float expected = snapshot.searcher().explain(query, doc).getValue().floatValue();
			assertThat(hit.score()).as("%s: %s", text, hit.entry().ref()).isCloseTo(expected, Offset.offset(1e-4f));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "crime", "young people", "kids therapy", "high blood pressure", "crime -prison",
			"\"street lighting\" -cctv", "flu jab", "cameras car parks", "asb", "older people falls",
			"\"young people\" mentoring", "-crime", "pupils -\"small group\"", "tuition catch up",
			"nothing matches xyzzy", "behaviour school reading feedback" })
	void findsExactlyWhatTheQueryMatches(String text) throws IOException {
		for (boolean allTerms : new boolean[] { true, false }) {
			Query query = search.buildQuery(snapshot, QueryText.parse(text), allTerms, true).query();
			TreeSet<Integer> expected = byLucene(snapshot.searcher(), query);
			assertThat(byBitSets(snapshot.searcher(), query)).as("%s (all terms %s): %s", text, allTerms, query)
				.isEqualTo(expected);
		}
	}

	/**
	 * Counting from bit sets (where most of a segment matches, from the segment's totals
	 * less the documents that do not) gives the totals, facet counts and passing
	 * documents of counting each match as Lucene finds it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "-crime", "-prison", "crime", "older people falls", "nothing matches xyzzy" })
	void countsFromBitSetsEqualCountsOfEachMatch(String text) throws IOException {
		List<Map<String, Set<String>>> filterings = List.of(Map.of(), Map.of(Facets.CENTRE, Set.of("alpha", "beta")));
		for (Map<String, Set<String>> filters : filterings) {
			Query query = search.buildQuery(snapshot, QueryText.parse(text), true, true).query();
			FacetCollector.Result expected = snapshot.searcher()
				.search(query, new FacetCollector.Manager(snapshot, filters));
			FacetCollector.Result actual = MatchingDocs.collect(snapshot.searcher(), query,
					new FacetCollector.Manager(snapshot, filters));
			assertThat(actual.total()).as("%s %s", text, filters).isEqualTo(expected.total());
			assertThat(actual.counts()).as("%s %s", text, filters).isEqualTo(expected.counts());
			assertThat(actual.passing()).as("%s %s", text, filters).isEqualTo(expected.passing());
		}
	}

}
