package org.whatworks.site;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any search as an Atom feed, read as a feed reader reads it: parsed as XML with
 * namespaces, the Atom elements every feed and entry must have, and the same results as
 * the search page.
 */
class SearchFeedIntegrationTests extends SiteTestSupport {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Test
	void aSearchFeedIsValidAtomWithTheSearchsResults() throws Exception {
		HttpResponse<String> response = fetch("/search.atom?q=mentoring");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		Document feed = parse(response.body());
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(child(root, "id").getTextContent()).endsWith("/search.atom?q=mentoring");
		assertThat(child(root, "title").getTextContent()).contains("mentoring");
		Instant.parse(child(root, "updated").getTextContent());
		assertThat(child(child(root, "author"), "name").getTextContent()).isNotBlank();
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isPositive().isLessThanOrEqualTo(SearchFeedController.FEED_SIZE);
		String matches = HTTP
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/search?q=mentoring&size=100")))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Instant previous = Instant.MAX;
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			String id = child(entry, "id").getTextContent();
			assertThat(id).as("an event of a matching entry: its page and the update's anchor")
				.containsPattern("/entries/[a-z-]+/[a-z0-9-]+#update-\\d{4}-\\d{2}-\\d{2}$");
			assertThat(matches).contains(id.substring(id.indexOf("/entries/"), id.indexOf('#')) + "\"");
			assertThat(child(entry, "title").getTextContent()).isNotBlank();
			Instant updated = Instant.parse(child(entry, "updated").getTextContent());
			assertThat(updated).as("newest first").isBeforeOrEqualTo(previous);
			previous = updated;
			assertThat(child(entry, "link").getAttribute("href")).isEqualTo(id);
			// an item is one event of the entry's rating history, and says which
			String title = child(entry, "title").getTextContent();
			String summary = child(entry, "summary").getTextContent();
			assertThat(title).matches(".+: (added|rating changed)$");
			if (title.endsWith(": added")) {
				assertThat(summary).startsWith("Added");
			}
			else {
				assertThat(summary).containsPattern(" is now | changed from | is no longer given");
			}
		}
	}

	@Test
	void theSearchPageAdvertisesItsFeedAndABadSearchIsA400() throws Exception {
		String page = fetch("/search?q=mentoring&band=PROMISING").body();
		assertThat(page).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/search.atom?q=mentoring&amp;band=PROMISING\"")
			.containsPattern(
					"<a class=\"govuk-link\" rel=\"alternate\" type=\"application/atom\\+xml\"\\s+href=\"/search.atom\\?q=mentoring&amp;band=PROMISING\">Follow these results</a>");
		// each item carries the band as of its event; an entry's newest event carries the
		// band it has now, which is what the filter chose
		Document filtered = parse(fetch("/search.atom?q=mentoring&band=PROMISING").body());
		NodeList items = filtered.getElementsByTagNameNS(ATOM, "entry");
		assertThat(items.getLength()).isPositive();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < items.getLength(); i++) {
			Element item = (Element) items.item(i);
			String id = child(item, "id").getTextContent();
			if (seen.add(id.substring(0, id.indexOf('#')))) {
				assertThat(child(item, "category").getAttribute("term")).as("the newest event of " + id)
					.isEqualTo("PROMISING");
			}
		}
		HttpResponse<String> bad = fetch("/search.atom?page=zero");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(bad.body()).startsWith("This feed address has a problem: ")
			.contains("Parameter 'page' must be a whole number from 1 to")
			.doesNotContain("<html");
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element child(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				return (Element) nodes.item(i);
			}
		}
		throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
	}

}
