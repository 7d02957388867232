package org.whatworks.core.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

/**
 * The {@code sameAs} and {@code includes} links between loaded entries, closed: entries
 * linked by {@code sameAs} (both ways, transitively) form a tier of one scope; an
 * {@code includes} link makes the declaring entry's tier broader than the named entry's.
 * Links to entries that are not loaded are left out (the catalogue reports them); an
 * {@code includes} link inside one tier, one that closes a cycle, or one to a tier that
 * itself includes others is a problem and is left out.
 */
final class ApproachLinks {

	static final String ALLOWED = "<centre-id>/<entry-id> of another centre's entry whose subject is one named "
			+ "part of this entry's broader subject, which includes no entry itself";

	private final Map<EntryRef, EntryRef> parent = new HashMap<>();

	private final Map<EntryRef, EvidenceEntry> linked = new LinkedHashMap<>();

	private final Map<EntryRef, Set<EntryRef>> narrowerTiers = new HashMap<>();

	private final Map<EntryRef, Set<EntryRef>> broaderTiers = new HashMap<>();

	private final List<ContentProblem> problems = new ArrayList<>();

	private ApproachLinks() {
	}

	static ApproachLinks of(List<? extends Iterable<EvidenceEntry>> centres,
			Function<EntryRef, Optional<EvidenceEntry>> lookup) {
		ApproachLinks links = new ApproachLinks();
		List<Include> includes = new ArrayList<>();
		for (Iterable<EvidenceEntry> centre : centres) {
			for (EvidenceEntry entry : centre) {
				links.read(entry, lookup, includes);
			}
		}
		Map<EntryRef, Set<EntryRef>> edges = new HashMap<>();
		for (Include include : includes) {
			EntryRef from = links.tier(include.from().ref());
			EntryRef to = links.tier(include.to().ref());
			if (!from.equals(to)) {
				edges.computeIfAbsent(from, (k) -> new HashSet<>()).add(to);
			}
		}
		for (Include include : includes) {
			EntryRef from = links.tier(include.from().ref());
			EntryRef to = links.tier(include.to().ref());
			String problem = null;
			if (from.equals(to)) {
				problem = "includes names an entry that sameAs already links to this one (directly or through "
						+ "other centres); an entry is either the same approach or one named part of it, not both";
			}
			else if (reaches(edges, to, from)) {
				problem = "includes forms a cycle: '" + include.to().ref()
						+ "' includes this entry, directly or through other entries; an entry cannot be both "
						+ "broader and narrower than another";
			}
			else if (edges.containsKey(to)) {
				problem = "includes names an entry that itself includes other entries; includes goes one level, "
						+ "from a strand or guideline to a named programme";
			}
			if (problem != null) {
				links.problems.add(new ContentProblem(include.from().centreId(), include.from().file(),
						include.from().line(include.field()), include.field(), include.to().ref().toString(), problem,
						ALLOWED));
				continue;
			}
			links.linked.put(include.from().ref(), include.from());
			links.linked.put(include.to().ref(), include.to());
			links.narrowerTiers.computeIfAbsent(from, (k) -> new HashSet<>()).add(to);
			links.broaderTiers.computeIfAbsent(to, (k) -> new HashSet<>()).add(from);
		}
		return links;
	}

	private void read(EvidenceEntry entry, Function<EntryRef, Optional<EvidenceEntry>> lookup, List<Include> includes) {
		for (EntryRef ref : entry.sameAs()) {
			Optional<EvidenceEntry> other = lookup.apply(ref);
			if (other.isPresent() && !ref.equals(entry.ref())) {
				this.linked.put(entry.ref(), entry);
				this.linked.put(ref, other.get());
				union(entry.ref(), ref);
			}
		}
		for (int i = 0; i < entry.includes().size(); i++) {
			EntryRef ref = entry.includes().get(i);
			Optional<EvidenceEntry> other = lookup.apply(ref);
			if (other.isPresent() && !ref.equals(entry.ref())) {
				includes.add(new Include(entry, other.get(), "includes[" + i + "]"));
			}
		}
	}

	private static boolean reaches(Map<EntryRef, Set<EntryRef>> edges, EntryRef start, EntryRef target) {
		Deque<EntryRef> todo = new ArrayDeque<>(List.of(start));
		Set<EntryRef> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			EntryRef at = todo.pop();
			if (at.equals(target)) {
				return true;
			}
			if (seen.add(at)) {
				todo.addAll(edges.getOrDefault(at, Set.of()));
			}
		}
		return false;
	}

	/** The bad includes links, each naming file, line and field. */
	List<ContentProblem> problems() {
		return this.problems;
	}

	/** Every entry with a kept sameAs or includes link, in first-seen order. */
	Map<EntryRef, EvidenceEntry> linked() {
		return this.linked;
	}

	/** The entry's tier: the representative of the entries sameAs links it to. */
	EntryRef tier(EntryRef ref) {
		EntryRef root = ref;
		while (this.parent.containsKey(root)) {
			root = this.parent.get(root);
		}
		EntryRef at = ref;
		while (!at.equals(root)) {
			EntryRef next = this.parent.get(at);
			this.parent.put(at, root);
			at = next;
		}
		return root;
	}

	/** The tiers this tier includes. */
	Set<EntryRef> narrower(EntryRef tier) {
		return this.narrowerTiers.getOrDefault(tier, Set.of());
	}

	/** The tiers that include this tier. */
	Set<EntryRef> broader(EntryRef tier) {
		return this.broaderTiers.getOrDefault(tier, Set.of());
	}

	private void union(EntryRef a, EntryRef b) {
		EntryRef rootA = tier(a);
		EntryRef rootB = tier(b);
		if (!rootA.equals(rootB)) {
			this.parent.put(rootA, rootB);
		}
	}

	private record Include(EvidenceEntry from, EvidenceEntry to, String field) {
	}

}
