package org.whatworks.core.search;

import java.util.List;
import java.util.Map;

import org.whatworks.core.model.EntryRef;

/**
 * A type-ahead suggestion, and where it leads as a reference, not a URL: the channels
 * turn it into their own links.
 *
 * @param text the suggested text
 * @param kind {@code entry} for an entry title, {@code term} for a taxonomy or network
 * term
 * @param entry the entry an {@code entry} suggestion leads to, otherwise null
 * @param search the search parameters (see {@link SearchParameters}) a {@code term}
 * suggestion leads to, otherwise empty
 */
public record Suggestion(String text, String kind, EntryRef entry, Map<String, List<String>> search) {

	public Suggestion {
		search = (search != null) ? Map.copyOf(search) : Map.of();
	}

	/** A suggestion of an entry by its title. */
	public static Suggestion ofEntry(String title, EntryRef entry) {
		return new Suggestion(title, "entry", entry, null);
	}

	/** A suggestion of a term, leading to a search with one parameter. */
	public static Suggestion ofTerm(String label, String parameter, String value) {
		return new Suggestion(label, "term", null, Map.of(parameter, List.of(value)));
	}

}
