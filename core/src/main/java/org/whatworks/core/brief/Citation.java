package org.whatworks.core.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.EvidenceEntry;

/**
 * How to cite an entry: the centre is the author and publisher of the evidence, the
 * centre's own page is the address, and the network's page is where it was read. Formats:
 * a formatted reference, RIS and BibTeX.
 *
 * @param entry the entry
 * @param centre its centre
 * @param networkUrl the address of the entry's page on the network site
 * @param accessed the date the reader saw it
 */
public record Citation(EvidenceEntry entry, Centre centre, String networkUrl, LocalDate accessed) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** The year the centre last reviewed the entry, or null. */
	public Integer year() {
		return (this.entry.provenance().lastReviewed() != null) ? this.entry.provenance().lastReviewed().getYear()
				: null;
	}

	/** A reference in a Harvard-like style, as plain text. */
	public String formatted() {
		return this.centre.name() + " (" + ((year() != null) ? year() : "n.d.") + ") " + this.entry.title() + ". "
				+ this.centre.shortName() + " " + this.entry.kind() + ". Available at: "
				+ this.entry.provenance().source() + " (via the What Works Network, " + this.networkUrl + ", accessed "
				+ DAY.format(this.accessed) + ").";
	}

	/** The citation as one RIS record, lines ending CRLF as RIS readers expect. */
	public String ris() {
		StringBuilder ris = new StringBuilder();
		line(ris, "TY", "ELEC");
		line(ris, "AU", this.centre.name());
		line(ris, "TI", this.entry.title());
		if (year() != null) {
			line(ris, "PY", String.valueOf(year()));
		}
		line(ris, "PB", this.centre.name());
		line(ris, "UR", this.entry.provenance().source().toString());
		line(ris, "Y2", this.accessed.toString());
		line(ris, "AB", this.entry.summary());
		line(ris, "N1", "Read on the What Works Network: " + this.networkUrl);
		line(ris, "ER", "");
		return ris.toString();
	}

	private static void line(StringBuilder ris, String tag, String value) {
		ris.append(tag).append("  - ").append(value.replace('\r', ' ').replace('\n', ' ')).append("\r\n");
	}

	/** The citation as one BibTeX {@code @misc} entry. */
	public String bibtex() {
		StringBuilder bib = new StringBuilder();
		bib.append("@misc{").append(key()).append(",\n");
		field(bib, "author", "{" + bibEscape(this.centre.name()) + "}");
		field(bib, "title", "{" + bibEscape(this.entry.title()) + "}");
		if (year() != null) {
			field(bib, "year", String.valueOf(year()));
		}
		field(bib, "publisher", bibEscape(this.centre.name()));
		field(bib, "howpublished", "\\url{" + this.entry.provenance().source() + "}");
		field(bib, "urldate", this.accessed.toString());
		field(bib, "note", "Read on the What Works Network: \\url{" + this.networkUrl + "}");
		bib.setLength(bib.length() - 2);
		bib.append("\n}\n");
		return bib.toString();
	}

	/** A BibTeX key: centre, entry and year, in characters every reader accepts. */
	public String key() {
		return (this.entry.centreId() + "-" + this.entry.id()).replaceAll("[^a-z0-9]+", "_")
				+ ((year() != null) ? "_" + year() : "");
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/**
	 * Text safe inside a BibTeX field: special characters escaped, line breaks as spaces.
	 */
	public static String bibEscape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
				case '\\' -> out.append("\\textbackslash{}");
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				case '\n', '\r' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Several citations in one file of the given format ("ris" or "bibtex"). */
	public static String all(List<Citation> citations, String format) {
		StringBuilder out = new StringBuilder();
		for (Citation citation : citations) {
			out.append("ris".equals(format) ? citation.ris() : citation.bibtex());
			if (!"ris".equals(format)) {
				out.append('\n');
			}
		}
		return out.toString();
	}

}
