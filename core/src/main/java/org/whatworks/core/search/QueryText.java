package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, taken apart without ever failing: text in double quotes is a phrase,
 * a word or phrase with a leading minus is excluded, and everything else, including any
 * query syntax, is plain words whose punctuation the analyzer drops.
 *
 * @param words the plain words, in order, separated by spaces
 * @param phrases the quoted phrases
 * @param excludedWords words to exclude
 * @param excludedPhrases phrases to exclude
 */
record QueryText(String words, List<String> phrases, List<String> excludedWords, List<String> excludedPhrases) {

	QueryText {
		phrases = List.copyOf(phrases);
		excludedWords = List.copyOf(excludedWords);
		excludedPhrases = List.copyOf(excludedPhrases);
	}

	/** Whether nothing positive was asked for. */
	boolean isBlank() {
		return this.words.isBlank() && this.phrases.isEmpty();
	}

	/** The same query with other plain words. */
	QueryText withWords(String other) {
		return new QueryText(other, this.phrases, this.excludedWords, this.excludedPhrases);
	}

	/** Takes a query apart. */
	static QueryText parse(String query) {
		String text = clean(query);
		StringBuilder words = new StringBuilder();
		List<String> phrases = new ArrayList<>();
		List<String> excludedWords = new ArrayList<>();
		List<String> excludedPhrases = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean exclude = false;
			if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
				exclude = true;
				i++;
				c = text.charAt(i);
			}
			if (c == '"') {
				int close = text.indexOf('"', i + 1);
				if (close > i) {
					String phrase = text.substring(i + 1, close).strip();
					if (!phrase.isEmpty()) {
						(exclude ? excludedPhrases : phrases).add(phrase);
					}
					i = close + 1;
					continue;
				}
				// an unbalanced quote: the rest is plain words
				i++;
				continue;
			}
			int end = i;
			while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
				end++;
			}
			String word = text.substring(i, end);
			if (exclude) {
				excludedWords.add(word);
			}
			else {
				if (!words.isEmpty()) {
					words.append(' ');
				}
				words.append(word);
			}
			i = end;
		}
		return new QueryText(words.toString(), phrases, excludedWords, excludedPhrases);
	}

	/** Control and format characters become spaces; curly quotes become straight ones. */
	static String clean(String query) {
		if (query == null) {
			return "";
		}
		String text = (query.length() > 2000) ? query.substring(0, 2000) : query;
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
				out.append('"');
			}
			else if (c == '\u2212' || c == '\u2013') {
				out.append('-');
			}
			else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

}
