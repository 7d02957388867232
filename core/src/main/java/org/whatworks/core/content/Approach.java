package org.whatworks.core.content;

import java.util.List;
import java.util.Optional;

import org.whatworks.core.model.EntryRef;

/**
 * An approach that more than one centre covers: entries of different centres linked by
 * {@code sameAs} or {@code includes} (declared by either side, closed symmetrically and
 * transitively by core), each with its scope, with how their ratings compare on each
 * outcome domain they share.
 *
 * @param id a stable id: the entry id of the alphabetically first broader member
 * reference ({@code centre/entry}), or of the alphabetically first member where none is
 * broader, with that centre's id in front if another approach has the same entry id
 * @param title the title of that member
 * @param members the members, broader ones first, then in the catalogue's centre order,
 * at least two, of at least two centres
 * @param comparisons one per outcome domain at least two members have a finding in
 */
public record Approach(String id, String title, List<ApproachMember> members, List<DomainComparison> comparisons) {

	public Approach {
		members = List.copyOf(members);
		comparisons = List.copyOf(comparisons);
	}

	/**
	 * Differ if the bands differ on any shared domain; else agree if they agree on any;
	 * else not comparable.
	 */
	public Verdict verdict() {
		if (this.comparisons.stream().anyMatch((c) -> c.verdict() == Verdict.DIFFER)) {
			return Verdict.DIFFER;
		}
		return this.comparisons.stream().anyMatch((c) -> c.verdict() == Verdict.AGREE) ? Verdict.AGREE
				: Verdict.NOT_COMPARABLE;
	}

	/**
	 * Whether some member is broader than others (a strand or guideline and named
	 * programmes).
	 */
	public boolean hasBroaderMember() {
		return this.members.stream().anyMatch((m) -> m.scope() == ApproachScope.BROADER);
	}

	/** How many members the centres rated. */
	public long ratedMembers() {
		return this.members.stream().filter(ApproachMember::rated).count();
	}

	/** Whether at most one member is rated, so nothing can be compared. */
	public boolean onlyOneRated() {
		return ratedMembers() <= 1;
	}

	/** The member for an entry, if it is one. */
	public Optional<ApproachMember> member(EntryRef ref) {
		return this.members.stream().filter((m) -> m.entry().ref().equals(ref)).findFirst();
	}

	/** The other members, for "Other centres on this approach". */
	public List<ApproachMember> others(EntryRef ref) {
		return this.members.stream().filter((m) -> !m.entry().ref().equals(ref)).toList();
	}

}
