package org.whatworks.core.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Joins word forms that the Porter stemmer leaves apart: an adjective and its noun
 * (violent, violence; anxious, anxiety; safe, safety), a verb and its -ion noun
 * (intervene, intervention; reduce, reduction) and irregular plurals (child, children).
 * The list is of whole words; each word's Porter stem is mapped to the stem of the first
 * word of its group, so every inflection the stemmer already joins is joined too. Only
 * forms that mean the same thing are listed (not "poor" and "poverty", which are often
 * apart: "poor outcomes"), and a group is listed only when the stemmer splits it
 * ({@code SearchAnalysisTests} checks both).
 */
final class DerivationalForms {

	/** Groups of forms of one word; the first is the form all others are searched as. */
	static final List<List<String>> GROUPS = List.of(List.of("violence", "violent", "violently"),
			List.of("finance", "financial", "financially"), List.of("economy", "economic", "economics", "economical"),
			List.of("anxiety", "anxious", "anxieties"), List.of("employment", "employ", "employed"),
			List.of("unemployment", "unemployed"), List.of("therapy", "therapeutic", "therapies"),
			List.of("safety", "safe", "safer"), List.of("absence", "absent"),
			List.of("exclusion", "exclude", "excluded", "excluding"), List.of("inclusion", "include", "inclusive"),
			List.of("health", "healthy", "healthier"), List.of("crime", "criminal", "criminals"),
			List.of("offending", "offence", "offences", "offense"),
			List.of("strength", "strong", "stronger", "strengthen", "strengthening"),
			List.of("intervention", "intervene", "interventions"), List.of("reduction", "reduce", "reducing"),
			List.of("provision", "provide"), List.of("prescription", "prescribe", "prescribing"),
			List.of("pregnancy", "pregnant"), List.of("literacy", "literate"), List.of("numeracy", "numerate"),
			List.of("psychology", "psychologist", "psychologists"), List.of("surgery", "surgical"),
			List.of("hospital", "hospitalisation"), List.of("frequency", "frequent"),
			List.of("competition", "compete", "competitive"), List.of("behaviour", "behave"),
			List.of("diet", "dietary"), List.of("nutrition", "nutritious"), List.of("deterrence", "deter"),
			List.of("diagnosis", "diagnose", "diagnostic"), List.of("smoking", "smoker", "smokers"),
			List.of("drinking", "drinker", "drinkers"), List.of("training", "trainee", "trainees"),
			List.of("apprenticeship", "apprentice", "apprentices"), List.of("child", "children"),
			List.of("treatment", "treat", "treated"), List.of("decision", "decide"),
			List.of("referral", "refer", "referred"), List.of("benefit", "beneficial"), List.of("woman", "women"),
			List.of("man", "men"), List.of("person", "people"));

	private static final Map<String, String> STEMS = stems();

	private DerivationalForms() {
	}

	/** The stem a Porter stem is searched as: itself unless it is listed. */
	static String join(String stem) {
		return STEMS.getOrDefault(stem, stem);
	}

	/** The Porter stem of one lower-case word. */
	static String porter(String word) {
		try (Tokenizer tokenizer = new WhitespaceTokenizer(); TokenStream stream = new PorterStemFilter(tokenizer)) {
			tokenizer.setReader(new StringReader(word));
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			String stem = stream.incrementToken() ? term.toString() : word;
			stream.end();
			return stem;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> stems() {
		Map<String, String> stems = new HashMap<>();
		for (List<String> group : GROUPS) {
			String target = porter(group.get(0));
			for (String word : group.subList(1, group.size())) {
				String stem = porter(word);
				if (!stem.equals(target)) {
					stems.put(stem, target);
				}
			}
		}
		return Map.copyOf(stems);
	}

	/** Replaces each listed stem with the stem of its group; after Porter stemming. */
	static final class Filter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

		Filter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (!this.keyword.isKeyword() && this.term.length() <= 16) {
				String joined = STEMS.get(this.term.toString());
				if (joined != null) {
					this.term.setEmpty().append(joined);
				}
			}
			return true;
		}

	}

}
