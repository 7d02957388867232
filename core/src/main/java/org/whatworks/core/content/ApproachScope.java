package org.whatworks.core.content;

/**
 * A member's scope within its approach: the same subject as the others, a broader one (a
 * strand or guideline that includes named programmes of other centres), or one named
 * programme that a broader member includes.
 */
public enum ApproachScope {

	/** Neither includes nor is included by another member. */
	SAME("Same approach", "covers the same approach as the other centres' entries"),
	/** Includes other members: a whole strand, toolkit topic or guideline. */
	BROADER("Broader: the whole strand or guideline",
			"covers a whole family of approaches, of which the narrower members are named parts"),
	/** Included by a broader member: one named programme. */
	NARROWER("One named programme", "covers one named programme within a broader member's subject");

	private final String label;

	private final String description;

	ApproachScope(String label, String description) {
		this.label = label;
		this.description = description;
	}

	/** A short label for a member's scope, as the site shows it. */
	public String label() {
		return this.label;
	}

	/** What the scope means, in words. */
	public String description() {
		return this.description;
	}

}
