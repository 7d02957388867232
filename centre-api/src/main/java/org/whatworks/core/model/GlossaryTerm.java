package org.whatworks.core.model;

import java.util.List;

/**
 * A word or abbreviation a centre's users type, with what it means: shown as a glossary
 * on the centre's page and, when a query uses it, as a hint beside the results; its
 * {@code means} are searched as synonyms of the term.
 *
 * @param term the word, abbreviation or everyday phrase as people type it (never blank)
 * @param means the centre's words for it, searched as synonyms (may be empty)
 * @param definition what it means, in plain words (never blank)
 */
public record GlossaryTerm(String term, List<String> means, String definition) {

	public GlossaryTerm {
		means = List.copyOf(means);
	}

}
