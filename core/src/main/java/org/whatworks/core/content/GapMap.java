package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.CriterionAnswer;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.Replication;
import org.whatworks.core.standard.StudyDesign;

/**
 * The evidence gap map, computed in one place for the site, the API and the downloads:
 * approach type (rows) by outcome domain (columns), each cell counting the entries with
 * that approach and that domain, per evidence band of their headline finding. An entry
 * counts once in every cell of its approaches and domains.
 * <p>
 * A {@link Filter} narrows the entries counted: by centre, by the life stages of the
 * entry, and by what is known of the headline finding (its band, its confidence and its
 * evidence criteria). Each cell then has a {@link CellKind}: no entries at all (a gap),
 * entries but none with enough evidence to rate, or rated.
 */
public final class GapMap {

	private static final int KEPT = 64;

	/** The maps made last, all of one catalogue, so an old catalogue is not held. */
	private static final Map<Filter, GapMap> made = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Filter, GapMap> eldest) {
			return size() > KEPT;
		}
	};

	private static @Nullable EvidenceCatalogue madeFor;

	private final Filter filter;

	private final List<String> centres;

	private final Map<ApproachType, Map<OutcomeDomain, Cell>> cells = new EnumMap<>(ApproachType.class);

	private final int entries;

	private GapMap(Collection<EvidenceEntry> all, List<String> centres, Filter filter) {
		this.filter = filter;
		this.centres = List.copyOf(centres);
		Map<ApproachType, Map<OutcomeDomain, Map<EvidenceBand, Integer>>> counts = new EnumMap<>(ApproachType.class);
		int counted = 0;
		for (EvidenceEntry entry : all) {
			if (!this.centres.contains(entry.centreId()) || !filter.matches(entry)) {
				continue;
			}
			counted++;
			EvidenceBand band = entry.network().headline().band();
			for (ApproachType approach : entry.network().approaches()) {
				for (OutcomeDomain domain : entry.network().domains()) {
					counts.computeIfAbsent(approach, (a) -> new EnumMap<>(OutcomeDomain.class))
						.computeIfAbsent(domain, (d) -> new EnumMap<>(EvidenceBand.class))
						.merge(band, 1, Integer::sum);
				}
			}
		}
		this.entries = counted;
		for (ApproachType approach : ApproachType.values()) {
			Map<OutcomeDomain, Cell> row = new EnumMap<>(OutcomeDomain.class);
			for (OutcomeDomain domain : OutcomeDomain.values()) {
				row.put(domain, new Cell(approach, domain,
						counts.getOrDefault(approach, Map.of()).getOrDefault(domain, Map.of())));
			}
			this.cells.put(approach, row);
		}
	}

	/**
	 * The gap map of every loaded centre, unfiltered.
	 * @param catalogue the content
	 * @return the map
	 */
	public static GapMap of(EvidenceCatalogue catalogue) {
		return of(catalogue, Filter.NONE);
	}

	/**
	 * The gap map of some of the loaded centres.
	 * @param catalogue the content
	 * @param centreIds the centres to count; all loaded centres when empty
	 * @return the map
	 */
	public static GapMap of(EvidenceCatalogue catalogue, Collection<String> centreIds) {
		return of(catalogue, Filter.NONE.withCentres(Set.copyOf(centreIds)));
	}

	/**
	 * The gap map of the entries a filter lets through. The maps made last are kept, so
	 * asking again for the same catalogue and filter costs nothing.
	 * @param catalogue the content
	 * @param filter what to count
	 * @return the map
	 */
	public static GapMap of(EvidenceCatalogue catalogue, Filter filter) {
		synchronized (made) {
			GapMap map = (madeFor == catalogue) ? made.get(filter) : null;
			if (map != null) {
				return map;
			}
		}
		List<String> centres = catalogue.centres()
			.stream()
			.map(LoadedCentre::id)
			.filter((id) -> filter.centres().isEmpty() || filter.centres().contains(id))
			.toList();
		GapMap map = new GapMap(catalogue.entries(), centres, filter);
		synchronized (made) {
			if (madeFor != catalogue) {
				made.clear();
				madeFor = catalogue;
			}
			made.put(filter, map);
		}
		return map;
	}

	/** The filter this map was made with. */
	public Filter filter() {
		return this.filter;
	}

	/** The ids of the centres counted, in display order. */
	public List<String> centres() {
		return this.centres;
	}

	/** The rows: every approach type, in the standard's order. */
	public List<ApproachType> approaches() {
		return List.of(ApproachType.values());
	}

	/** The columns: every outcome domain, in the standard's order. */
	public List<OutcomeDomain> domains() {
		return List.of(OutcomeDomain.values());
	}

	/** How many entries the filter let through (each once, wherever it is counted). */
	public int entries() {
		return this.entries;
	}

	/** One cell. */
	public Cell cell(ApproachType approach, OutcomeDomain domain) {
		return this.cells.get(approach).get(domain);
	}

	/** The cells of one row, one per outcome domain in column order. */
	public List<Cell> row(ApproachType approach) {
		return List.copyOf(this.cells.get(approach).values());
	}

	/** Every cell, row by row. */
	public List<Cell> cells() {
		List<Cell> all = new ArrayList<>();
		this.cells.values().forEach((row) -> all.addAll(row.values()));
		return all;
	}

	/** How many cells there are of each kind, every kind listed. */
	public Map<CellKind, Integer> kinds() {
		Map<CellKind, Integer> kinds = new EnumMap<>(CellKind.class);
		for (CellKind kind : CellKind.values()) {
			kinds.put(kind, 0);
		}
		cells().forEach((cell) -> kinds.merge(cell.kind(), 1, Integer::sum));
		return Collections.unmodifiableMap(kinds);
	}

	/** The entries of one cell per evidence band; bands with none are absent. */
	public Map<EvidenceBand, Integer> bands(ApproachType approach, OutcomeDomain domain) {
		return cell(approach, domain).bands();
	}

	/** The entries of one cell. */
	public int count(ApproachType approach, OutcomeDomain domain) {
		return cell(approach, domain).total();
	}

	/** The entries of one row, counted once per cell (an entry may be in several). */
	public int rowTotal(ApproachType approach) {
		return row(approach).stream().mapToInt(Cell::total).sum();
	}

	/**
	 * What a cell of the map holds, as a reader needs to tell it apart.
	 */
	public enum CellKind {

		/** No entry covers the approach and the outcome: a gap in the evidence. */
		NO_ENTRIES("No entries", "a gap: no entry covers this approach and outcome"),
		/**
		 * Entries, but each has too little evidence to judge or is not rated by its
		 * centre.
		 */
		INSUFFICIENT_EVIDENCE("Entries, but not enough evidence",
				"there are entries, but each one has too little evidence to judge or is not rated by its centre"),
		/** At least one entry has a band the evidence supports. */
		RATED("Rated",
				"at least one entry has a network band from its evidence: well supported, promising, mixed, no effect or harmful");

		private final String label;

		private final String meaning;

		CellKind(String label, String meaning) {
			this.label = label;
			this.meaning = meaning;
		}

		public String label() {
			return this.label;
		}

		public String meaning() {
			return this.meaning;
		}

		static CellKind of(Map<EvidenceBand, Integer> bands) {
			if (bands.isEmpty()) {
				return NO_ENTRIES;
			}
			boolean rated = bands.keySet()
				.stream()
				.anyMatch((band) -> band != EvidenceBand.INSUFFICIENT && band != EvidenceBand.NOT_RATED);
			return rated ? RATED : INSUFFICIENT_EVIDENCE;
		}

	}

	/**
	 * One cell of the map.
	 *
	 * @param approach its row
	 * @param domain its column
	 * @param bands the entries per evidence band of their headline finding; bands with
	 * none are absent
	 * @param total the entries counted in the cell
	 * @param kind what the cell holds
	 */
	public record Cell(ApproachType approach, OutcomeDomain domain, Map<EvidenceBand, Integer> bands, int total,
			CellKind kind) {

		public Cell {
			Map<EvidenceBand, Integer> copy = new EnumMap<>(EvidenceBand.class);
			copy.putAll(bands);
			bands = Collections.unmodifiableMap(copy);
		}

		Cell(ApproachType approach, OutcomeDomain domain, Map<EvidenceBand, Integer> bands) {
			this(approach, domain, bands, bands.values().stream().mapToInt(Integer::intValue).sum(),
					CellKind.of(bands));
		}

		/** The entries with one band. */
		public int count(EvidenceBand band) {
			return this.bands.getOrDefault(band, 0);
		}

	}

	/**
	 * Which entries a gap map counts. Empty sets and nulls do not filter. Within a set
	 * any value matches; every part of the filter must match. Band and confidence are
	 * those of the entry's headline finding, the one whose band the map counts; the
	 * evidence criteria are the entry's as a whole ({@link EntryFacts#criteria}), as
	 * search's criteria facets judge them, so a cell's search finds what the cell counts.
	 *
	 * @param centres the ids of the centres to count; all when empty
	 * @param lifeStages entries with any of these life stages; all when empty
	 * @param bands entries whose headline band is one of these; all when empty
	 * @param minConfidence entries whose headline confidence (0-5) is at least this; an
	 * entry the network cannot rate never meets it; null for any
	 * @param design entries whose best study design is known to be this or stronger (a
	 * design implied as a minimum counts as that minimum); null for any
	 * @param replication entries with this answer on independent replication; null for
	 * any
	 * @param lastingEffect entries with this answer on a lasting effect; null for any
	 * @param ukEvidence entries with this answer on UK evidence; null for any
	 */
	public record Filter(Set<String> centres, Set<LifeStage> lifeStages, Set<EvidenceBand> bands,
			@Nullable Integer minConfidence, @Nullable StudyDesign design, @Nullable Replication replication,
			@Nullable CriterionAnswer lastingEffect, @Nullable CriterionAnswer ukEvidence) {

		/** The filter that counts everything. */
		public static final Filter NONE = new Filter(Set.of(), Set.of(), Set.of(), null, null, null, null, null);

		public Filter {
			centres = Set.copyOf(centres);
			lifeStages = Set.copyOf(lifeStages);
			bands = Set.copyOf(bands);
			if (minConfidence != null && (minConfidence < 0 || minConfidence > 5)) {
				throw new IllegalArgumentException("minConfidence must be 0 to 5; found " + minConfidence);
			}
		}

		/** The same filter for other centres. */
		public Filter withCentres(Set<String> centres) {
			return new Filter(centres, this.lifeStages, this.bands, this.minConfidence, this.design, this.replication,
					this.lastingEffect, this.ukEvidence);
		}

		/** Whether the filter counts everything. */
		public boolean isEmpty() {
			return equals(NONE);
		}

		/** Whether an entry is counted. */
		public boolean matches(EvidenceEntry entry) {
			if (!this.centres.isEmpty() && !this.centres.contains(entry.centreId())) {
				return false;
			}
			if (!this.lifeStages.isEmpty()
					&& entry.network().lifeStages().stream().noneMatch(this.lifeStages::contains)) {
				return false;
			}
			if (!this.bands.isEmpty() && !this.bands.contains(entry.network().headline().band())) {
				return false;
			}
			if (this.minConfidence != null) {
				Integer confidence = entry.network().headline().confidence();
				if (confidence == null || confidence < this.minConfidence) {
					return false;
				}
			}
			return matchesCriteria(EntryFacts.criteria(entry));
		}

		private boolean matchesCriteria(EvidenceCriteria criteria) {
			if (this.design != null && (criteria.design() == null || !criteria.design().atLeast(this.design))) {
				return false;
			}
			if (this.replication != null && criteria.replication() != this.replication) {
				return false;
			}
			if (this.lastingEffect != null && criteria.lastingEffect() != this.lastingEffect) {
				return false;
			}
			return this.ukEvidence == null || criteria.ukEvidence() == this.ukEvidence;
		}

	}

}
