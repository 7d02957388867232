package org.whatworks.network;

import java.util.List;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.core.search.SearchResults;
import org.whatworks.core.search.Suggestion;

/**
 * The {@link EvidenceSearch} bean: every call goes to the index of the content being
 * served now, so callers never hold on to an index that a reload has replaced.
 */
final class CurrentEvidenceSearch implements EvidenceSearch {

	private final NetworkContent content;

	CurrentEvidenceSearch(NetworkContent content) {
		this.content = content;
	}

	@Override
	public SearchResults search(SearchRequest request) {
		return this.content.search().search(request);
	}

	@Override
	public List<Suggestion> suggest(String prefix, int limit) {
		return this.content.search().suggest(prefix, limit);
	}

	@Override
	public List<EvidenceEntry> related(EntryRef ref, int limit) {
		return this.content.search().related(ref, limit);
	}

}
