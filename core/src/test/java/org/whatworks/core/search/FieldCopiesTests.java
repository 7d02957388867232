package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query copied to another field equals the query analysed for that field, for every
 * judged query over the real content's synonyms and for hostile shapes.
 */
class FieldCopiesTests {

	@Test
	void copiesEqualWhatAnalysingEachFieldGives() throws IOException {
		SearchAnalysis analysis = SearchAnalysis.of(RelevanceTests.realContent());
		QueryBuilder synonyms = new QueryBuilder(analysis.query());
		synonyms.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
		QueryBuilder exact = new QueryBuilder(analysis.index());
		List<String> texts = new ArrayList<>();
		RelevanceTests.judged().forEach((judged) -> texts.add(judged.query()));
		texts.addAll(List.of("the", "a b c", "street lighting", "flu jab", "kids kids kids", "ASB CCTV",
				"over 50s back to work", "high blood pressure in over 65s", "behavior programme neighborhood",
				"\u05e9\u05dc\u05d5\u05dd reading", "x".repeat(300)));
		int copied = 0;
		for (String text : texts) {
			for (String field : List.of(IndexFields.TITLE, IndexFields.SUMMARY, IndexFields.TERMS)) {
				assertThat(FieldCopies.onField(exact.createBooleanQuery(IndexFields.ALL, text), field)).as(text)
					.isEqualTo(exact.createBooleanQuery(field, text));
				assertThat(FieldCopies.onField(exact.createPhraseQuery(IndexFields.ALL, text, 2), field, 1)).as(text)
					.isEqualTo(exact.createPhraseQuery(field, text, 1));
				assertThat(FieldCopies.anyWordOnField(
						synonyms.createBooleanQuery(IndexFields.ALL, text, BooleanClause.Occur.MUST), field))
					.as(text)
					.isEqualTo(synonyms.createBooleanQuery(field, text));
				copied++;
			}
		}
		assertThat(copied).isGreaterThan(300);
	}

}
