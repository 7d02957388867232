package org.whatworks.core.content;

/**
 * Whether the centres that rate an approach agree on one outcome domain.
 */
public enum Verdict {

	/** Every centre that rates the outcome gives the same network band. */
	AGREE("Agree", "Same band: every centre that rates this outcome gives it the same network band."),
	/** The centres that rate the outcome give different network bands. */
	DIFFER("Differ", "Bands differ: the centres that rate this outcome give it different network bands."),
	/**
	 * Fewer than two centres rate the outcome, their entries cover different groups of
	 * people, or one rates a whole strand or guideline and the other one named programme.
	 */
	NOT_COMPARABLE("Not comparable",
			"Not comparable: fewer than two centres rate this outcome, their entries cover different groups of people, "
					+ "or one centre rates a whole family of approaches and the other one named programme "
					+ "(the average of a strand is not a verdict on one programme).");

	private final String label;

	private final String rule;

	Verdict(String label, String rule) {
		this.label = label;
		this.rule = rule;
	}

	public String label() {
		return this.label;
	}

	/** The rule that gives this verdict, in words. */
	public String rule() {
		return this.rule;
	}

}
