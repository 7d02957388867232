package org.whatworks.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import org.whatworks.core.content.EntryFacts;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.content.LoadedCentre;
import org.whatworks.core.model.Centre;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;
import org.whatworks.core.model.ScaleLevel;
import org.whatworks.core.model.Section;
import org.whatworks.core.model.Taxonomy;
import org.whatworks.core.model.Term;
import org.whatworks.core.standard.ApproachType;
import org.whatworks.core.standard.EvidenceCriteria;
import org.whatworks.core.standard.LifeStage;
import org.whatworks.core.standard.NetworkProfile;
import org.whatworks.core.standard.NetworkRating;
import org.whatworks.core.standard.OutcomeDomain;

/**
 * Turns an entry into a Lucene document. Thread-safe once built.
 */
final class DocumentFactory {

	/** `all`: analysed with offsets in the postings, not stored. */
	static final FieldType ALL_TYPE = allType();

	private final Map<String, CentreInfo> centres = new HashMap<>();

	private static FieldType allType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	DocumentFactory(EvidenceCatalogue catalogue) {
		for (LoadedCentre centre : catalogue.centres()) {
			this.centres.put(centre.id(), new CentreInfo(centre));
		}
	}

	/** A document for an entry of a loaded centre. */
	Document document(EvidenceEntry entry) {
		CentreInfo centre = this.centres.get(entry.centreId());
		Document doc = new Document();
		String ref = entry.ref().toString();
		doc.add(new StringField(IndexFields.REF, ref, Field.Store.NO));
		doc.add(new SortedDocValuesField(IndexFields.REF, new BytesRef(ref)));
		doc.add(new StringField(IndexFields.CENTRE, entry.centreId(), Field.Store.NO));

		String title = entry.title();
		String summary = (entry.summary() != null) ? entry.summary() : "";
		String terms = termsText(entry, centre);
		String body = bodyText(entry);
		doc.add(new TextField(IndexFields.TITLE, title, Field.Store.NO));
		doc.add(new TextField(IndexFields.SUMMARY, summary, Field.Store.NO));
		doc.add(new TextField(IndexFields.TERMS, terms, Field.Store.NO));
		// `all` carries offsets in its postings, so that highlighting reads them instead
		// of
		// analysing the text again; the text itself comes from the catalogue in memory
		// (highlightText), so nothing is stored. Summary and body come first: the
		// highlighter sees them as one text and ignores matches past its end (title and
		// terms, which the search shows elsewhere).
		if (!summary.isEmpty()) {
			doc.add(new Field(IndexFields.ALL, summary, ALL_TYPE));
		}
		doc.add(new Field(IndexFields.ALL, body, ALL_TYPE));
		doc.add(new Field(IndexFields.ALL, title, ALL_TYPE));
		doc.add(new Field(IndexFields.ALL, terms, ALL_TYPE));
		// spelling suggestions come from titles, summaries and terms: cheaper than bodies
		doc.add(new TextField(IndexFields.SPELL, title + "\n" + summary + "\n" + terms, Field.Store.NO));

		for (String value : facetValues(entry, centre)) {
			doc.add(new SortedSetDocValuesField(IndexFields.FACETS, new BytesRef(value)));
		}
		NetworkProfile network = entry.network();
		NetworkRating headline = (network != null) ? network.headline() : NetworkRating.NOT_RATED;
		// one value orders by title and breaks ties on the reference, so a sort compares
		// one ord per document; needs no pass over every entry before indexing
		doc.add(new SortedDocValuesField(IndexFields.TITLE_SORT, new BytesRef(titleSortKey(entry))));
		doc.add(new NumericDocValuesField(IndexFields.CONFIDENCE_SORT,
				(headline.confidence() != null) ? headline.confidence() : -1));
		doc.add(new NumericDocValuesField(IndexFields.COST_SORT,
				(network != null && network.costBand() != null) ? network.costBand() : 99));
		doc.add(new NumericDocValuesField(IndexFields.BAND_SORT, headline.band().ordinal()));
		doc.add(new DoubleDocValuesField(IndexFields.IMPACT_SORT, (centre != null) ? centre.impact(entry) : -1e9));
		long reviewed = (entry.provenance() != null && entry.provenance().lastReviewed() != null)
				? entry.provenance().lastReviewed().toEpochDay() : Long.MIN_VALUE;
		doc.add(new NumericDocValuesField(IndexFields.REVIEWED_SORT, reviewed));
		return doc;
	}

