package org.whatworks.core.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets are cheaper than the highlighter's defaults but must read the same: the same
 * sentence boundaries as the JDK's, the same passage scores as Lucene's, so the same
 * snippets.
 */
class SnippetsTests {

	private static final List<String> TEXTS = List.of("", "One sentence without a stop",
			"Tutoring works. It adds five months! Does it? Yes.",
			"Mr. Smith paid £1.50 for e.g. a pen. Then he left.\nA new line starts here.",
			"\"Quoted.\" (Bracketed.) Then more... and more.  Two spaces.   ",
			"Ends with a break\n\n\nAnd starts again. 1. A numbered point. 2. Another.");

	@Test
	void sentenceBreaksAnswerAsTheJdkDoes() {
		for (String text : TEXTS) {
			for (boolean known : new boolean[] { false, true }) {
				SentenceBreaks ours = new SentenceBreaks();
				if (known) {
					ours.expect(SentenceBreaks.find(text));
				}
				ours.setText(text);
				BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
				jdk.setText(text);
				assertThat(walk(ours)).as(text).isEqualTo(walk(jdk));
				for (int offset = 0; offset <= text.length(); offset++) {
					assertThat(ours.following(offset)).as("following %d in %s", offset, text)
						.isEqualTo(jdk.following(offset));
					assertThat(ours.current()).isEqualTo(jdk.current());
					assertThat(ours.preceding(offset)).as("preceding %d in %s", offset, text)
						.isEqualTo(jdk.preceding(offset));
					assertThat(ours.current()).isEqualTo(jdk.current());
					assertThat(ours.isBoundary(offset)).isEqualTo(jdk.isBoundary(offset));
				}
			}
		}
	}

	@Test
	void boundariesFoundForAnotherTextAreNotUsed() {
		SentenceBreaks breaks = new SentenceBreaks();
		breaks.expect(SentenceBreaks.find("Short. Text."));
		breaks.setText("A longer text. With other sentences. Three of them.");
		assertThat(walk(breaks)).containsExactly(0, 15, 37, 51);
	}

	@Test
	void passageScoresEqualLucenesDefault() {
		Random random = new Random(7);
		BytesRef[] terms = { new BytesRef("read"), new BytesRef("phonic"), new BytesRef("tutor"),
				new BytesRef("school") };
		for (int round = 0; round < 500; round++) {
			Passage passage = new Passage();
			int start = random.nextInt(2_000);
			int matches = 1 + random.nextInt(8);
			passage.setStartOffset(start);
			passage.setEndOffset(start + 30 * matches + random.nextInt(50));
			for (int i = 0; i < matches; i++) {
				int at = start + 30 * i + random.nextInt(20);
				passage.addMatch(at, at + 4, terms[random.nextInt(terms.length)], 1 + random.nextInt(20));
			}
			int contentLength = passage.getEndOffset() + random.nextInt(5_000);
			assertThat(new PassageScores().score(passage, contentLength)).as("passage %s", passage)
				.isEqualTo(new PassageScorer().score(passage, contentLength));
		}
	}

	@Test
	void snippetsEqualThoseOfTheHighlightersDefaults() throws IOException {
		Snapshot snapshot = Snapshot.build(SearchFixture.catalogue(), SearchSettings.inMemory(), 1, null);
		try {
			int[] docs = new int[snapshot.reader().maxDoc()];
			Arrays.setAll(docs, (doc) -> doc);
			LuceneEvidenceSearch search = new LuceneEvidenceSearch(SearchFixture.catalogue());
			int highlighted = 0;
			for (String words : List.of("tutoring", "summer holidays", "behavior", "crime", "reading phonics",
					"children")) {
				Query query = search.buildQuery(snapshot, QueryText.parse(words), false, true).highlight();
				String[] ours = new Snippets(snapshot).of(query, docs);
				String[] lucene = defaults(snapshot)
					.highlightFields(new String[] { IndexFields.ALL }, query, docs, new int[] { 2 })
					.get(IndexFields.ALL);
				assertThat(ours).as(words).containsExactly(lucene);
				highlighted += (int) Arrays.stream(ours).filter((snippet) -> snippet != null).count();
			}
			assertThat(highlighted).isGreaterThan(5);
			search.close();
		}
		finally {
			snapshot.release();
		}
	}

	private static UnifiedHighlighter defaults(Snapshot snapshot) {
		UnifiedHighlighter.Builder builder = UnifiedHighlighter
			.builder(snapshot.searcher(), snapshot.analysis().index())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2026 ", true))
			.withMaxNoHighlightPassages(0)
			.withMaxLength(Snapshot.HIGHLIGHT_LENGTH);
		return new UnifiedHighlighter(builder) {

			@Override
			protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
					throws IOException {
				List<CharSequence[]> values = new ArrayList<>();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					values.add(new CharSequence[] { snapshot.highlightable(doc).text() });
				}
				return values;
			}

		};
	}

	private static List<Integer> walk(BreakIterator breaks) {
		List<Integer> boundaries = new ArrayList<>();
		for (int at = breaks.first(); at != BreakIterator.DONE; at = breaks.next()) {
			boundaries.add(at);
		}
		List<Integer> backwards = new ArrayList<>();
		for (int at = breaks.last(); at != BreakIterator.DONE; at = breaks.previous()) {
			backwards.add(0, at);
		}
		assertThat(backwards).isEqualTo(boundaries);
		return boundaries;
	}

}
