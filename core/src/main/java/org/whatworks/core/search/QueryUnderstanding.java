package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import org.whatworks.core.model.GlossaryTerm;

/**
 * What a query means before it is matched: the words of a question and filler that would
 * otherwise have to match ("how can we", "what works to", "is it worth", "does ... work",
 * "actually") are left out of matching, except where they belong to a phrase the search
 * knows ("out of work", "early help"), and the glossary terms the query uses are found,
 * for a hint beside the results. Words the index does not know are corrected one by one
 * ({@link #corrections}). Never fails on any input.
 */
final class QueryUnderstanding {

	/** Openers of a question, longest first within each start word. */
	private static final List<List<String>> OPENERS = words("what works to", "what works for", "what works in",
			"what works with", "what works", "what can a", "what can an", "what can we", "what can i", "what can",
			"what should we", "what should", "what helps", "what help is there for", "what help is there",
			"what is the evidence on", "what is the evidence for", "what is the evidence", "what's the evidence on",
			"what's the evidence for", "what's the evidence", "whats the evidence", "what is the best way to",
			"what's the best way to", "what are the best ways to", "what is", "what's", "what are", "what do",
			"what does", "what", "how can we", "how can i", "how can you", "how can a", "how can", "how do we",
			"how do i", "how do you", "how do", "how does", "how to", "how should we", "how should", "how", "why do",
			"why does", "why", "which", "when", "where", "who", "is it worth funding", "is it worth investing in",
			"is it worth paying for", "is it worth spending on", "is it worth", "is there any evidence that",
			"is there any evidence for", "is there any evidence on", "is there evidence that", "is there evidence for",
			"is there evidence on", "is there any point in", "is there a way to", "is there", "is it", "is",
			"are there", "are", "does it help to", "does it help", "does", "do", "did", "can we", "can i", "can you",
			"can", "could we", "could", "should we be", "should we", "should i", "should", "would", "will", "has",
			"have", "best way to", "best ways to", "ways to", "how much does", "tell me about", "help with",
			"i need to know about", "i want to know about", "looking for", "evidence on", "evidence for",
			"evidence about");

	/** Words that only shape a question; left out of a question's matching. */
	private static final Set<String> QUESTION_WORDS = Set.of("do", "does", "did", "doing", "done", "can", "could",
			"should", "would", "will", "we", "i", "you", "us", "our", "my", "me", "it", "its", "there", "any",
			"anything", "something", "about", "work", "works", "working", "help", "helps", "helping", "effective",
			"effectively", "worth", "evidence", "good", "idea", "best", "way", "ways", "really", "actually", "get",
			"make", "makes", "thing", "things", "much", "more", "less", "fewer", "lot", "stuff", "try", "trying", "the",
			"a", "an", "to", "is", "are", "be", "been", "what", "how", "why", "which", "whether");

	/** Filler left out of any query. */
	/**
	 * Question words that are nouns after these words ("back into work", "ask for help").
	 */
	private static final Set<String> BEFORE_NOUN = Set.of("into", "to", "back", "of", "at", "in", "for", "from", "with",
			"out", "early", "extra", "more", "get");

	private static final Set<String> NOUN_OR_VERB = Set.of("work", "works", "working", "help", "helps", "helping");

	private static final Set<String> FILLER = Set.of("actually", "really", "basically", "please", "anything",
			"something", "stuff");

	private final List<List<String>> phrases;

	private final List<GlossaryTerm> glossary;

	private final List<List<String>> glossaryKeys;

	private QueryUnderstanding(List<List<String>> phrases, List<GlossaryTerm> glossary) {
		this.phrases = phrases;
		this.glossary = glossary;
		this.glossaryKeys = glossary.stream().map((term) -> normalised(term.term())).toList();
	}