	/**
	 * The text highlighted for an entry: summary and body as `all` indexed them (their
	 * offsets index into this text).
	 */
	static String highlightText(EvidenceEntry entry) {
		String summary = (entry.summary() != null) ? entry.summary() : "";
		String body = bodyText(entry);
		return summary.isEmpty() ? body : summary + ' ' + body;
	}

	/** The text MoreLikeThis compares: title, summary, terms and body. */
	String likeText(EvidenceEntry entry) {
		CentreInfo centre = this.centres.get(entry.centreId());
		return entry.title() + "\n" + entry.summary() + "\n" + termsText(entry, centre) + "\n" + bodyText(entry);
	}

	/** The lower-cased title, then the reference: the order of the title sort. */
	static String titleSortKey(EvidenceEntry entry) {
		return entry.title().toLowerCase(Locale.ROOT).strip() + '\u0000' + entry.ref();
	}

	/** The lower-cased title of a {@link #titleSortKey}. */
	static String titleOfSortKey(String key) {
		int end = key.indexOf('\u0000');
		return (end < 0) ? key : key.substring(0, end);
	}

	/** Every {@code facet\u001Fvalue} of an entry. */
	static Set<String> facetValues(EvidenceEntry entry, CentreInfo centre) {
		Set<String> values = new LinkedHashSet<>();
		values.add(IndexFields.facetValue(Facets.CENTRE, entry.centreId()));
		NetworkProfile network = entry.network();
		NetworkRating headline = (network != null) ? network.headline() : NetworkRating.NOT_RATED;
		if (network != null) {
			network.domains().forEach((d) -> values.add(IndexFields.facetValue(Facets.DOMAIN, d.name())));
			network.lifeStages().forEach((d) -> values.add(IndexFields.facetValue(Facets.LIFE_STAGE, d.name())));
			network.approaches().forEach((d) -> values.add(IndexFields.facetValue(Facets.APPROACH, d.name())));
		}
		values.add(IndexFields.facetValue(Facets.BAND, headline.band().name()));
		values.add(IndexFields.facetValue(Facets.CONFIDENCE,
				(headline.confidence() != null) ? headline.confidence().toString() : "none"));
		values.add(IndexFields.facetValue(Facets.COST,
				(network != null && network.costBand() != null) ? network.costBand().toString() : "none"));
		entry.fit().settings().forEach((s) -> values.add(IndexFields.facetValue(Facets.SETTING, s.name())));
		entry.fit().needs().forEach((n) -> values.add(IndexFields.facetValue(Facets.NEED, n.name())));
		entry.fit().deliveries().forEach((d) -> values.add(IndexFields.facetValue(Facets.DELIVERY, d.name())));
		if (EntryFacts.readyToImplement(entry)) {
			values.add(IndexFields.facetValue(Facets.READY, Facets.YES));
		}
		EvidenceCriteria criteria = EntryFacts.criteria(entry);
		values.add(IndexFields.facetValue(Facets.DESIGN,
				(criteria.design() != null) ? criteria.design().name() : Facets.UNKNOWN));
		values.add(IndexFields.facetValue(Facets.REPLICATION, criteria.replication().name()));
		values.add(IndexFields.facetValue(Facets.LASTING_EFFECT, criteria.lastingEffect().name()));
		values.add(IndexFields.facetValue(Facets.UK_EVIDENCE, criteria.ukEvidence().name()));
		if (centre != null) {
			entry.terms().forEach((taxonomyId, termIds) -> {
				String facet = entry.centreId() + "." + taxonomyId;
				for (String termId : termIds) {
					for (Term term : centre.path(taxonomyId, termId)) {
						values.add(IndexFields.facetValue(facet, term.id()));
					}
				}
			});
			// an entry is about every outcome one of its findings measures
			String outcomes = centre.centre.centre().outcomeTaxonomy();
			for (Finding finding : entry.findings()) {
				for (Term term : centre.path(outcomes, finding.outcome())) {
					values.add(IndexFields.facetValue(entry.centreId() + "." + outcomes, term.id()));
				}
			}
		}
		return values;
	}

