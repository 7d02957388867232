package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
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
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The any-word count of a word weighs the word's rarity: an entry with the rare, telling
 * word of a query ranks above entries with only its common word.
 */
class WordCoordQueryTests {

	@Test
	void aRareWordCountsForMoreThanACommonOne() throws IOException {
		try (ByteBuffersDirectory directory = index("kids kids kids", "kids at home", "kids at school",
				"kids and parents", "told off", "grown ups")) {
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				TermQuery kids = new TermQuery(new Term(IndexFields.ALL, "kids"));
				TermQuery told = new TermQuery(new Term(IndexFields.ALL, "told"));
				double common = WordCoordQuery.rarity(searcher, kids);
				double rare = WordCoordQuery.rarity(searcher, told);
				assertThat(rare).isGreaterThan(2 * common);
				// rewritten to a constant score: coord times the rarity, matched like the
				// word
				assertThat(searcher.rewrite(new WordCoordQuery(told, 3f)))
					.isEqualTo(new BoostQuery(new ConstantScoreQuery(told), (float) (3 * rare)));
				BooleanQuery query = new BooleanQuery.Builder()
					.add(new WordCoordQuery(kids, 3f), BooleanClause.Occur.SHOULD)
					.add(new WordCoordQuery(told, 3f), BooleanClause.Occur.SHOULD)
					.build();
				assertThat(top(searcher, query)).first().isEqualTo("told off");
				assertThat(searcher.count(query)).isEqualTo(5);
			}
		}
	}

	@Test
	void aWordWithSynonymsCountsByItsRarestForm() throws IOException {
		try (ByteBuffersDirectory directory = index("children", "children", "children", "youngsters")) {
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				SynonymQuery both = new SynonymQuery.Builder(IndexFields.ALL)
					.addTerm(new Term(IndexFields.ALL, "children"))
					.addTerm(new Term(IndexFields.ALL, "youngsters"))
					.build();
				assertThat(WordCoordQuery.rarity(searcher, both))
					.isEqualTo(WordCoordQuery.rarity(searcher, new TermQuery(new Term(IndexFields.ALL, "youngsters"))));
				assertThat(WordCoordQuery.rarity(searcher, new TermQuery(new Term(IndexFields.ALL, "absent"))))
					.isZero();
			}
		}
	}

	private static ByteBuffersDirectory index(String... texts) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (String text : texts) {
				Document doc = new Document();
				doc.add(new StringField(IndexFields.REF, text, Field.Store.YES));
				doc.add(new TextField(IndexFields.ALL, text, Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		return directory;
	}

	private static List<String> top(IndexSearcher searcher, BooleanQuery query) throws IOException {
		List<String> refs = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
			refs.add(searcher.storedFields().document(hit.doc).get(IndexFields.REF));
		}
		return refs;
	}

}
