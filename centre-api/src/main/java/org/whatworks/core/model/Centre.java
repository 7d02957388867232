package org.whatworks.core.model;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
 * @param ratingHosts the hosts where the centre publishes its ratings (a subdomain of one
 * counts too); the website's host, without "www.", when the descriptor names none
 */
public record Centre(String id, int contractVersion, String name, String shortName, String topic, String remit,
		URI website, Owner owner, List<String> headline, String outcomeTaxonomy, @Nullable String costUnit,
		boolean rated, List<String> ratingHosts) {

	public Centre {
		headline = List.copyOf(headline);
		ratingHosts = List.copyOf(ratingHosts);
	}

	/** A centre that publishes its ratings on its website's host only. */
	public Centre(String id, int contractVersion, String name, String shortName, String topic, String remit,
			URI website, Owner owner, List<String> headline, String outcomeTaxonomy, String costUnit, boolean rated) {
		this(id, contractVersion, name, shortName, topic, remit, website, owner, headline, outcomeTaxonomy, costUnit,
				rated, List.of(hostOf(website)));
	}

	/**
	 * Whether an address is on one of the hosts where the centre publishes its ratings.
	 */
	public boolean publishesRatingsAt(URI url) {
		String host = (url.getHost() != null) ? url.getHost().toLowerCase(java.util.Locale.ROOT) : "";
		return this.ratingHosts.stream().anyMatch((allowed) -> host.equals(allowed) || host.endsWith("." + allowed));
	}

	/** A website's host without a leading "www.". */
	public static String hostOf(URI website) {
		String host = (website.getHost() != null) ? website.getHost().toLowerCase(java.util.Locale.ROOT) : "";
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
