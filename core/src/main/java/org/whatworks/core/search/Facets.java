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

	/**
	 * The value of the confidence and cost facets for an entry the network cannot rate.
	 */
	public static final String NONE = "none";

	/** The network facets, in display order. */
	public static final List<String> NETWORK = List.of(CENTRE, DOMAIN, LIFE_STAGE, APPROACH, BAND, CONFIDENCE, COST);

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
