package org.whatworks.site;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.modulith.NamedInterface;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.standard.EvidenceBand;

/**
 * Writes an Atom 1.0 feed: the one place the site's and the API's feeds (a search, an
 * entry, recently reviewed entries) are written, so they share the elements every feed
 * reader needs. Start with {@link #start}, add {@link Item}s, then {@link #finish}.
 */
@NamedInterface("feeds")
public final class AtomFeed {

	/** The Atom media type. */
	public static final String TYPE = "application/atom+xml";

	/** The Atom media type with its character set, for responses. */
	public static final MediaType MEDIA_TYPE = MediaType.parseMediaType(TYPE + ";charset=UTF-8");

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final StringWriter out = new StringWriter();

	private final XMLStreamWriter xml;

	private AtomFeed() {
		try {
			this.xml = XML.createXMLStreamWriter(this.out);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Starts a feed.
	 * @param self the feed's own address, also its id
	 * @param title its title
	 * @param subtitle a subtitle, or null
	 * @param updated when it last changed
	 * @param page the page it follows
	 * @return the feed, to add items to
	 */
	public static AtomFeed start(String self, String title, @Nullable String subtitle, LocalDate updated, String page) {
		AtomFeed feed = new AtomFeed();
		try {
			XMLStreamWriter xml = feed.xml;
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			feed.element("id", self);
			feed.element("title", title);
			if (subtitle != null) {
				feed.element("subtitle", subtitle);
			}
			feed.element("updated", timestamp(updated));
			feed.link("self", TYPE, self);
			feed.link("alternate", "text/html", page);
			xml.writeStartElement("author");
			feed.element("name", "What Works Network");
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return feed;
	}

	/**
	 * One item of a feed.
	 *
	 * @param id its permanent id (an address)
	 * @param title its title
	 * @param updated when it last changed
	 * @param published when it first appeared, or null
	 * @param page the page it links to
	 * @param json the same thing as JSON, or null
	 * @param author who it is by (the centre)
	 * @param category a category term, or null
	 * @param categoryLabel the category's label, or null
	 * @param summary a plain-text summary
	 */
	public record Item(String id, String title, LocalDate updated, @Nullable LocalDate published, String page,
			@Nullable String json, String author, @Nullable String category, @Nullable String categoryLabel,
			String summary) {

		/**
		 * An entry as it stands, dated by its centre's last review: its summary and
		 * network evidence band.
		 * @param entry the entry
		 * @param centreName its centre's name
		 * @param page the entry's page
		 * @param json the entry's API address, or null
		 * @return the item
		 */
		public static Item reviewed(EvidenceEntry entry, String centreName, String page, @Nullable String json) {
			EvidenceBand band = entry.network().headline().band();
			return new Item(page, entry.title() + " (" + centreName + ")", entry.provenance().lastReviewed(),
					entry.provenance().published(), page, json, centreName, band.name(), band.label(),
					entry.summary() + " Network evidence band: " + band.label() + ".");
		}

	}

	/**
	 * Adds an item.
	 * @param item the item
	 * @return this feed
	 */
	public AtomFeed add(Item item) {
		try {
			this.xml.writeStartElement("entry");
			element("id", item.id());
			element("title", item.title());
			element("updated", timestamp(item.updated()));
			if (item.published() != null) {
				element("published", timestamp(item.published()));
			}
			link("alternate", "text/html", item.page());
			if (item.json() != null) {
				link("alternate", "application/json", item.json());
			}
			this.xml.writeStartElement("author");
			element("name", item.author());
			this.xml.writeEndElement();
			if (item.category() != null) {
				this.xml.writeEmptyElement("category");
				this.xml.writeAttribute("term", item.category());
				if (item.categoryLabel() != null) {
					this.xml.writeAttribute("label", item.categoryLabel());
				}
			}
			this.xml.writeStartElement("summary");
			this.xml.writeAttribute("type", "text");
			this.xml.writeCharacters(item.summary());
			this.xml.writeEndElement();
			this.xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** Ends the feed and returns its text. */
	public String finish() {
		try {
			this.xml.writeEndElement();
			this.xml.writeEndDocument();
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this.out.toString();
	}

	/** A day as an Atom date: midnight UTC. */
	public static String timestamp(LocalDate date) {
		return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private void element(String name, String text) throws XMLStreamException {
		this.xml.writeStartElement(name);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
	}

	private void link(String rel, String type, String href) throws XMLStreamException {
		this.xml.writeEmptyElement("link");
		this.xml.writeAttribute("rel", rel);
		this.xml.writeAttribute("type", type);
		this.xml.writeAttribute("href", href);
	}

}
