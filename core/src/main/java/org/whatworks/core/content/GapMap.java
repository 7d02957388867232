package org.whatworks.core.content;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.OutcomeDomain;

/**
 * The evidence gap map, computed in one place for the site and the API: approach type by
 * outcome domain, each cell counting the entries with that approach and that domain, per
 * evidence band of their headline finding. An entry counts once in every cell of its
 * approaches and domains. A cell with no entries is a gap.
 */
public final class GapMap {

	private static volatile GapMap last;

	private final EvidenceCatalogue catalogue;

	private final List<String> centres;

	private final Map<ApproachType, Map<OutcomeDomain, Map<EvidenceBand, Integer>>> counts = new EnumMap<>(
			ApproachType.class);

	private GapMap(EvidenceCatalogue catalogue, List<String> centres) {
		this.catalogue = catalogue;
		this.centres = List.copyOf(centres);
		for (EvidenceEntry entry : catalogue.entries()) {
			if (!this.centres.contains(entry.centreId())) {
				continue;
			}
			EvidenceBand band = entry.network().headline().band();
			for (ApproachType approach : entry.network().approaches()) {
				for (OutcomeDomain domain : entry.network().domains()) {
					this.counts.computeIfAbsent(approach, (a) -> new EnumMap<>(OutcomeDomain.class))
						.computeIfAbsent(domain, (d) -> new EnumMap<>(EvidenceBand.class))
						.merge(band, 1, Integer::sum);
				}
			}
		}
	}

	/**
	 * The gap map of every loaded centre; the last one made is kept, so asking again for
	 * the same catalogue costs nothing.
	 * @param catalogue the content
	 * @return the map
	 */
	public static GapMap of(EvidenceCatalogue catalogue) {
		GapMap map = last;
		if (map == null || map.catalogue != catalogue) {
			map = new GapMap(catalogue, catalogue.centres().stream().map(LoadedCentre::id).toList());
			last = map;
		}
		return map;
	}

	/**
	 * The gap map of some of the loaded centres.
	 * @param catalogue the content
	 * @param centreIds the centres to count; all loaded centres when empty
	 * @return the map
	 */
	public static GapMap of(EvidenceCatalogue catalogue, Collection<String> centreIds) {
		if (centreIds.isEmpty()) {
			return of(catalogue);
		}
		return new GapMap(catalogue,
				catalogue.centres().stream().map(LoadedCentre::id).filter(centreIds::contains).toList());
	}

	/** The ids of the centres counted, in display order. */
	public List<String> centres() {
		return this.centres;
	}

	/** The entries of one cell per evidence band; bands with none are absent. */
	public Map<EvidenceBand, Integer> bands(ApproachType approach, OutcomeDomain domain) {
		return Collections.unmodifiableMap(this.counts.getOrDefault(approach, Map.of()).getOrDefault(domain, Map.of()));
	}

	/** The entries of one cell. */
	public int count(ApproachType approach, OutcomeDomain domain) {
		return bands(approach, domain).values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The entries of one row, counted once per cell (an entry may be in several). */
	public int rowTotal(ApproachType approach) {
		int total = 0;
		for (OutcomeDomain domain : OutcomeDomain.values()) {
			total += count(approach, domain);
		}
		return total;
	}

}
