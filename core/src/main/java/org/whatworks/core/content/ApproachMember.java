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

	/** Whether the centre rated this entry at all (else "not rated by this centre"). */
	public boolean rated() {
		return this.centre.rated() && this.entry.ratedByCentre();
	}

}
