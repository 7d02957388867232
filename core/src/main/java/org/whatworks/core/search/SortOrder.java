package org.whatworks.core.search;

/**
 * How search results are ordered. Ties are broken by title and then by entry reference,
 * so paging is stable.
 */
public enum SortOrder {

	/** Best match first (the default). */
	RELEVANCE("Relevance"),
	/** Strongest network confidence first. */
	CONFIDENCE("Strength of evidence"),
	/** Lowest network cost band first; not assessed last. */
	COST("Cost (lowest first)"),
	/**
	 * Largest native headline impact first; meaningful when narrowed to one centre, and
	 * otherwise by network evidence band.
	 */
	IMPACT("Impact"),
	/** Title A to Z. */
	TITLE("Title"),
	/** Most recently reviewed first. */
	REVIEWED("Last reviewed");

	private final String label;

	SortOrder(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
