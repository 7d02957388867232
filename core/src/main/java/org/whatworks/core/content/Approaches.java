package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.TermMapping;

/**
 * The network's cross-centre approaches: every group of entries linked by {@code sameAs},
 * with a verdict per shared outcome domain and, where the bands differ, the reasons drawn
 * from the evidence criteria. One read model for the site, the API and the content
 * report. Built from a catalogue; immutable.
 */
public final class Approaches {

	private final List<Approach> all;

	private final Map<String, Approach> byId;

	private final Map<EntryRef, Approach> byMember;

	private Approaches(List<Approach> all) {
		this.all = List.copyOf(all);
		this.byId = new LinkedHashMap<>();
		this.byMember = new HashMap<>();
		for (Approach approach : all) {
			this.byId.put(approach.id(), approach);
			approach.members().forEach((member) -> this.byMember.put(member.entry().ref(), approach));
		}
	}

	/**
	 * Groups the catalogue's entries into approaches. A {@code sameAs} to an entry that
	 * is not loaded is ignored here (the catalogue reports it); links are followed both
	 * ways and transitively, so a cycle is one group.
	 * @param catalogue the catalogue
	 * @return the approaches, ordered by title
	 */
	static Approaches of(EvidenceCatalogue catalogue) {
		Map<EntryRef, EntryRef> parent = new HashMap<>();
		Map<EntryRef, EvidenceEntry> entries = new HashMap<>();
		for (EvidenceEntry entry : catalogue.entries()) {
			for (EntryRef ref : entry.sameAs()) {
				Optional<EvidenceEntry> other = catalogue.entry(ref);
				if (other.isEmpty() || ref.equals(entry.ref())) {
					continue;
				}
				entries.put(entry.ref(), entry);
				entries.put(ref, other.get());
				union(parent, entry.ref(), ref);
			}
		}
		Map<EntryRef, List<EntryRef>> groups = new HashMap<>();
		for (EntryRef ref : entries.keySet()) {
			groups.computeIfAbsent(find(parent, ref), (root) -> new ArrayList<>()).add(ref);
		}
		List<String> centreOrder = catalogue.centres().stream().map(LoadedCentre::id).toList();
		Map<String, Integer> idUses = new HashMap<>();
		List<List<EntryRef>> sorted = new ArrayList<>();
		for (List<EntryRef> group : groups.values()) {
			group.sort(Comparator.comparing(EntryRef::toString));
			sorted.add(group);
			idUses.merge(group.get(0).entryId(), 1, Integer::sum);
		}
		List<Approach> approaches = new ArrayList<>();
		for (List<EntryRef> group : sorted) {
			EntryRef first = group.get(0);
			String id = (idUses.get(first.entryId()) > 1) ? first.centreId() + "-" + first.entryId() : first.entryId();
			List<ApproachMember> members = group.stream()
				.map(entries::get)
				.sorted(Comparator.comparing((EvidenceEntry e) -> centreOrder.indexOf(e.centreId()))
					.thenComparing(EvidenceEntry::title, String.CASE_INSENSITIVE_ORDER))
				.map((e) -> new ApproachMember(catalogue.centre(e.centreId()).orElseThrow().centre(), e))
				.toList();
			approaches.add(new Approach(id, entries.get(first).title(), members, compare(catalogue, members)));
		}
		approaches.sort(Comparator.comparing(Approach::title, String.CASE_INSENSITIVE_ORDER));
		return new Approaches(approaches);
	}

	private static void union(Map<EntryRef, EntryRef> parent, EntryRef a, EntryRef b) {
		EntryRef rootA = find(parent, a);
		EntryRef rootB = find(parent, b);
		if (!rootA.equals(rootB)) {
			parent.put(rootA, rootB);
		}
	}

	private static EntryRef find(Map<EntryRef, EntryRef> parent, EntryRef ref) {
		EntryRef root = ref;
		while (parent.containsKey(root)) {
			root = parent.get(root);
		}
		EntryRef at = ref;
		while (!at.equals(root)) {
			EntryRef next = parent.get(at);
			parent.put(at, root);
			at = next;
		}
		return root;
	}

	private static List<DomainComparison> compare(EvidenceCatalogue catalogue, List<ApproachMember> members) {
		Map<OutcomeDomain, List<DomainComparison.MemberFinding>> byDomain = new EnumMap<>(OutcomeDomain.class);
		for (ApproachMember member : members) {
			LoadedCentre centre = catalogue.centre(member.entry().centreId()).orElseThrow();
			Set<OutcomeDomain> seen = new TreeSet<>();
			for (Finding finding : member.entry().findings()) {
				TermMapping mapping = NetworkPositions.mapping(centre.definition(), centre.centre().outcomeTaxonomy(),
						finding.outcome());
				if (mapping == null) {
					continue;
				}
				for (OutcomeDomain domain : mapping.domains()) {
					if (seen.add(domain)) {
						byDomain.computeIfAbsent(domain, (d) -> new ArrayList<>())
							.add(new DomainComparison.MemberFinding(member, finding));
					}
				}
			}
		}
		List<DomainComparison> comparisons = new ArrayList<>();
		byDomain.forEach((domain, findings) -> {
			if (findings.size() >= 2) {
				comparisons.add(comparison(domain, findings));
			}
		});
		return comparisons;
	}

