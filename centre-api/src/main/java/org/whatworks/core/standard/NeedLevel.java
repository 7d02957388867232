package org.whatworks.core.standard;

/**
 * A shared network vocabulary for fit: the level of need an approach is meant for, from
 * everyone (universal) to people with identified, serious needs (specialist).
 */
public enum NeedLevel implements NetworkTerm {

	UNIVERSAL("Universal (everyone)"),

	TARGETED("Targeted (people at risk)"),

	SPECIALIST("Specialist (identified needs)");

	private final String label;

	NeedLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

}
