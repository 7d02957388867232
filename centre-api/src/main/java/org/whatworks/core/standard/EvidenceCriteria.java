package org.whatworks.core.standard;

import java.util.EnumMap;
import java.util.Map;

/**
 * A finding's evidence criteria, as far as they are known: what the entry states, else
 * what its native rating implies through the centre's crosswalk. Derived by core; they
 * explain the finding's band and never change it.
 *
 * @param design the best study design, or null when not known
 * @param designIsMinimum true when only a minimum design is known (implied, not stated)
 * @param evaluations the number of evaluations, or null when not stated
 * @param minEvaluations the fewest evaluations the native rating implies, or null
 * @param maxEvaluations the most evaluations the native rating implies, or null
 * @param replication independent replication; never null ({@code UNKNOWN} when not known)
 * @param lastingEffect a lasting effect (12 months or more); never null
 * @param ukEvidence UK evidence; never null
 * @param basis per known criterion, where its value comes from in words, such as "stated
 * by the entry" or "implied by Evidence rating level 4"
 */
public record EvidenceCriteria(StudyDesign design, boolean designIsMinimum, Integer evaluations, Integer minEvaluations,
		Integer maxEvaluations, Replication replication, CriterionAnswer lastingEffect, CriterionAnswer ukEvidence,
		Map<Criterion, String> basis) {

	/** Criteria of which nothing is known. */
	public static final EvidenceCriteria UNKNOWN = new EvidenceCriteria(null, false, null, null, null,
			Replication.UNKNOWN, CriterionAnswer.UNKNOWN, CriterionAnswer.UNKNOWN, Map.of());

	public EvidenceCriteria {
		replication = (replication != null) ? replication : Replication.UNKNOWN;
		lastingEffect = (lastingEffect != null) ? lastingEffect : CriterionAnswer.UNKNOWN;
		ukEvidence = (ukEvidence != null) ? ukEvidence : CriterionAnswer.UNKNOWN;
		basis = basis.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(basis));
	}

	/** Whether anything is known about one criterion. */
	public boolean known(Criterion criterion) {
		return switch (criterion) {
			case DESIGN -> this.design != null;
			case EVALUATIONS -> this.evaluations != null || this.minEvaluations != null || this.maxEvaluations != null;
			case REPLICATION -> this.replication != Replication.UNKNOWN;
			case LASTING_EFFECT -> this.lastingEffect != CriterionAnswer.UNKNOWN;
			case UK_EVIDENCE -> this.ukEvidence != CriterionAnswer.UNKNOWN;
		};
	}

	/** Whether anything at all is known. */
	public boolean anyKnown() {
		for (Criterion criterion : Criterion.values()) {
			if (known(criterion)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The value of one criterion in words, such as "Randomised", "At least 2" or "Not
	 * known".
	 */
	public String describe(Criterion criterion) {
		return switch (criterion) {
			case DESIGN ->
				(this.design == null) ? "Not known" : (this.designIsMinimum && this.design != StudyDesign.RANDOMISED)
						? "At least " + this.design.label().toLowerCase(java.util.Locale.ROOT) : this.design.label();
			case EVALUATIONS -> describeEvaluations();
			case REPLICATION -> this.replication.label();
			case LASTING_EFFECT -> this.lastingEffect.label();
			case UK_EVIDENCE -> this.ukEvidence.label();
		};
	}

	/** Where the value of one criterion comes from in words, or null when not known. */
	public String basis(Criterion criterion) {
		return this.basis.get(criterion);
	}

	private String describeEvaluations() {
		if (this.evaluations != null) {
			return String.valueOf(this.evaluations);
		}
		if (this.minEvaluations != null && this.maxEvaluations != null) {
			return this.minEvaluations.equals(this.maxEvaluations) ? String.valueOf(this.minEvaluations)
					: this.minEvaluations + " to " + this.maxEvaluations;
		}
		if (this.minEvaluations != null) {
			return "At least " + this.minEvaluations;
		}
		if (this.maxEvaluations != null) {
			return "At most " + this.maxEvaluations;
		}
		return "Not known";
	}

}
