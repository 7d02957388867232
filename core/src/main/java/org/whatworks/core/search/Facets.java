package org.whatworks.core.search;

import java.util.List;

/**
 * The names of the facets search offers, as used in request filters, URLs and the API.
 * Besides these network facets, once a search is narrowed to exactly one centre, each of
 * that centre's taxonomies is a facet named {@code <centre-id>.<taxonomy-id>}.
 */
public final class Facets {

	/** The centre id. */
	public static final String CENTRE = "centre";

	/** Network outcome domain codes. */
	public static final String DOMAIN = "domain";

	/** Network life stage codes. */
	public static final String LIFE_STAGE = "lifeStage";

	/** Network approach type codes. */
	public static final String APPROACH = "approach";

	/** Network evidence band codes of the headline finding. */
	public static final String BAND = "band";

	/** Network confidence 0-5 of the headline finding, or {@code none} when not rated. */
	public static final String CONFIDENCE = "confidence";

	/** Network cost band 1-5, or {@code none} when not assessed. */
	public static final String COST = "cost";

	/** Network fit settings where an entry is delivered ({@code Setting} codes). */
	public static final String SETTING = "setting";

	/** Network levels of need an entry is for ({@code NeedLevel} codes). */
	public static final String NEED = "need";

	/** Network delivery modes of an entry ({@code DeliveryMode} codes). */
	public static final String DELIVERY = "delivery";

	/**
	 * Whether the centre says a manual or materials and training are available: the one
	 * value {@link #YES}; other entries have none.
	 */
	public static final String READY = "ready";

	/**
	 * The best study design of any of an entry's findings ({@code StudyDesign} codes, or
	 * {@link #UNKNOWN} when no finding's design is known). This and the other criteria
	 * facets take the strongest value any finding shows (see {@code EntryFacts}), so an
	 * entry matches a value when one of its findings does.
	 */
	public static final String DESIGN = "design";

	/** Independent replication of any finding ({@code Replication} codes). */
	public static final String REPLICATION = "replication";

	/**
	 * A lasting effect (12 months or more) in any finding ({@code CriterionAnswer}
	 * codes).
	 */
	public static final String LASTING_EFFECT = "lastingEffect";

	/** UK evidence behind any finding ({@code CriterionAnswer} codes). */
	public static final String UK_EVIDENCE = "ukEvidence";

	/**
	 * The value of the design facet when no finding's design is known, as the other
	 * criteria facets say it.
	 */
	public static final String UNKNOWN = "UNKNOWN";

	/** The value of the {@link #READY} facet. */
	public static final String YES = "yes";

	/**
	 * The value of the confidence and cost facets for an entry the network cannot rate.
	 */
	public static final String NONE = "none";

	/**
	 * The facets a local decision needs, besides outcome and rating: fit, readiness and
	 * the evidence criteria, in display order. Centre pages offer them beside the
	 * centre's own taxonomies.
	 */
	public static final List<String> DECISION = List.of(SETTING, NEED, DELIVERY, READY, DESIGN, REPLICATION,
			LASTING_EFFECT, UK_EVIDENCE);

	/** The network facets, in display order. */
	public static final List<String> NETWORK = List.of(CENTRE, DOMAIN, LIFE_STAGE, APPROACH, BAND, CONFIDENCE, COST,
			SETTING, NEED, DELIVERY, READY, DESIGN, REPLICATION, LASTING_EFFECT, UK_EVIDENCE);

	private Facets() {
	}

	/**
	 * Whether a name is a network facet or a centre taxonomy facet
	 * ({@code centre.taxonomy}).
	 */
	public static boolean isValidName(String name) {
		return NETWORK.contains(name) || name.matches("[a-z0-9-]+\\.[a-z0-9-]+");
	}

}