	private static String termsText(EvidenceEntry entry, CentreInfo centre) {
		StringBuilder text = new StringBuilder();
		if (centre != null) {
			Centre c = centre.centre.centre();
			append(text, c.shortName());
			append(text, c.topic());
			entry.terms().forEach((taxonomyId, termIds) -> {
				for (String termId : termIds) {
					for (Term term : centre.path(taxonomyId, termId)) {
						append(text, term.label());
						term.synonyms().forEach((s) -> append(text, s));
					}
				}
			});
			entry.ratings().forEach((scaleId, value) -> append(text, centre.ratingLabel(scaleId, value)));
			for (Finding finding : entry.findings()) {
				Term outcome = centre.term(c.outcomeTaxonomy(), finding.outcome());
				if (outcome != null) {
					append(text, outcome.label());
				}
			}
		}
		// the centre's everyday words for the entry: search it as its terms are searched
		entry.searchWords().forEach((word) -> append(text, word));
		NetworkProfile network = entry.network();
		if (network != null) {
			network.domains().stream().map(OutcomeDomain::label).forEach((s) -> append(text, s));
			network.lifeStages().stream().map(LifeStage::label).forEach((s) -> append(text, s));
			network.approaches().stream().map(ApproachType::label).forEach((s) -> append(text, s));
			append(text, network.headline().band().label());
		}
		return text.toString();
	}

