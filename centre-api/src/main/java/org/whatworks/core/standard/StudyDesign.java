package org.whatworks.core.standard;

/**
 * The best study design behind a finding, one of the network's evidence criteria.
 * Declared from the strongest design down, so {@link #atLeast} can compare designs.
 */
public enum StudyDesign {

	/** At least one randomised controlled trial. */
	RANDOMISED("Randomised"),
	/** At best a quasi-experimental design with a comparison group. */
	QUASI_EXPERIMENTAL("Quasi-experimental"),
	/**
	 * At best another design, such as a before-and-after study without a comparison
	 * group.
	 */
	OTHER("Other design"),
	/** No evaluation at all. */
	NONE("No evaluation");

	private final String label;

	StudyDesign(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether this design is as strong as {@code minimum} or stronger. */
	public boolean atLeast(StudyDesign minimum) {
		return ordinal() <= minimum.ordinal();
	}

}
