package org.whatworks.api;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.content.RecentlyReviewed;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.SearchRequest;
import org.whatworks.site.AtomFeed;
import org.whatworks.site.SitePaths;
import tools.jackson.databind.json.JsonMapper;

/**
 * How machines find the site's content: sitemap.xml, robots.txt, an OpenSearch
 * description (so browsers can add the site's search) with its suggestions, and an Atom
 * feed of recently reviewed entries.
 */
@RestController
@Tag(name = "Discovery",
		description = "Sitemap, robots.txt, OpenSearch and the Atom feed of recently reviewed entries.")
class DiscoveryController {

	static final String ATOM = AtomFeed.TYPE;

	static final String OPENSEARCH = "application/opensearchdescription+xml";

	static final String SUGGESTIONS = "application/x-suggestions+json";

	/** How many entries the feed lists. */
	static final int FEED_SIZE = 50;

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiSupport support;

	DiscoveryController(ApiSupport support) {
		this.support = support;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "robots.txt", description = "What crawlers may visit, and where the sitemap is.")
	@ApiResponse(responseCode = "200", description = "robots.txt",
			content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")))
	ResponseEntity<String> robots() {
		String base = this.support.mapper().base();
		String body = String.join("\n", "User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /actuator",
				"Disallow: /search", "Disallow: /api/", "Disallow: /data/search.", "",
				"Sitemap: " + base + "/sitemap.xml", "");
		return ResponseEntity.ok().cacheControl(ApiSupport.CACHE).contentType(MediaType.TEXT_PLAIN).body(body);
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "Sitemap",
			description = "Every public page: home, gap map, evidence standard, open data, each centre and each entry (with the date it was last reviewed).")
	@ApiResponse(responseCode = "200", description = "The sitemap (sitemaps.org 0.9).",
			content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
	ResponseEntity<String> sitemap() throws XMLStreamException {
		EvidenceCatalogue catalogue = this.support.catalogue();
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XML.createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		for (String path : List.of("/", SitePaths.GAP_MAP, "/about/standard", DataDictionary.PAGE)) {
			url(xml, mapper.link(path).toString(), null);
		}
		for (LoadedCentre centre : catalogue.centres()) {
			url(xml, mapper.link(SitePaths.centre(centre.id())).toString(), null);
		}
		for (EvidenceEntry entry : catalogue.entries()) {
			url(xml, mapper.entryPage(entry).toString(), entry.provenance().lastReviewed());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.cacheControl(ApiSupport.CACHE)
			.contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
			.body(out.toString());
	}

	private static void url(XMLStreamWriter xml, String location, LocalDate lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", location);
		if (lastModified != null) {
			element(xml, "lastmod", lastModified.toString());
		}
		xml.writeEndElement();
	}

	@GetMapping(path = "/opensearch.xml", produces = OPENSEARCH)
	@Operation(summary = "OpenSearch description",
			description = "Lets a browser add the site's search, with type-ahead suggestions.")
	@ApiResponse(responseCode = "200", description = "The OpenSearch 1.1 description.",
			content = @Content(mediaType = OPENSEARCH, schema = @Schema(type = "string")))
	ResponseEntity<String> openSearch() throws XMLStreamException {
		String base = this.support.mapper().base();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XML.createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("OpenSearchDescription");
		xml.writeDefaultNamespace("http://a9.com/-/spec/opensearch/1.1/");
		element(xml, "ShortName", "What Works");
		element(xml, "Description", "Search the evidence of every What Works centre");
		element(xml, "InputEncoding", "UTF-8");
		element(xml, "Language", "en-GB");
		xml.writeStartElement("Url");
		xml.writeAttribute("type", "text/html");
		xml.writeAttribute("method", "get");
		xml.writeAttribute("template", base + SitePaths.SEARCH + "?q={searchTerms}");
		xml.writeEndElement();
		xml.writeStartElement("Url");
		xml.writeAttribute("type", SUGGESTIONS);
		xml.writeAttribute("method", "get");
		xml.writeAttribute("template", base + "/opensearch/suggestions?q={searchTerms}");
		xml.writeEndElement();
		xml.writeStartElement("Url");
		xml.writeAttribute("type", "application/json");
		xml.writeAttribute("method", "get");
		xml.writeAttribute("template", base + "/api/v1/search?q={searchTerms}");
		xml.writeEndElement();
		xml.writeStartElement("Url");
		xml.writeAttribute("type", OPENSEARCH);
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("template", base + "/opensearch.xml");
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.cacheControl(ApiSupport.CACHE)
			.contentType(MediaType.parseMediaType(OPENSEARCH + ";charset=UTF-8"))
			.body(out.toString());
	}

	@GetMapping(path = "/opensearch/suggestions", produces = SUGGESTIONS)
	@Operation(summary = "OpenSearch suggestions",
			description = "Type-ahead for a browser's search box: [typed text, [suggestions]], as the OpenSearch suggestions extension defines.")
	@ApiResponse(responseCode = "200", description = "The suggestions.",
			content = @Content(mediaType = SUGGESTIONS, schema = @Schema(type = "array")))
	ResponseEntity<String> suggestions(
			@Parameter(description = "The text typed so far.", required = true,
					example = "ment") @RequestParam(name = "q", required = false) String q,
			HttpServletRequest request) {
		Map<String, String[]> params = request.getParameterMap();
		SearchParameters.checkNames(params, List.of("q"), null);
		if (!params.containsKey("q")) {
			throw ApiException.badParameter("q", "Parameter 'q' is required: any text, the text typed so far.",
					List.of("any text"));
		}
		String text = SearchParameters.single(params, "q");
		String typed = (text != null) ? text : "";
		if (typed.length() > SearchRequest.MAX_QUERY_LENGTH) {
			typed = typed.substring(0, SearchRequest.MAX_QUERY_LENGTH);
		}
		List<String> suggestions = typed.isBlank() ? List.of()
				: this.support.search().suggest(typed, 16).stream().map((s) -> s.text()).distinct().limit(8).toList();
		return ResponseEntity.ok()
			.cacheControl(ApiSupport.CACHE)
			.contentType(MediaType.parseMediaType(SUGGESTIONS + ";charset=UTF-8"))
			.body(JSON.writeValueAsString(List.of(typed, suggestions)));
	}

	@GetMapping(path = "/feed.atom", produces = ATOM)
	@Operation(summary = "Recently reviewed entries (Atom)",
			description = "The entries most recently reviewed by their centres, newest first.")
	@ApiResponse(responseCode = "200", description = "An Atom 1.0 feed.",
			content = @Content(mediaType = ATOM, schema = @Schema(type = "string")))
	ResponseEntity<String> feed() {
		EvidenceCatalogue catalogue = this.support.catalogue();
		ApiMapper mapper = ApiMapper.forCurrentRequest(catalogue);
		List<EvidenceEntry> recent = RecentlyReviewed.of(catalogue, FEED_SIZE);
		AtomFeed feed = AtomFeed.start(mapper.link("/feed.atom").toString(),
				"What Works Network: recently reviewed evidence",
				"Entries of every What Works centre, newest review first.",
				recent.isEmpty() ? LocalDate.now(ZoneOffset.UTC) : recent.get(0).provenance().lastReviewed(),
				mapper.link("/").toString());
		for (EvidenceEntry entry : recent) {
			String centreName = mapper.definitionOf(entry.centreId())
				.map((d) -> d.centre().name())
				.orElse(entry.centreId());
			feed.add(AtomFeed.Item.reviewed(entry, centreName, mapper.entryPage(entry).toString(),
					mapper.entryApi(entry).toString()));
		}
		return ResponseEntity.ok().cacheControl(ApiSupport.CACHE).contentType(AtomFeed.MEDIA_TYPE).body(feed.finish());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