	private static String bodyText(EvidenceEntry entry) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : entry.findings()) {
			if (finding.label() != null && finding.note() != null) {
				append(text, finding.label() + ": " + finding.note());
			}
			else if (finding.note() != null) {
				append(text, finding.note());
			}
		}
		for (Section section : entry.sections()) {
			if (section.heading() != null && !section.heading().isBlank()) {
				append(text, section.heading() + ".");
			}
			append(text, plain(section.markdown()));
		}
		return text.toString();
	}

	/**
	 * Markdown as plain text, in one pass: links and images keep their text, markup
	 * characters ({@code * _ ` # > |}) and list markers at the start of a line go, white
	 * space collapses to single spaces.
	 */
	static String plain(String markdown) {
		if (markdown == null) {
			return "";
		}
		int length = markdown.length();
		StringBuilder out = new StringBuilder(length);
		int linkEnd = -1;
		int skipTo = -1;
		boolean lineStart = true;
		boolean space = false;
		int i = 0;
		while (i < length) {
			char c = markdown.charAt(i);
			if (i == linkEnd) {
				// the "](target)" of a link whose text was kept
				i = skipTo;
				linkEnd = -1;
				continue;
			}
			if (lineStart) {
				int j = i;
				while (j < length && Character.isWhitespace(markdown.charAt(j))) {
					j++;
				}
				int marker = listMarker(markdown, j);
				if (marker > j) {
					space = true;
					i = marker;
					lineStart = false;
					continue;
				}
				lineStart = false;
			}
			if (c == '\n') {
				space = true;
				lineStart = true;
				i++;
				continue;
			}
			if (linkEnd < 0 && (c == '[' || (c == '!' && i + 1 < length && markdown.charAt(i + 1) == '['))) {
				int open = (c == '!') ? i + 1 : i;
				int close = markdown.indexOf(']', open + 1);
				if (close > 0 && close + 1 < length && markdown.charAt(close + 1) == '(') {
					int paren = markdown.indexOf(')', close + 2);
					if (paren > 0) {
						linkEnd = close;
						skipTo = paren + 1;
						i = open + 1;
						continue;
					}
				}
			}
			if (Character.isWhitespace(c) || c == '*' || c == '_' || c == '`' || c == '#' || c == '>' || c == '|') {
				space = true;
			}
			else {
				if (space && !out.isEmpty()) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
			i++;
		}
		return out.toString();
	}

	/**
	 * The end of a list marker ("-", "+" or "12." and white space) at a position, or the
	 * position.
	 */
	private static int listMarker(String text, int at) {
		int length = text.length();
		int j = at;
		if (j < length && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
			j++;
		}
		else {
			while (j < length && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
				j++;
			}
			if (j == at || j >= length || text.charAt(j) != '.') {
				return at;
			}
			j++;
		}
		int k = j;
		while (k < length && Character.isWhitespace(text.charAt(k))) {
			k++;
		}
		return (k > j) ? k : at;
	}

	private static void append(StringBuilder text, String value) {
		if (value != null && !value.isBlank()) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(value);
		}
	}

	/** What the factory needs to know about a centre, looked up once. */
	static final class CentreInfo {

		final LoadedCentre centre;

		private final Map<String, Map<String, List<Term>>> paths = new HashMap<>();

		private final Map<String, RatingScale> scales = new HashMap<>();

		private final RatingScale impactScale;

		CentreInfo(LoadedCentre centre) {
			this.centre = centre;
			for (Taxonomy taxonomy : centre.definition().taxonomies()) {
				Map<String, List<Term>> byId = new HashMap<>();
				collect(taxonomy.terms(), new ArrayList<>(), byId);
				this.paths.put(taxonomy.id(), byId);
			}
			centre.definition().scales().forEach((scale) -> this.scales.put(scale.id(), scale));
			List<String> headline = centre.centre().headline();
			this.impactScale = headline.isEmpty() ? null : this.scales.get(headline.get(0));
		}

		private static void collect(List<Term> terms, List<Term> ancestors, Map<String, List<Term>> into) {
			for (Term term : terms) {
				List<Term> path = new ArrayList<>(ancestors);
				path.add(term);
				into.put(term.id(), List.copyOf(path));
				collect(term.children(), path, into);
			}
		}

		/** The term and its ancestors, or nothing if unknown. */
		List<Term> path(String taxonomyId, String termId) {
			return this.paths.getOrDefault(taxonomyId, Map.of()).getOrDefault(termId, List.of());
		}

		Term term(String taxonomyId, String termId) {
			List<Term> path = path(taxonomyId, termId);
			return path.isEmpty() ? null : path.get(path.size() - 1);
		}

		String ratingLabel(String scaleId, String value) {
			RatingScale scale = this.scales.get(scaleId);
			if (scale == null || !scale.hasLevels()) {
				return null;
			}
			return scale.level(value).map(ScaleLevel::label).orElse(null);
		}

		/** The headline finding's value on the first headline scale, as a number. */
		double impact(EvidenceEntry entry) {
			if (this.impactScale == null) {
				return -1e9;
			}
			String value = entry.headline().ratings().get(this.impactScale.id());
			if (value == null) {
				value = entry.ratings().get(this.impactScale.id());
			}
			if (value == null) {
				return -1e9;
			}
			try {
				if (this.impactScale.hasLevels()) {
					List<ScaleLevel> levels = this.impactScale.levels();
					for (int i = 0; i < levels.size(); i++) {
						if (levels.get(i).code().equals(value)) {
							return i;
						}
					}
					return -1e9;
				}
				if (this.impactScale.kind() == ScaleKind.PROPORTION) {
					int slash = value.indexOf('/');
					double part = Double.parseDouble(value.substring(0, slash).strip());
					double whole = Double.parseDouble(value.substring(slash + 1).strip());
					return (whole > 0) ? part / whole : -1e9;
				}
				return Double.parseDouble(value.strip());
			}
			catch (RuntimeException ex) {
				return -1e9;
			}
		}

	}

}
