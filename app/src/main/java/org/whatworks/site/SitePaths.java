package org.whatworks.site;

import org.springframework.modulith.NamedInterface;

/**
 * The one owner of the website's page paths. Core answers with references (an entry's
 * centre and id, a search's parameters); the site's own links, and the API, feeds,
 * sitemap and downloads that link to the site, turn them into paths here.
 */
@NamedInterface("paths")
public final class SitePaths {

	/** The search page; its parameters are those of core's search parameter reader. */
	public static final String SEARCH = "/search";

	/** The evidence gap map. */
	public static final String GAP_MAP = "/gap-map";

	private SitePaths() {
	}

	/** An entry's page. */
	public static String entry(String centreId, String entryId) {
		return "/entries/" + centreId + "/" + entryId;
	}

	/** A centre's page. */
	public static String centre(String centreId) {
		return "/centres/" + centreId;
	}

}
