package org.whatworks.admin;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.whatworks.core.content.Approach;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.UnavailableCentre;
import org.whatworks.core.content.Verdict;
import org.whatworks.core.model.EvidenceEntry;

/**
 * The state of the network's content for the people who maintain it.
 *
 * @param centres one report per loaded centre, in display order
 * @param unavailable centres found but not served, with the reasons
 * @param staleAfter the age after which a review counts as stale
 * @param today the day the report was made
 * @param loadedAt when the content was loaded, as ISO-8601 text
 * @param checkFreshness how long a check against the centre's own page stays fresh
 * @param approaches the cross-centre approaches with a member of a centre reported on
 * @param differing those of them whose centres differ on a shared outcome domain
 * @param oneRated those of them with at most one rated member, where nothing can be
 * compared
 */
record ContentReport(List<CentreReport> centres, List<UnavailableCentre> unavailable, Period staleAfter,
		LocalDate today, String loadedAt, Period checkFreshness, List<Approach> approaches, List<Approach> differing,
		List<Approach> oneRated) {

	static ContentReport of(EvidenceCatalogue catalogue, Period staleAfter, Period checkFreshness, LocalDate today,
			Predicate<String> centreFilter) {
		LocalDate staleBefore = today.minus(staleAfter);
		List<CentreReport> centres = new ArrayList<>();
		for (LoadedCentre centre : catalogue.centres()) {
			if (centreFilter.test(centre.id())) {
				centres.add(CentreReport.of(centre, catalogue.warnings(), staleBefore, today.minus(checkFreshness)));
			}
		}
		List<UnavailableCentre> unavailable = catalogue.unavailable()
			.stream()
			.filter((centre) -> centreFilter.test(centre.id()))
			.toList();
		List<Approach> approaches = catalogue.approaches()
			.all()
			.stream()
			.filter((approach) -> approach.members().stream().anyMatch((m) -> centreFilter.test(m.entry().centreId())))
			.toList();
		return new ContentReport(centres, unavailable, staleAfter, today, catalogue.loadedAt().toString(),
				checkFreshness, approaches, approaches.stream().filter((a) -> a.verdict() == Verdict.DIFFER).toList(),
				approaches.stream().filter(Approach::onlyOneRated).toList());
	}

	public int entries() {
		return this.centres.stream().mapToInt((centre) -> centre.entries()).sum();
	}

	/**
	 * One centre's part of the report.
	 *
	 * @param id the centre id
	 * @param name the centre name
	 * @param entries how many entries it serves
	 * @param unverified entries whose figures were not checked against the source
	 * @param stale entries not reviewed since the stale date, oldest first
	 * @param warnings content warnings, broken cross-links among them
	 * @param domains the share of entries mapped to at least one network outcome domain
	 * @param lifeStages the share mapped to at least one network life stage
	 * @param approaches the share mapped to at least one network approach type
	 * @param checkOverdue entries not checked against the centre's own page since the
	 * freshness window began (or never), least recently checked first
	 */
	record CentreReport(String id, String name, int entries, List<EvidenceEntry> unverified, List<EvidenceEntry> stale,
			List<ContentProblem> warnings, Coverage domains, Coverage lifeStages, Coverage approaches,
			List<EvidenceEntry> checkOverdue) {

		static CentreReport of(LoadedCentre centre, List<ContentProblem> allWarnings, LocalDate staleBefore,
				LocalDate checkedBefore) {
			List<EvidenceEntry> entries = centre.entries();
			List<EvidenceEntry> unverified = entries.stream().filter((e) -> !e.provenance().verified()).toList();
			List<EvidenceEntry> stale = entries.stream()
				.filter((e) -> e.provenance().lastReviewed() != null
						&& e.provenance().lastReviewed().isBefore(staleBefore))
				.sorted(Comparator.comparing((EvidenceEntry e) -> e.provenance().lastReviewed()))
				.toList();
			List<ContentProblem> warnings = allWarnings.stream()
				.filter((w) -> w.centreId().equals(centre.id()))
				.toList();
			return new CentreReport(centre.id(), centre.centre().name(), entries.size(), unverified, stale, warnings,
					Coverage.of(entries, (e) -> !e.network().domains().isEmpty()),
					Coverage.of(entries, (e) -> !e.network().lifeStages().isEmpty()),
					Coverage.of(entries, (e) -> !e.network().approaches().isEmpty()),
					entries.stream()
						.filter((e) -> e.provenance().checked() == null
								|| e.provenance().checked().isBefore(checkedBefore))
						.sorted(Comparator.comparing((EvidenceEntry e) -> e.provenance().checked(),
								Comparator.nullsFirst(Comparator.naturalOrder())))
						.toList());
		}

		/** Warnings that are broken links between entries. */
		public List<ContentProblem> brokenLinks() {
			return this.warnings.stream()
				.filter((w) -> "related".equals(w.field()) || "provenance.supersededBy".equals(w.field()))
				.toList();
		}

	}

	/**
	 * How many of a centre's entries are mapped to a network vocabulary.
	 *
	 * @param mapped entries with at least one term of the vocabulary
	 * @param of all entries
	 */
	record Coverage(int mapped, int of) {

		static Coverage of(List<EvidenceEntry> entries, Predicate<EvidenceEntry> mapped) {
			return new Coverage((int) entries.stream().filter(mapped).count(), entries.size());
		}

		/** The share as a whole percentage. */
		public int percent() {
			return (this.of == 0) ? 0 : (int) Math.round(100.0 * this.mapped / this.of);
		}

	}

}
