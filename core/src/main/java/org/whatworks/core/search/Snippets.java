package org.whatworks.core.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets for the hits of one page: the best two sentences of an entry's
 * summary and body that match, matches in {@code <mark>}, the rest escaped. Offsets come
 * from the postings of {@code all} (no re-analysis); the text and its sentences come from
 * the snapshot, which finds them once per entry, not from stored fields.
 */
final class Snippets extends UnifiedHighlighter {

	private static final int PASSAGES = 2;

	private final Snapshot snapshot;

	/** The sentences of each text handed to the highlighter, by identity. */
	private final Map<String, int[]> sentences = new IdentityHashMap<>();

	Snippets(Snapshot snapshot) {
		super(UnifiedHighlighter.builder(snapshot.searcher(), snapshot.analysis().index())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2026 ", true))
			.withMaxNoHighlightPassages(0)
			.withMaxLength(Snapshot.HIGHLIGHT_LENGTH)
			.withScorer(new PassageScores()));
		this.snapshot = snapshot;
	}

	/** A snippet for each document, in order; null where nothing matched. */
	String[] of(Query query, int[] docs) throws IOException {
		// `all` indexes the title and terms after the summary and body, so their matches
		// fall past the end of the text and are ignored
		return highlightFields(new String[] { IndexFields.ALL }, query, docs, new int[] { PASSAGES })
			.get(IndexFields.ALL);
	}

	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
			throws IOException {
		List<CharSequence[]> values = new ArrayList<>();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			Snapshot.Highlightable highlightable = this.snapshot.highlightable(doc);
			this.sentences.put(highlightable.text(), highlightable.sentences());
			CharSequence[] perField = new CharSequence[fields.length];
			Arrays.fill(perField, highlightable.text());
			values.add(perField);
		}
		return values;
	}

	@Override
	protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy offsets, BreakIterator unused,
			PassageScorer scorer, int maxPassages, int maxNoHighlightPassages, PassageFormatter formatter,
			Comparator<Passage> order) {
		SentenceBreaks breaks = new SentenceBreaks();
		return new FieldHighlighter(field, offsets, breaks, scorer, maxPassages, maxNoHighlightPassages, formatter,
				order) {

			@Override
			public Object highlightFieldForDoc(LeafReader leaf, int doc, String content) throws IOException {
				// the highlighter passes on the very string loadFieldValues gave it
				breaks.expect(Snippets.this.sentences.get(content));
				return super.highlightFieldForDoc(leaf, doc, content);
			}

		};
	}

	@Override
	protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
		if (offsetSource == OffsetSource.POSTINGS
				&& components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
			return new OneWeightPostings(components);
		}
		return super.getOffsetStrategy(offsetSource, components);
	}

	/**
	 * Offsets from the postings, as Lucene's own strategy finds them, but with one weight
	 * of the query per segment instead of one per document: Lucene rewrites the query and
	 * builds its weight (every term looked up again) for each hit, which was most of the
	 * time of highlighting a page.
	 */
	private static final class OneWeightPostings extends PostingsOffsetStrategy {

		private LeafReader weighed;

		private LeafReader filtered;

		private Weight weight;

		OneWeightPostings(UHComponents components) {
			super(components);
		}

		@Override
		protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int doc, List<OffsetsEnum> results)
				throws IOException {
			if (leafReader != this.weighed) {
				UHComponents components = this.components;
				LeafReader fieldMatching = new FilterLeafReader(leafReader) {

					@Override
					public Terms terms(String field) throws IOException {
						return super.terms(components.getFieldMatcher().test(field) ? components.getField() : field);
					}

					@Override
					public CacheHelper getCoreCacheHelper() {
						return null;
					}

					@Override
					public CacheHelper getReaderCacheHelper() {
						return null;
					}

				};
				IndexSearcher searcher = new IndexSearcher(fieldMatching);
				searcher.setQueryCache(null);
				this.weight = searcher.rewrite(components.getQuery())
					.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
				this.filtered = fieldMatching;
				this.weighed = leafReader;
			}
			Matches matches = this.weight.matches(this.filtered.getContext(), doc);
			if (matches == null) {
				return;
			}
			for (String field : matches) {
				if (this.components.getFieldMatcher().test(field)) {
					MatchesIterator iterator = matches.getMatches(field);
					if (iterator != null) {
						results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
					}
				}
			}
		}

	}

}
