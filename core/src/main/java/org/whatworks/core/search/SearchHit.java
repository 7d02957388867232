package org.whatworks.core.search;

import java.util.List;

import org.whatworks.core.model.EvidenceEntry;

/**
 * One result.
 *
 * @param entry the entry
 * @param score the relevance score (0 when not sorted by relevance)
 * @param highlights snippets of matching text as HTML: text escaped, matches in
 * {@code <mark>}; empty when the query is blank
 */
public record SearchHit(EvidenceEntry entry, float score, List<String> highlights) {

	public SearchHit {
		highlights = List.copyOf(highlights);
	}

}
