package org.whatworks.api;

/**
 * The website's page paths that the API, feeds, sitemap and JSON-LD link to.
 */
final class SitePaths {

	private SitePaths() {
	}

	static String entry(String centreId, String entryId) {
		return "/entries/" + centreId + "/" + entryId;
	}

	static String centre(String centreId) {
		return "/centres/" + centreId;
	}

	static final String SEARCH = "/search";

	static final String GAP_MAP = "/gap-map";

	static final String DATA = "/data";

}
