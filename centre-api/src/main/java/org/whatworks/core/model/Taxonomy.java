package org.whatworks.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A centre's own hierarchical vocabulary, such as phase, crime type or setting.
 *
 * @param id the taxonomy id, unique within the centre
 * @param name the name shown to people
 * @param terms the top-level terms
 */
public record Taxonomy(String id, String name, List<Term> terms) {

	public Taxonomy {
		terms = List.copyOf(terms);
	}

	/** Every term at every depth, parents before their children. */
	public List<Term> allTerms() {
		List<Term> all = new ArrayList<>();
		collect(this.terms, all);
		return all;
	}

	/** The term with this id at any depth. */
	public Optional<Term> term(String termId) {
		return allTerms().stream().filter((term) -> term.id().equals(termId)).findFirst();
	}

	private static void collect(List<Term> terms, List<Term> into) {
		for (Term term : terms) {
			into.add(term);
			collect(term.children(), into);
		}
	}

}
