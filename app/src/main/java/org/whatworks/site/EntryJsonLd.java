package org.whatworks.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.whatworks.core.model.Centre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.NetworkTerm;
import org.whatworks.network.NetworkContent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders schema.org JSON-LD for an entry page, safe to place inside a script element of
 * type application/ld+json: the characters less-than, greater-than and ampersand are
 * written as JSON unicode escapes, so no text from content can close the script element.
 * The entry page's controller puts its output in the model; the template writes it
 * unescaped into {@code <script type="application/ld+json">}.
 */
@Component("entryJsonLd")
public class EntryJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NetworkContent content;

	EntryJsonLd(NetworkContent content) {
		this.content = content;
	}

	/**
	 * The JSON-LD of an entry, with links built from the site's configured base URL.
	 * @param entry the entry
	 * @return JSON-LD, safe to embed in a script element
	 */
	public String render(EvidenceEntry entry) {
		String base = (RequestContextHolder.getRequestAttributes() != null) ? SiteProperties.current()
				: SiteProperties.DEFAULT_BASE_URL;
		Centre centre = this.content.catalogue().centre(entry.centreId()).map((c) -> c.centre()).orElse(null);
		return render(entry, centre, base);
	}

	/**
	 * The JSON-LD of an entry.
	 * @param entry the entry
	 * @param centre the entry's centre, or null if unknown
	 * @param baseUrl the site's base URL, such as {@code https://example.org}
	 * @return JSON-LD, safe to embed in a script element
	 */
	public static String render(EvidenceEntry entry, Centre centre, String baseUrl) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		String url = base + SitePaths.entry(entry.centreId(), entry.id());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "Article");
		json.put("@id", url);
		json.put("url", url);
		json.put("headline", entry.title());
		json.put("name", entry.title());
		json.put("description", entry.summary());
		json.put("genre", entry.kind());
		json.put("inLanguage", "en-GB");
		json.put("dateModified", entry.provenance().lastReviewed().toString());
		if (entry.provenance().published() != null) {
			json.put("datePublished", entry.provenance().published().toString());
		}
		json.put("creativeWorkStatus", entry.provenance().status().name().toLowerCase(java.util.Locale.ROOT));
		if (centre != null) {
			Map<String, Object> publisher = new LinkedHashMap<>();
			publisher.put("@type", "Organization");
			publisher.put("name", centre.name());
			publisher.put("alternateName", centre.shortName());
			publisher.put("url", String.valueOf(centre.website()));
			json.put("author", publisher);
			json.put("publisher", publisher);
		}
		json.put("isBasedOn",
				entry.sources()
					.stream()
					.map((s) -> Map.of("@type", "CreativeWork", "name", s.title(), "url", String.valueOf(s.url())))
					.toList());
		List<String> about = new ArrayList<>();
		entry.network().domains().stream().sorted().map(NetworkTerm::label).forEach(about::add);
		json.put("about", about.stream().map((label) -> Map.of("@type", "Thing", "name", label)).toList());
		List<String> keywords = new ArrayList<>(about);
		entry.network().approaches().stream().sorted().map(NetworkTerm::label).forEach(keywords::add);
		entry.network().lifeStages().stream().sorted().map(NetworkTerm::label).forEach(keywords::add);
		keywords.add("Evidence band: " + entry.network().headline().band().label());
		json.put("keywords", String.join(", ", keywords));
		json.put("isPartOf", Map.of("@type", "WebSite", "name", "What Works Network", "url", base + "/"));
		return escapeForScript(JSON.writeValueAsString(json));
	}

	static String escapeForScript(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
