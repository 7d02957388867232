package org.whatworks.core.content;

import java.util.List;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

/**
 * One centre's entry on a cross-centre approach.
 *
 * @param centre the entry's centre
 * @param entry the entry
 * @param scope whether the entry covers the same subject as the others, a broader one (it
 * includes other members) or one named programme (a broader member includes it)
 * @param sameAs the other members {@code sameAs} links to this one, closed both ways and
 * transitively: the members of the same scope and subject
 * @param includes the members whose subject is one named part of this entry's broader
 * subject, whichever side declared it (closed over {@code sameAs})
 * @param includedIn the broader members that include this entry (closed over
 * {@code sameAs}), so that an included entry knows what includes it
 */
public record ApproachMember(Centre centre, EvidenceEntry entry, ApproachScope scope, List<EntryRef> sameAs,
		List<EntryRef> includes, List<EntryRef> includedIn) {

	public ApproachMember {
		sameAs = List.copyOf(sameAs);
		includes = List.copyOf(includes);
		includedIn = List.copyOf(includedIn);
	}

	/** A member of an approach without scope links: the same subject as the others. */
	public ApproachMember(Centre centre, EvidenceEntry entry) {
		this(centre, entry, ApproachScope.SAME, List.of(), List.of(), List.of());
	}

	/**
	 * Whether any finding of the entry has a network rating; an entry whose only ratings
	 * are on scales outside the network standard counts as not rated.
	 */
	public boolean rated() {
		return this.entry.findings()
			.stream()
			.anyMatch((finding) -> finding.network().band() != org.whatworks.core.standard.EvidenceBand.NOT_RATED);
	}

	/** Whether this member and another cover the same subject at the same scope. */
	public boolean sameSubject(ApproachMember other) {
		return this.entry.ref().equals(other.entry.ref()) || this.sameAs.contains(other.entry.ref());
	}

}