	/**
	 * Understanding that keeps the words of these phrases (synonyms of several words,
	 * glossary terms) and finds these glossary terms.
	 */
	static QueryUnderstanding of(List<List<String>> synonymGroups, List<GlossaryTerm> glossary) {
		Set<List<String>> phrases = new LinkedHashSet<>();
		for (List<String> group : synonymGroups) {
			for (String phrase : group) {
				List<String> words = normalised(phrase);
				if (words.size() > 1) {
					phrases.add(words);
				}
			}
		}
		for (GlossaryTerm term : glossary) {
			List<String> words = normalised(term.term());
			if (words.size() > 1) {
				phrases.add(words);
			}
		}
		return new QueryUnderstanding(List.copyOf(phrases), List.copyOf(glossary));
	}

	/**
	 * The query to match: its plain words without a question's opener and shaping words
	 * or filler, keeping the words of known phrases. Phrases and exclusions are kept as
	 * they are; if nothing would be left, the words are kept as typed.
	 */
	QueryText strip(QueryText text) {
		if (text.words().isBlank()) {
			return text;
		}
		String[] tokens = text.words().split(" ");
		int n = tokens.length;
		String[] norm = new String[n];
		for (int i = 0; i < n; i++) {
			norm[i] = token(tokens[i]);
		}
		boolean[] keep = new boolean[n];
		boolean[] known = protectedWords(norm);
		int opener = opener(norm);
		boolean question = opener > 0 || text.words().endsWith("?");
		boolean dropped = false;
		for (int i = 0; i < n; i++) {
			boolean noun = NOUN_OR_VERB.contains(norm[i]) && i > 0 && BEFORE_NOUN.contains(norm[i - 1]);
			boolean drop = !known[i] && (i < opener || FILLER.contains(norm[i])
					|| (question && !noun && QUESTION_WORDS.contains(norm[i])) || norm[i].isEmpty());
			keep[i] = !drop;
			dropped |= drop;
		}
		if (!dropped) {
			return text;
		}
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < n; i++) {
			if (keep[i]) {
				if (!words.isEmpty()) {
					words.append(' ');
				}
				words.append(tokens[i]);
			}
		}
		if (words.toString().replace("?", "").isBlank()) {
			return text;
		}
		return new QueryText(words.toString(), text.phrases(), text.excludedWords(), text.excludedPhrases());
	}

	/** The glossary terms a query uses, in glossary order, each once. */
	List<GlossaryTerm> glossaryUsed(String query) {
		List<String> words = normalised(QueryText.clean(query));
		List<GlossaryTerm> used = new ArrayList<>();
		if (words.isEmpty()) {
			return used;
		}
		Set<String> seen = new LinkedHashSet<>();
		for (int t = 0; t < this.glossary.size(); t++) {
			List<String> key = this.glossaryKeys.get(t);
			if (!key.isEmpty() && indexOf(words, key, 0) >= 0
					&& seen.add(this.glossary.get(t).term().toLowerCase(Locale.ROOT))) {
				used.add(this.glossary.get(t));
			}
		}
		return used;
	}

	/**
	 * Corrections of the words of a query that the index does not know: each plain word
	 * of three letters or more (not a number) that neither it, its stem nor a synonym of
	 * it is in the index, mapped to the closest word of the index's spelling vocabulary.
	 * Empty when every word is known or none has a close spelling.
	 */
	static Map<String, String> corrections(IndexReader reader, SearchAnalysis analysis, String words)
			throws IOException {
		Map<String, String> corrections = new LinkedHashMap<>();
		DirectSpellChecker checker = null;
		for (String word : SearchAnalysis.terms(analysis.spell(), IndexFields.SPELL, words)) {
			if (word.length() < 3 || word.chars().allMatch(Character::isDigit) || corrections.containsKey(word)
					|| reader.docFreq(new Term(IndexFields.SPELL, word)) > 0) {
				continue;
			}
			// known once analysed (another spelling, a form, a synonym): not a typo
			List<String> analysed = SearchAnalysis.terms(analysis.query(), IndexFields.ALL, word);
			boolean known = analysed.isEmpty();
			for (String term : analysed) {
				known |= reader.docFreq(new Term(IndexFields.ALL, term)) > 0;
			}
			if (known) {
				continue;
			}
			if (checker == null) {
				checker = new DirectSpellChecker();
			}
			SuggestWord[] suggestions = checker.suggestSimilar(new Term(IndexFields.SPELL, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0) {
				corrections.put(word, suggestions[0].string);
			}
		}
		return corrections;
	}

	/**
	 * The words of a text with each correction applied (matched lower-case, whole words).
	 */
	static String corrected(String text, Map<String, String> corrections) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		int n = text.length();
		while (i < n) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				out.append(text.charAt(i++));
				continue;
			}
			int end = i;
			while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
				end++;
			}
			String word = text.substring(i, end);
			out.append(corrections.getOrDefault(word.toLowerCase(Locale.ROOT), word));
			i = end;
		}
		return out.toString();
	}

	/**
	 * The words a correction changed, as a map from each word as typed to its correction.
	 */
	static Map<String, String> changed(SearchAnalysis analysis, String words, String correction) {
		List<String> before = SearchAnalysis.terms(analysis.spell(), IndexFields.SPELL, words);
		List<String> after = SearchAnalysis.terms(analysis.spell(), IndexFields.SPELL, correction);
		Map<String, String> changed = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
			if (!before.get(i).equals(after.get(i))) {
				changed.put(before.get(i), after.get(i));
			}
		}
		return changed;
	}

	/**
	 * A query that searches the original words exactly: each corrected word in quotes, so
	 * it is not corrected again.
	 */
	static String exactly(String text, Map<String, String> corrections) {
		StringBuilder out = new StringBuilder();
		for (String token : text.strip().split("\\s+")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			String bare = token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
			out.append(corrections.containsKey(bare) && !token.contains("\"") ? "\"" + token + "\"" : token);
		}
		return out.toString();
	}

	private boolean[] protectedWords(String[] norm) {
		boolean[] known = new boolean[norm.length];
		List<String> words = List.of(norm);
		for (List<String> phrase : this.phrases) {
			int at = indexOf(words, phrase, 0);
			while (at >= 0) {
				for (int i = at; i < at + phrase.size(); i++) {
					known[i] = true;
				}
				at = indexOf(words, phrase, at + 1);
			}
		}
		return known;
	}

	/** How many words at the start are a question's opener (0 if none). */
	private static int opener(String[] norm) {
		List<String> words = List.of(norm);
		for (List<String> opener : OPENERS) {
			if (opener.size() < words.size() && words.subList(0, opener.size()).equals(opener)) {
				return opener.size();
			}
		}
		return 0;
	}

	private static int indexOf(List<String> words, List<String> phrase, int from) {
		for (int i = from; i + phrase.size() <= words.size(); i++) {
			if (words.subList(i, i + phrase.size()).equals(phrase)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A token lower-cased, without punctuation at its ends (keeping an inner apostrophe).
	 */
	static String token(String token) {
		String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		int start = 0;
		int end = lower.length();
		while (start < end && !Character.isLetterOrDigit(lower.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
			end--;
		}
		return lower.substring(start, end);
	}

	/** A phrase as lower-case words, split at anything that is not a letter or digit. */
	static List<String> normalised(String phrase) {
		List<String> words = new ArrayList<>();
		if (phrase == null) {
			return words;
		}
		for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
			String bare = token(word);
			if (!bare.isEmpty()) {
				words.add(bare);
			}
		}
		return words;
	}

	private static List<List<String>> words(String... phrases) {
		List<List<String>> list = new ArrayList<>();
		for (String phrase : phrases) {
			list.add(List.of(phrase.split(" ")));
		}
		// the longest opener that fits wins
		list.sort(java.util.Comparator.comparingInt((List<String> opener) -> -opener.size()));
		return List.copyOf(list);
	}

}
