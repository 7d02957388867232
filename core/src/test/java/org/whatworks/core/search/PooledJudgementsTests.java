package org.whatworks.core.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EvidenceEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pooled re-judging of the user query set ({@code search/user-queries-rejudged.csv}),
 * done as TREC does: for every query, the top 10 of the search and the top 10 of a plain
 * baseline (Lucene's English analyzer over title, summary and body, every word optional,
 * no synonyms, no boosts) are pooled, and every pooled entry the set did not list was
 * judged by the rule in docs/search.md. Writes the pool to
 * {@code target/search-pool/user-queries-pool.tsv} (query, entry, ranks, judgement,
 * title, summary) for the next pass.
 */
class PooledJudgementsTests {

	/**
	 * A judgement of the re-judging pass: + relevant, - listed but not relevant, n not
	 * relevant.
	 */
	record Rejudged(String query, String ref, String verdict, String reason) {
	}

	static List<Rejudged> rejudged() throws IOException {
		List<Rejudged> rows = new ArrayList<>();
		for (String[] parts : RelevanceTests.csvRows("/search/user-queries-rejudged.csv", 4)) {
			rows.add(new Rejudged(parts[0].strip(), parts[1].strip(), parts[2].strip(),
					(parts.length > 3) ? parts[3].strip() : ""));
		}
		return rows;
	}

	/** The user queries with the re-judging applied: + rows added, - rows removed. */
	static List<RelevanceTests.UserQuery> rejudgedQueries() throws IOException {
		Map<String, List<Rejudged>> byQuery = new HashMap<>();
		for (Rejudged r : rejudged()) {
			byQuery.computeIfAbsent(r.query(), (k) -> new ArrayList<>()).add(r);
		}
		List<RelevanceTests.UserQuery> out = new ArrayList<>();
		for (RelevanceTests.UserQuery q : RelevanceTests.userQueries()) {
			Set<String> expected = new LinkedHashSet<>(q.expected());
			for (Rejudged r : byQuery.getOrDefault(q.query(), List.of())) {
				if (r.verdict().equals("+")) {
					expected.add(r.ref());
				}
				else if (r.verdict().equals("-")) {
					expected.remove(r.ref());
				}
			}
			out.add(new RelevanceTests.UserQuery(q.half(), q.type(), q.centre(), q.query(), List.copyOf(expected)));
		}
		return out;
	}

	@Test
	void everyRejudgementNamesAQueryAndAnEntryAndChangesSomething() throws IOException {
		EvidenceCatalogue catalogue = RelevanceTests.realContent();
		assumeTrue(catalogue.centres().size() == RelevanceTests.CENTRES.size(), "the six centres' content is needed");
		Set<String> refs = new HashSet<>();
		catalogue.entries().forEach((e) -> refs.add(e.ref().toString()));
		Map<String, RelevanceTests.UserQuery> queries = new HashMap<>();
		for (RelevanceTests.UserQuery q : RelevanceTests.userQueries()) {
			queries.put(q.query(), q);
		}
		Set<String> seen = new HashSet<>();
		for (Rejudged r : rejudged()) {
			assertThat(queries).as("query of %s", r).containsKey(r.query());
			assertThat(refs).as("entry of %s", r).contains(r.ref());
			assertThat(r.verdict()).as("verdict of %s", r).isIn("+", "-", "n");
			assertThat(seen.add(r.query() + "|" + r.ref())).as("judged once: %s", r).isTrue();
			boolean listed = queries.get(r.query()).expected().contains(r.ref());
			if (r.verdict().equals("-")) {
				assertThat(listed).as("a removed judgement was listed: %s", r).isTrue();
				assertThat(r.reason()).as("reason of %s", r).isNotBlank();
			}
			else {
				assertThat(listed).as("a pooled judgement was not listed: %s", r).isFalse();
				if (r.verdict().equals("+")) {
					assertThat(r.reason()).as("reason of %s", r).isNotBlank();
				}
			}
		}
		for (RelevanceTests.UserQuery q : rejudgedQueries()) {
			assertThat(q.expected()).as("relevant entries of %s", q.query()).isNotEmpty();
		}
	}