	static DomainComparison comparison(OutcomeDomain domain, List<DomainComparison.MemberFinding> findings) {
		List<DomainComparison.MemberFinding> rated = findings.stream()
			.filter(DomainComparison.MemberFinding::rated)
			.toList();
		List<String> unrated = findings.stream().filter((f) -> !f.rated()).map(Approaches::name).toList();
		String notRated = unrated.isEmpty() ? "" : " Not rated by " + String.join(" or ", unrated) + ", so "
				+ (unrated.size() == 1 ? "it" : "they") + " cannot be compared.";
		if (rated.size() < 2) {
			return new DomainComparison(domain, findings, Verdict.NOT_COMPARABLE,
					"Not comparable: fewer than two centres rate this outcome." + notRated, List.of());
		}
		List<Set<LifeStage>> stages = rated.stream()
			.map((f) -> f.member().entry().network().lifeStages())
			.filter((s) -> !s.isEmpty())
			.toList();
		if (stages.size() == rated.size() && disjoint(stages)) {
			String who = rated.stream()
				.map((f) -> name(f) + ": "
						+ f.member()
							.entry()
							.network()
							.lifeStages()
							.stream()
							.sorted()
							.map(LifeStage::label)
							.collect(Collectors.joining(", ")))
				.collect(Collectors.joining("; "));
			return new DomainComparison(domain, findings, Verdict.NOT_COMPARABLE,
					"Not comparable: the centres' entries cover different groups of people (" + who + ")." + notRated,
					List.of());
		}
		String bands = rated.stream()
			.map((f) -> name(f) + ": " + f.finding().network().band().label())
			.collect(Collectors.joining("; "));
		boolean same = rated.stream().map((f) -> f.finding().network().band()).distinct().count() == 1;
		if (same) {
			return new DomainComparison(domain, findings, Verdict.AGREE,
					"Agree: every centre that rates this outcome gives the same network band ("
							+ rated.get(0).finding().network().band().label() + ")." + notRated,
					List.of());
		}
		return new DomainComparison(domain, findings, Verdict.DIFFER,
				"Differ: the network bands are not the same (" + bands + ")." + notRated, reasons(rated));
	}

	private static boolean disjoint(List<Set<LifeStage>> stages) {
		for (int i = 0; i < stages.size(); i++) {
			for (int j = i + 1; j < stages.size(); j++) {
				if (stages.get(i).stream().anyMatch(stages.get(j)::contains)) {
					return false;
				}
			}
		}
		return true;
	}

	static List<String> reasons(List<DomainComparison.MemberFinding> rated) {
		List<String> reasons = new ArrayList<>();
		if (rated.stream().map((f) -> f.finding().network().effect()).distinct().count() > 1) {
			reasons.add("Effect: " + rated.stream()
				.map((f) -> name(f) + " finds that it "
						+ ((f.finding().network().effect() != null) ? f.finding().network().effect().meaning()
								: "has no stated effect"))
				.collect(Collectors.joining("; ")) + ".");
		}
		if (rated.stream().map((f) -> f.finding().network().confidence()).distinct().count() > 1) {
			reasons.add("Confidence in the evidence: " + rated.stream()
				.map((f) -> name(f) + " "
						+ NetworkStandard.confidenceLabel(f.finding().network().confidence()).toLowerCase(Locale.ROOT)
						+ ((f.finding().network().confidence() != null)
								? " (" + f.finding().network().confidence() + " of 5)" : ""))
				.collect(Collectors.joining("; ")) + ".");
		}
		boolean explained = false;
		for (Criterion criterion : Criterion.values()) {
			List<EvidenceCriteria> criteria = rated.stream().map((f) -> f.finding().criteria()).toList();
			if (criteria.stream().noneMatch((c) -> c.known(criterion))
					|| criteria.stream().map((c) -> c.describe(criterion)).distinct().count() == 1) {
				continue;
			}
			explained = true;
			reasons.add(criterion.label() + ": " + rated.stream().map((f) -> {
				EvidenceCriteria c = f.finding().criteria();
				String basis = c.basis(criterion);
				return name(f) + " " + c.describe(criterion).toLowerCase(Locale.ROOT)
						+ ((basis != null) ? " (" + basis + ")" : "");
			}).collect(Collectors.joining("; ")) + ".");
		}
		if (!explained) {
			reasons.add("None of the recorded evidence criteria (design, number of evaluations, replication, "
					+ "lasting effect, UK evidence) tells the findings apart; read each centre's own words.");
		}
		return reasons;
	}

	private static String name(DomainComparison.MemberFinding finding) {
		return finding.member().centre().shortName();
	}

	/** Every approach, ordered by title. */
	public List<Approach> all() {
		return this.all;
	}

	/** An approach by id. */
	public Optional<Approach> approach(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** The approach an entry belongs to, if any. */
	public Optional<Approach> of(EntryRef ref) {
		return Optional.ofNullable(this.byMember.get(ref));
	}

	/** The approaches whose bands differ on some shared domain. */
	public List<Approach> differing() {
		return this.all.stream().filter((a) -> a.verdict() == Verdict.DIFFER).toList();
	}

	/** The approaches with at most one rated member, where nothing can be compared. */
	public List<Approach> withOnlyOneRated() {
		return this.all.stream().filter(Approach::onlyOneRated).toList();
	}

	/** Counts of approaches by overall verdict. */
	public Map<Verdict, Long> countsByVerdict() {
		Map<Verdict, Long> counts = new TreeMap<>();
		for (Verdict verdict : Verdict.values()) {
			counts.put(verdict, this.all.stream().filter((a) -> a.verdict() == verdict).count());
		}
		return counts;
	}

}
