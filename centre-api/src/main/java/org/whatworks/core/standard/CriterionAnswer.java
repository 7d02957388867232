package org.whatworks.core.standard;

/**
 * A yes, no or not-known answer to one of the network's evidence criteria, such as
 * "lasting effect" or "UK evidence".
 */
public enum CriterionAnswer {

	YES("Yes"),

	NO("No"),

	/** Not known from what the centre published. */
	UNKNOWN("Not known");

	private final String label;

	CriterionAnswer(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
