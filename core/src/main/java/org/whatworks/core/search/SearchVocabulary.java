package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.Criterion;
import org.whatworks.core.standard.CriterionAnswer;
import org.whatworks.core.standard.DeliveryMode;
import org.whatworks.core.standard.EvidenceBand;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NeedLevel;
import org.whatworks.core.standard.NetworkStandard;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.core.standard.OutcomeDomain;
import org.whatworks.core.standard.Replication;
import org.whatworks.core.standard.Setting;
import org.whatworks.core.standard.StudyDesign;

/**
 * The one vocabulary of search: every facet a search can be filtered by, with its label
 * and its values (code and label, in display order), and the sort orders. The search
 * service labels its facet counts from it, {@link SearchParameters} checks requests
 * against it, and the API's OpenAPI document lists its codes, so a value one of them
 * offers is a value the others accept.
 * <p>
 * The network facets are fixed by the standard, except the centre facet, whose values are
 * the loaded centres. Each taxonomy of a loaded centre is a further facet named
 * {@code <centre-id>.<taxonomy-id>}; search counts it once a search is narrowed to that
 * one centre. A vocabulary is immutable and belongs to one catalogue.
 */
public final class SearchVocabulary {

	/**
	 * One facet.
	 *
	 * @param name the facet name used in filters, URLs and the API (see {@link Facets})
	 * @param label the facet's label for people
	 * @param values code to label, in display order
	 */
	public record Facet(String name, String label, Map<String, String> values) {

		public Facet {
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}

		/** The codes this facet accepts, in display order. */
		public List<String> codes() {
			return List.copyOf(this.values.keySet());
		}

	}

	/** The facets whose values the standard fixes, in display order. */
	private static final List<Facet> STANDARD_FACETS = List.of(
			new Facet(Facets.DOMAIN, "Outcome", labels(OutcomeDomain.values())),
			new Facet(Facets.LIFE_STAGE, "Life stage", labels(LifeStage.values())),
			new Facet(Facets.APPROACH, "Approach", labels(ApproachType.values())), bandFacet(), confidenceFacet(),
			costFacet(), new Facet(Facets.SETTING, "Setting", labels(Setting.values())),
			new Facet(Facets.NEED, "Level of need", labels(NeedLevel.values())),
			new Facet(Facets.DELIVERY, "Delivery", labels(DeliveryMode.values())), new Facet(Facets.READY,
					"Ready to implement", Map.of(Facets.YES, "Manual or materials and training available")),
			designFacet(),
			new Facet(Facets.REPLICATION, Criterion.REPLICATION.label(),
					enumLabels(Replication.values(), Replication::label)),
			new Facet(Facets.LASTING_EFFECT, Criterion.LASTING_EFFECT.label(),
					enumLabels(CriterionAnswer.values(), CriterionAnswer::label)),
			new Facet(Facets.UK_EVIDENCE, Criterion.UK_EVIDENCE.label(),
					enumLabels(CriterionAnswer.values(), CriterionAnswer::label)));

	private static volatile SearchVocabulary last;

	private final EvidenceCatalogue catalogue;

	private final Map<String, Facet> network;

	private final Map<String, Facet> taxonomies;

	private SearchVocabulary(EvidenceCatalogue catalogue) {
		this.catalogue = catalogue;
		Map<String, String> centres = new LinkedHashMap<>();
		for (LoadedCentre centre : catalogue.centres()) {
			centres.put(centre.id(), centre.centre().shortName());
		}
		Map<String, Facet> network = new LinkedHashMap<>();
		network.put(Facets.CENTRE, new Facet(Facets.CENTRE, "Centre", centres));
		STANDARD_FACETS.forEach((facet) -> network.put(facet.name(), facet));
		this.network = Collections.unmodifiableMap(network);
		Map<String, Facet> taxonomies = new LinkedHashMap<>();
		for (LoadedCentre centre : catalogue.centres()) {
			for (Taxonomy taxonomy : centre.definition().taxonomies()) {
				String name = centre.id() + "." + taxonomy.id();
				Map<String, String> terms = new LinkedHashMap<>();
				taxonomy.allTerms().forEach((term) -> terms.putIfAbsent(term.id(), term.label()));
				taxonomies.put(name, new Facet(name, taxonomy.name(), terms));
			}
		}
		this.taxonomies = Collections.unmodifiableMap(taxonomies);
	}

	/**
	 * The vocabulary of a catalogue. The last one made is kept, so asking again for the
	 * same catalogue is cheap.
	 * @param catalogue the content
	 * @return its vocabulary
	 */
	public static SearchVocabulary of(EvidenceCatalogue catalogue) {
		SearchVocabulary vocabulary = last;
		if (vocabulary == null || vocabulary.catalogue != catalogue) {
			vocabulary = new SearchVocabulary(catalogue);
			last = vocabulary;
		}
		return vocabulary;
	}

