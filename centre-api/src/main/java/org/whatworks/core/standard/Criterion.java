package org.whatworks.core.standard;

/**
 * The network's evidence criteria: what most often explains why two centres rate the same
 * approach differently. They explain a band; they never change it.
 */
public enum Criterion {

	/** The best study design behind the finding. */
	DESIGN("design", "Best study design"),
	/** How many evaluations the finding rests on. */
	EVALUATIONS("evaluations", "Number of evaluations"),
	/** Whether an independent team replicated the finding. */
	REPLICATION("replication", "Independent replication"),
	/** Whether an effect was seen at a follow-up of 12 months or more. */
	LASTING_EFFECT("lastingEffect", "Lasting effect (12 months or more)"),
	/** Whether any of the evidence comes from the UK. */
	UK_EVIDENCE("ukEvidence", "UK evidence");

	private final String field;

	private final String label;

	Criterion(String field, String label) {
		this.field = field;
		this.label = label;
	}

	/**
	 * The field name used in content files and the API, such as {@code lastingEffect}.
	 */
	public String field() {
		return this.field;
	}

	public String label() {
		return this.label;
	}

}
