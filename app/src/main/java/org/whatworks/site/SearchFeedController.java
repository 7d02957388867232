package org.whatworks.site;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.search.EvidenceSearch;
import org.whatworks.core.search.SearchHit;
import org.whatworks.core.search.SearchResults;
import org.whatworks.network.NetworkContent;

/**
 * Any search as an Atom feed: {@code /search.atom} takes exactly the parameters of
 * {@code /search} and lists the same first page of results, so a feed reader announces an
 * entry when it starts to match or is reviewed again.
 */
@Controller
class SearchFeedController {

	static final String ATOM = "application/atom+xml";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final NetworkContent content;

	private final ObjectProvider<EvidenceSearch> search;

	SearchFeedController(NetworkContent content, ObjectProvider<EvidenceSearch> search) {
		this.content = content;
		this.search = search;
	}

	@GetMapping("/search.atom")
	ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> parameters) throws XMLStreamException {
		EvidenceCatalogue catalogue = this.content.catalogue();
		SearchState state = SearchController.parse(parameters, catalogue);
		EvidenceSearch service = this.search.getIfAvailable();
		if (service == null) {
			return ResponseEntity.status(503).contentType(MediaType.TEXT_PLAIN).body("Search is starting up.");
		}
		SearchResults results = service.search(state.request());
		String base = SiteProperties.current();
		String page = base + state.url();
		String self = base + feedUrl(state);
		List<EvidenceEntry> entries = results.hits().stream().map(SearchHit::entry).toList();
		LocalDate updated = entries.stream()
			.map((entry) -> entry.provenance().lastReviewed())
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(LocalDate.of(2000, 1, 1));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XML.createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		element(xml, "id", self);
		element(xml, "title",
				"What Works Network: "
						+ (state.query().isBlank() ? "all evidence" : "evidence for ‘" + state.query() + "’")
						+ (state.filtered() ? " (filtered)" : ""));
		element(xml, "updated", timestamp(updated));
		link(xml, "self", ATOM, self);
		link(xml, "alternate", "text/html", page);
		xml.writeStartElement("author");
		element(xml, "name", "What Works Network");
		xml.writeEndElement();
		for (EvidenceEntry entry : entries) {
			String centre = catalogue.centre(entry.centreId()).map((c) -> c.centre().name()).orElse(entry.centreId());
			String url = base + "/entries/" + entry.centreId() + "/" + entry.id();
			xml.writeStartElement("entry");
			element(xml, "id", url);
			element(xml, "title", entry.title() + " (" + centre + ")");
			element(xml, "updated", timestamp(
					(entry.provenance().lastReviewed() != null) ? entry.provenance().lastReviewed() : updated));
			link(xml, "alternate", "text/html", url);
			xml.writeStartElement("author");
			element(xml, "name", centre);
			xml.writeEndElement();
			xml.writeStartElement("category");
			xml.writeAttribute("term", entry.network().headline().band().name());
			xml.writeAttribute("label", entry.network().headline().band().label());
			xml.writeEndElement();
			xml.writeStartElement("summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(
					entry.summary() + " Network evidence band: " + entry.network().headline().band().label() + ".");
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM + ";charset=UTF-8")).body(out.toString());
	}

	/** The feed address of a search: the search's own address with {@code .atom}. */
	static String feedUrl(SearchState state) {
		return "/search.atom" + state.url().substring("/search".length());
	}

	private static String timestamp(LocalDate date) {
		return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

}
