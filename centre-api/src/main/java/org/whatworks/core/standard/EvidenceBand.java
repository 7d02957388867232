package org.whatworks.core.standard;

/**
 * The network evidence band, derived by core from a finding's effect and confidence (see
 * {@link NetworkStandard#band}); a centre never states it. Declared from the strongest
 * positive band down, so the natural order is a sensible sort order.
 */
public enum EvidenceBand {

	/** Positive effect with confidence 4 or 5. */
	WELL_SUPPORTED("Well supported", "positive effect, strong evidence"),
	/** Positive effect with confidence 2 or 3. */
	PROMISING("Promising", "positive effect, limited or moderate evidence"),
	/** Studies disagree. */
	MIXED("Mixed", "studies disagree"),
	/** No reliable effect. */
	NO_EFFECT("No effect", "no reliable effect found"),
	/** Makes the outcome worse. */
	HARMFUL("Harmful", "makes the outcome worse"),
	/** Confidence 0 or 1, or effect unclear. */
	INSUFFICIENT("Insufficient evidence", "too little evidence to judge"),
	/**
	 * Not rated by this centre: the centre reports in words, or has not rated this item.
	 * Never filled in by the network, even where an outside review exists.
	 */
	NOT_RATED("Not rated by this centre", "the centre describes the evidence in words or has not rated it");

	private final String label;

	private final String meaning;

	EvidenceBand(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return this.label;
	}

	public String meaning() {
		return this.meaning;
	}

}
