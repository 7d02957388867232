package org.whatworks.site;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.web.util.UriComponentsBuilder;
import org.whatworks.core.search.Suggestion;

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

	/** Where a type-ahead suggestion leads: its entry's page, or a search. */
	public static String of(Suggestion suggestion) {
		if (suggestion.entry() != null) {
			return entry(suggestion.entry().centreId(), suggestion.entry().entryId());
		}
		return search(suggestion.search());
	}

	/** The search page with these parameters. */
	public static String search(Map<String, List<String>> parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(SEARCH);
		parameters.forEach((name, values) -> values.forEach((value) -> builder.queryParam(name, value)));
		return builder.encode().build().toUriString();
	}

	/** A centre's page. */
	public static String centre(String centreId) {
		return "/centres/" + centreId;
	}

}
