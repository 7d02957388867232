package org.whatworks.core.model;

import java.net.URI;
import java.util.List;

/**
 * A What Works centre as its descriptor ({@code centre.yaml}) declares it.
 *
 * @param id the stable id, lower-case kebab case, unique in the network
 * @param contractVersion the plugin contract version the centre was built for
 * @param name the full name
 * @param shortName the short name or acronym users know
 * @param topic the policy area in one or two words
 * @param remit what the centre covers, in plain words
 * @param website the centre's own website
 * @param owner who answers for the content
 * @param headline the ids of the scales that form an entry's headline, in display order
 * @param outcomeTaxonomy the id of the taxonomy whose terms findings name as outcomes
 * @param costUnit the unit of the centre's costs, shown beside the cost band, or null
 * @param rated false for a centre that reports narratively and rates nothing
 */
public record Centre(String id, int contractVersion, String name, String shortName, String topic, String remit,
		URI website, Owner owner, List<String> headline, String outcomeTaxonomy, String costUnit, boolean rated) {

	public Centre {
		headline = List.copyOf(headline);
	}

}
