package org.whatworks.core.standard;

/**
 * The network's common effect of an approach on one outcome.
 */
public enum Effect {

	/** Improves the outcome. */
	POSITIVE("Positive", "improves the outcome"),
	/** Studies disagree. */
	MIXED("Mixed", "studies disagree"),
	/** No reliable effect. */
	NO_EFFECT("No effect", "no reliable effect"),
	/** Makes the outcome worse. */
	NEGATIVE("Negative", "makes the outcome worse"),
	/** Not enough evidence to judge. */
	UNCLEAR("Unclear", "not enough evidence to judge");

	private final String label;

	private final String meaning;

	Effect(String label, String meaning) {
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
