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
 * The network's cross-centre approaches: every group of entries linked by {@code sameAs}
 * or {@code includes}, each member with its scope (the same subject, a broader strand or
 * guideline, or one named programme), with a verdict per shared outcome domain and, where
 * the bands differ, the reasons drawn from the evidence criteria. A broader member is
 * never compared with a narrower one: that domain is not comparable, with the rule in
 * words. One read model for the site, the API and the content report. Built from a
 * catalogue; immutable.
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
	 * Groups the catalogue's entries into approaches. A {@code sameAs} or
	 * {@code includes} to an entry that is not loaded is ignored here, and so is an
	 * {@code includes} the catalogue reports as a problem (inside one {@code sameAs}
	 * group, a cycle, or more than one level); links are followed both ways and
	 * transitively, so a {@code sameAs} cycle is one group. Each member's scope comes
	 * from the {@code includes} links.
	 * @param catalogue the catalogue
	 * @return the approaches, ordered by title
	 */
	static Approaches of(EvidenceCatalogue catalogue) {
		ApproachLinks links = ApproachLinks.of(List.of(catalogue.entries()), catalogue::entry);
		Map<EntryRef, EvidenceEntry> entries = links.linked();
		Map<EntryRef, EntryRef> parent = new HashMap<>();
		for (EntryRef ref : entries.keySet()) {
			EntryRef tier = links.tier(ref);
			union(parent, ref, tier);
			for (EntryRef narrower : links.narrower(tier)) {
				union(parent, tier, narrower);
			}
		}
		Map<EntryRef, List<EntryRef>> groups = new HashMap<>();
		for (EntryRef ref : entries.keySet()) {
			groups.computeIfAbsent(find(parent, ref), (root) -> new ArrayList<>()).add(ref);
		}
		Map<EntryRef, List<EntryRef>> tiers = new HashMap<>();
		for (EntryRef ref : entries.keySet()) {
			tiers.computeIfAbsent(links.tier(ref), (t) -> new ArrayList<>()).add(ref);
		}
		List<String> centreOrder = catalogue.centres().stream().map(LoadedCentre::id).toList();
		Map<String, Integer> idUses = new HashMap<>();
		List<List<EntryRef>> sorted = new ArrayList<>();
		for (List<EntryRef> group : groups.values()) {
			group.sort(Comparator.comparing(EntryRef::toString));
			sorted.add(group);
			idUses.merge(naming(links, group).entryId(), 1, Integer::sum);
		}
		List<Approach> approaches = new ArrayList<>();
		for (List<EntryRef> group : sorted) {
			EntryRef first = naming(links, group);
			String id = (idUses.get(first.entryId()) > 1) ? first.centreId() + "-" + first.entryId() : first.entryId();
			List<ApproachMember> members = group.stream()
				.map((ref) -> member(catalogue, links, tiers, entries.get(ref)))
				.sorted(Comparator.comparing(ApproachMember::scope, Comparator.comparing(Approaches::scopeOrder))
					.thenComparing((ApproachMember m) -> centreOrder.indexOf(m.entry().centreId()))
					.thenComparing((ApproachMember m) -> m.entry().title(), String.CASE_INSENSITIVE_ORDER))
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

	private static int scopeOrder(ApproachScope scope) {
		return switch (scope) {
			case BROADER -> 0;
			case SAME -> 1;
			case NARROWER -> 2;
		};
	}

	/** The member that names an approach: the first broader one, else the first. */
	private static EntryRef naming(ApproachLinks links, List<EntryRef> group) {
		return group.stream()
			.filter((ref) -> !links.narrower(links.tier(ref)).isEmpty())
			.findFirst()
			.orElse(group.get(0));
	}

	private static ApproachMember member(EvidenceCatalogue catalogue, ApproachLinks links,
			Map<EntryRef, List<EntryRef>> tiers, EvidenceEntry entry) {
		EntryRef tier = links.tier(entry.ref());
		List<EntryRef> same = tiers.get(tier)
			.stream()
			.filter((ref) -> !ref.equals(entry.ref()))
			.sorted(BY_TEXT)
			.toList();
		List<EntryRef> includes = links.narrower(tier)
			.stream()
			.flatMap((t) -> tiers.get(t).stream())
			.sorted(BY_TEXT)
			.toList();
		List<EntryRef> includedIn = links.broader(tier)
			.stream()
			.flatMap((t) -> tiers.get(t).stream())
			.sorted(BY_TEXT)
			.toList();
		ApproachScope scope = !includes.isEmpty() ? ApproachScope.BROADER
				: (!includedIn.isEmpty() ? ApproachScope.NARROWER : ApproachScope.SAME);
		return new ApproachMember(catalogue.centre(entry.centreId()).orElseThrow().centre(), entry, scope, same,
				includes, includedIn);
	}

	private static final Comparator<EntryRef> BY_TEXT = Comparator.comparing(EntryRef::toString);

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
		List<List<DomainComparison.MemberFinding>> subjects = new ArrayList<>();
		for (DomainComparison.MemberFinding finding : rated) {
			subjects.stream()
				.filter((s) -> s.get(0).member().sameSubject(finding.member()))
				.findFirst()
				.ifPresentOrElse((s) -> s.add(finding), () -> subjects.add(new ArrayList<>(List.of(finding))));
		}
		if (subjects.size() == 1) {
			return sameScope(domain, findings, rated, notRated);
		}
		List<List<DomainComparison.MemberFinding>> comparable = subjects.stream().filter((s) -> s.size() >= 2).toList();
		if (comparable.size() == 1) {
			List<DomainComparison.MemberFinding> compared = comparable.get(0);
			List<DomainComparison.MemberFinding> left = rated.stream().filter((f) -> !compared.contains(f)).toList();
			String leftOut = " Left out of this comparison: "
					+ left.stream().map(Approaches::scoped).collect(Collectors.joining("; ")) + ", because "
					+ (left.stream().anyMatch((f) -> f.member().scope() != compared.get(0).member().scope())
							? SCOPE_RULE : OTHER_PROGRAMME_RULE)
					+ ".";
			return sameScope(domain, findings, compared, leftOut + notRated);
		}
		boolean mixed = rated.stream().map((f) -> f.member().scope()).distinct().count() > 1;
		return new DomainComparison(domain, findings, Verdict.NOT_COMPARABLE,
				"Not comparable: " + (mixed ? SCOPE_RULE : OTHER_PROGRAMME_RULE) + " ("
						+ rated.stream().map(Approaches::scoped).collect(Collectors.joining("; ")) + ")." + notRated,
				List.of());
	}

	/**
	 * Why a broader and a narrower member are not compared, in words.
	 */
	static final String SCOPE_RULE = "one centre rates a whole family of approaches, the other one named programme: "
			+ "the average of a strand is not a verdict on one programme";

	/**
	 * Why two different named parts of one broader approach are not compared, in words.
	 */
	static final String OTHER_PROGRAMME_RULE = "the entries cover different parts of a broader approach "
			+ "(different named programmes, or different strands), so one's rating is not a verdict on the other";

	private static String scoped(DomainComparison.MemberFinding finding) {
		return name(finding) + ", " + finding.member().entry().title() + " ("
				+ finding.member().scope().label().toLowerCase(Locale.ROOT) + ")";
	}

	private static DomainComparison sameScope(OutcomeDomain domain, List<DomainComparison.MemberFinding> findings,
			List<DomainComparison.MemberFinding> rated, String notRated) {
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
