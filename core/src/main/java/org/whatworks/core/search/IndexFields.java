package org.whatworks.core.search;

/**
 * The names of every field of the search index, in one place.
 */
public final class IndexFields {

	/** The entry reference {@code centre/entry}: indexed, stored and sortable. */
	public static final String REF = "ref";

	/** The centre id, indexed as a keyword. */
	public static final String CENTRE = "centre";

	/** The title: analysed, stored. */
	public static final String TITLE = "title";

	/** The summary: analysed, stored. */
	public static final String SUMMARY = "summary";

	/**
	 * Taxonomy term labels and synonyms, network vocabulary labels and native rating
	 * labels: analysed.
	 */
	public static final String TERMS = "terms";

	/**
	 * The body as plain text (sections and finding notes): not a field of its own any
	 * more, part of {@link #ALL}.
	 */
	public static final String BODY = "body";

	/**
	 * Everything searchable in one analysed field with offsets (summary, body, title,
	 * terms), used to decide what matches and to highlight.
	 */
	public static final String ALL = "all";

	/** Unstemmed words of titles, summaries and terms, for spelling suggestions. */
	public static final String SPELL = "spell";

	/**
	 * Every facet value as {@code <facet>\u001F<value>}: sorted-set doc values and a
	 * keyword index.
	 */
	public static final String FACETS = "facets";

	/** The entry's position in order of lower-cased title then reference, for sorting. */
	public static final String TITLE_SORT = "title_sort";

	/** Network confidence 0-5, -1 when not rated. */
	public static final String CONFIDENCE_SORT = "confidence_sort";

	/** Network cost band 1-5, 99 when not assessed. */
	public static final String COST_SORT = "cost_sort";

	/** The position of the evidence band in {@code EvidenceBand} order. */
	public static final String BAND_SORT = "band_sort";

	/** The native headline impact as a double; very low when absent. */
	public static final String IMPACT_SORT = "impact_sort";

	/** The last review date as an epoch day. */
	public static final String REVIEWED_SORT = "reviewed_sort";

	/** The separator between a facet name and a value in {@link #FACETS}. */
	public static final char FACET_SEPARATOR = '\u001F';

	private IndexFields() {
	}

	/** The {@link #FACETS} value of one facet value. */
	public static String facetValue(String facet, String value) {
		return facet + FACET_SEPARATOR + value;
	}

}
