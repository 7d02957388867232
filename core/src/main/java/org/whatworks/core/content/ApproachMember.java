package org.whatworks.core.content;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.EvidenceEntry;

/**
 * One centre's entry on a cross-centre approach.
 *
 * @param centre the entry's centre
 * @param entry the entry
 */
public record ApproachMember(Centre centre, EvidenceEntry entry) {

	/**
	 * Whether any finding of the entry has a network rating; an entry whose only ratings
	 * are on scales outside the network standard counts as not rated.
	 */
	public boolean rated() {
		return this.entry.findings()
			.stream()
			.anyMatch((finding) -> finding.network().band() != org.whatworks.core.standard.EvidenceBand.NOT_RATED);
	}

}