	/** Writes the pool and counts the pooled entries with no judgement yet. */
	@Test
	void poolOfSearchAndBaseline() throws IOException {
		EvidenceCatalogue catalogue = RelevanceTests.realContent();
		assumeTrue(catalogue.centres().size() == RelevanceTests.CENTRES.size(), "the six centres' content is needed");
		Map<String, EvidenceEntry> byRef = new LinkedHashMap<>();
		catalogue.entries().forEach((e) -> byRef.put(e.ref().toString(), e));
		Map<String, String> judged = new HashMap<>();
		for (Rejudged r : rejudged()) {
			judged.put(r.query() + "|" + r.ref(), r.verdict());
		}
		StringBuilder tsv = new StringBuilder(
				"half\tquery\tref\tsearch rank\tbaseline rank\tjudgement\ttitle\tsummary\n");
		int pooled = 0;
		int unjudged = 0;
		try (LuceneEvidenceSearch search = new LuceneEvidenceSearch(catalogue);
				Baseline baseline = new Baseline(byRef)) {
			for (RelevanceTests.UserQuery q : RelevanceTests.userQueries()) {
				List<String> top = search.search(new SearchRequest(q.query(), Map.of(), SortOrder.RELEVANCE, 1, 10))
					.hits()
					.stream()
					.map((hit) -> hit.entry().ref().toString())
					.toList();
				List<String> base = baseline.top(q.query(), 10);
				Set<String> pool = new LinkedHashSet<>(top);
				pool.addAll(base);
				for (String ref : pool) {
					pooled++;
					String verdict = q.expected().contains(ref) ? "listed"
							: judged.getOrDefault(q.query() + "|" + ref, "?");
					if (verdict.equals("?")) {
						unjudged++;
					}
					EvidenceEntry e = byRef.get(ref);
					String summary = (e.summary() != null) ? e.summary().replaceAll("\\s+", " ") : "";
					tsv.append(String.join("\t", q.half(), q.query(), ref, String.valueOf(top.indexOf(ref) + 1),
							String.valueOf(base.indexOf(ref) + 1), verdict, e.title(), summary))
						.append('\n');
				}
			}
		}
		Path out = Path.of("target", "search-pool", "user-queries-pool.tsv");
		Files.createDirectories(out.getParent());
		Files.writeString(out, tsv);
		System.out.printf("Pool of the user queries: %d pooled entries, %d with no judgement; written to %s%n", pooled,
				unjudged, out);
		assertThat(pooled).isGreaterThan(RelevanceTests.userQueries().size());
	}

	/** BM25 over title, summary and body with Lucene's English analyzer; any word. */
	static final class Baseline implements AutoCloseable {

		private final Analyzer analyzer = new EnglishAnalyzer();

		private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

		private final DirectoryReader reader;

		Baseline(Map<String, EvidenceEntry> entries) throws IOException {
			try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
				for (EvidenceEntry e : entries.values()) {
					Document doc = new Document();
					doc.add(new StringField("ref", e.ref().toString(), Field.Store.YES));
					doc.add(new TextField("text", e.title() + "\n" + DocumentFactory.highlightText(e), Field.Store.NO));
					writer.addDocument(doc);
				}
			}
			this.reader = DirectoryReader.open(this.directory);
		}

		List<String> top(String query, int n) throws IOException {
			BooleanQuery.Builder builder = new BooleanQuery.Builder();
			for (String term : SearchAnalysis.terms(this.analyzer, "text", query)) {
				builder.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.SHOULD);
			}
			IndexSearcher searcher = new IndexSearcher(this.reader);
			List<String> refs = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(builder.build(), n).scoreDocs) {
				refs.add(searcher.storedFields().document(hit.doc).get("ref"));
			}
			return refs;
		}

		@Override
		public void close() throws IOException {
			this.reader.close();
			this.directory.close();
			this.analyzer.close();
		}

	}

}
