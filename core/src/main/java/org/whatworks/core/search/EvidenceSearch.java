package org.whatworks.core.search;

import java.util.List;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

/**
 * The one search service the site and the API share. Implementations are thread-safe and
 * serve every call from a consistent snapshot of the content, even while it is reloaded.
 */
public interface EvidenceSearch {

	/**
	 * Searches every loaded centre. Never fails on what a user typed.
	 * @param request the search
	 * @return results, facets and a spelling suggestion
	 */
	SearchResults search(SearchRequest request);

	/**
	 * Type-ahead suggestions from entry titles and taxonomy terms for what a user has
	 * typed so far.
	 * @param prefix the text typed so far
	 * @param limit the most suggestions to return
	 * @return suggestions, best first
	 */
	List<Suggestion> suggest(String prefix, int limit);

	/**
	 * Entries related to an entry from other centres: its explicit cross-links first,
	 * then the most similar entries of other centres.
	 * @param ref the entry
	 * @param limit the most entries to return
	 * @return related entries, none from the entry's own centre unless explicitly linked
	 */
	List<EvidenceEntry> related(EntryRef ref, int limit);

}
