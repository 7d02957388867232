package org.whatworks.core.content;

import java.util.Comparator;
import java.util.List;

import org.whatworks.core.model.EntryStatus;
import org.whatworks.core.model.EvidenceEntry;

/**
 * The one definition of "recently reviewed", shown on the home page and in the Atom feed:
 * current entries (neither superseded nor withdrawn) with a review date, most recently
 * reviewed first, then by title and reference so that the order is the same in every run.
 */
public final class RecentlyReviewed {

	private static final Comparator<EvidenceEntry> ORDER = Comparator
		.comparing((EvidenceEntry entry) -> entry.provenance().lastReviewed(), Comparator.reverseOrder())
		.thenComparing(EvidenceEntry::title)
		.thenComparing((entry) -> entry.ref().toString());

	private RecentlyReviewed() {
	}

	/**
	 * The most recently reviewed current entries of a catalogue.
	 * @param catalogue the content
	 * @param limit the most entries to return
	 * @return the entries, newest first
	 */
	public static List<EvidenceEntry> of(EvidenceCatalogue catalogue, int limit) {
		return catalogue.entries()
			.stream()
			.filter((entry) -> entry.provenance().status() == EntryStatus.CURRENT)
			.filter((entry) -> entry.provenance().lastReviewed() != null)
			.sorted(ORDER)
			.limit(limit)
			.toList();
	}

}