	/** The network facets, in {@link Facets#NETWORK} order. */
	public List<Facet> networkFacets() {
		return List.copyOf(this.network.values());
	}

	/**
	 * Every {@code <centre>.<taxonomy>} facet of the loaded centres, centre by centre.
	 */
	public List<Facet> taxonomyFacets() {
		return List.copyOf(this.taxonomies.values());
	}

	/** The taxonomy facets of one centre, in the centre's order; empty if not loaded. */
	public List<Facet> taxonomyFacets(String centreId) {
		return this.taxonomies.values().stream().filter((facet) -> facet.name().startsWith(centreId + ".")).toList();
	}

	/** A facet by name, network or taxonomy, if there is one. */
	public Optional<Facet> facet(String name) {
		Facet facet = this.network.get(name);
		return Optional.ofNullable((facet != null) ? facet : this.taxonomies.get(name));
	}

	/** The ids of the loaded centres, in display order. */
	public List<String> centreIds() {
		return this.network.get(Facets.CENTRE).codes();
	}

	/** The code of a sort order as it appears in URLs: its name in lower case. */
	public static String sortCode(SortOrder sort) {
		return sort.name().toLowerCase(Locale.ROOT);
	}

	/** Every sort order's code, in declaration order (relevance first). */
	public static List<String> sortCodes() {
		return List.of(SortOrder.values()).stream().map(SearchVocabulary::sortCode).toList();
	}

	/**
	 * The facets of one search, labelled, from counts per facet and value. Values with no
	 * count are left out unless selected; a selected value the vocabulary does not know
	 * is kept under its code. Taxonomy facets come only when the request is narrowed to
	 * one centre.
	 * @param request the search
	 * @param counts facet name to value code to count
	 * @return facet results by name, in display order
	 */
	public Map<String, FacetResult> results(SearchRequest request, Map<String, Map<String, Long>> counts) {
		Map<String, FacetResult> facets = new LinkedHashMap<>();
		this.network.values().forEach((facet) -> facets.put(facet.name(), result(facet, request, counts)));
		String single = request.singleCentre();
		if (single != null) {
			taxonomyFacets(single).forEach((facet) -> facets.put(facet.name(), result(facet, request, counts)));
		}
		return facets;
	}

	private static FacetResult result(Facet facet, SearchRequest request, Map<String, Map<String, Long>> counts) {
		Map<String, Long> facetCounts = counts.getOrDefault(facet.name(), Map.of());
		Set<String> selected = request.selected(facet.name());
		List<FacetValue> values = new ArrayList<>();
		facet.values().forEach((code, label) -> {
			long count = facetCounts.getOrDefault(code, 0L);
			if (count > 0 || selected.contains(code)) {
				values.add(new FacetValue(code, label, count, selected.contains(code)));
			}
		});
		for (String code : new TreeSet<>(selected)) {
			if (!facet.values().containsKey(code)) {
				values.add(new FacetValue(code, code, facetCounts.getOrDefault(code, 0L), true));
			}
		}
		return new FacetResult(facet.name(), facet.label(), values);
	}

	private static Map<String, String> labels(NetworkTerm[] terms) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (NetworkTerm term : terms) {
			labels.put(term.name(), term.label());
		}
		return labels;
	}

	private static <E extends Enum<E>> Map<String, String> enumLabels(E[] values,
			java.util.function.Function<E, String> label) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (E value : values) {
			labels.put(value.name(), label.apply(value));
		}
		return labels;
	}

	private static Facet designFacet() {
		Map<String, String> designs = enumLabels(StudyDesign.values(), StudyDesign::label);
		designs.put(Facets.UNKNOWN, CriterionAnswer.UNKNOWN.label());
		return new Facet(Facets.DESIGN, Criterion.DESIGN.label(), designs);
	}

	private static Facet bandFacet() {
		Map<String, String> bands = new LinkedHashMap<>();
		for (EvidenceBand band : EvidenceBand.values()) {
			bands.put(band.name(), band.label());
		}
		return new Facet(Facets.BAND, "Evidence", bands);
	}

	private static Facet confidenceFacet() {
		Map<String, String> confidence = new LinkedHashMap<>();
		for (int i = NetworkStandard.CONFIDENCE_LABELS.size() - 1; i >= 0; i--) {
			confidence.put(String.valueOf(i), NetworkStandard.confidenceLabel(i));
		}
		confidence.put(Facets.NONE, NetworkStandard.confidenceLabel(null));
		return new Facet(Facets.CONFIDENCE, "Strength of evidence", confidence);
	}

	private static Facet costFacet() {
		Map<String, String> cost = new LinkedHashMap<>();
		for (int i = 1; i <= NetworkStandard.COST_BAND_LABELS.size(); i++) {
			cost.put(String.valueOf(i), NetworkStandard.costBandLabel(i));
		}
		cost.put(Facets.NONE, NetworkStandard.costBandLabel(null));
		return new Facet(Facets.COST, "Cost", cost);
	}

}
