package org.whatworks.core.model;

import java.util.List;

/**
 * A term of a centre taxonomy, possibly with narrower terms.
 *
 * @param id the term id, unique within its taxonomy
 * @param label the label shown to people
 * @param synonyms other words people use for it (fed to search)
 * @param children narrower terms
 */
public record Term(String id, String label, List<String> synonyms, List<Term> children) {

	public Term {
		synonyms = List.copyOf(synonyms);
		children = List.copyOf(children);
	}

}
