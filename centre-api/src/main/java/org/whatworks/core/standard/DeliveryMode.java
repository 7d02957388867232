package org.whatworks.core.standard;

/**
 * A shared network vocabulary for fit: how an approach reaches people.
 */
public enum DeliveryMode implements NetworkTerm {

	INDIVIDUAL("Individual"),

	GROUP("Group"),

	WHOLE_ORGANISATION("Whole organisation"),

	PLACE("Place");

	private final String label;

	DeliveryMode(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
