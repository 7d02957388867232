package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the typed words with each word no entry has replaced by the nearest
 * one.
 */
final class DidYouMean {

	private DidYouMean() {
	}

	/** The corrected words, or null if no word needed (or had) a correction. */
	static String of(Snapshot snapshot, String words) throws IOException {
		DirectSpellChecker checker = new DirectSpellChecker();
		List<String> typed = SearchAnalysis.terms(snapshot.analysis().spell(), IndexFields.SPELL, words);
		boolean changed = false;
		List<String> corrected = new ArrayList<>();
		for (String word : typed) {
			String better = word;
			if (word.length() >= 3 && !word.chars().allMatch(Character::isDigit)
					&& snapshot.reader().docFreq(new Term(IndexFields.SPELL, word)) == 0) {
				SuggestWord[] suggestions = checker.suggestSimilar(new Term(IndexFields.SPELL, word), 1,
						snapshot.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (suggestions.length > 0) {
					better = suggestions[0].string;
					changed = true;
				}
			}
			corrected.add(better);
		}
		return changed ? String.join(" ", corrected) : null;
	}

}
