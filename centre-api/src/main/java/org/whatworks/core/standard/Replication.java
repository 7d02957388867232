package org.whatworks.core.standard;

/**
 * Whether a finding has been replicated independently, one of the network's evidence
 * criteria.
 */
public enum Replication {

	/** Replicated by a team independent of the developers. */
	YES("Yes, independently"),
	/** Replicated, but only by the same team. */
	SAME_TEAM_ONLY("Same team only"),
	/** Not replicated. */
	NO("No"),
	/** Not known from what the centre published. */
	UNKNOWN("Not known");

	private final String label;

	Replication(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
