package org.whatworks.core.standard;

/**
 * What a native rating implies about the evidence criteria, declared on a crosswalk rule
 * ({@code criteria:}). Every part is optional (null when the rating implies nothing about
 * it). A value an entry states may not contradict it: a design weaker than
 * {@code minDesign}, a number of evaluations outside {@code minEvaluations} to
 * {@code maxEvaluations}, or an answer other than the implied one.
 *
 * @param minDesign the weakest design the rating allows, or null
 * @param minEvaluations the fewest evaluations the rating allows, or null
 * @param maxEvaluations the most evaluations the rating allows, or null
 * @param replication the replication the rating implies, or null
 * @param lastingEffect whether the rating implies a lasting effect, or null
 * @param ukEvidence whether the rating implies UK evidence, or null
 */
public record CriteriaImplication(StudyDesign minDesign, Integer minEvaluations, Integer maxEvaluations,
		Replication replication, CriterionAnswer lastingEffect, CriterionAnswer ukEvidence) {

	/** Whether this implies nothing at all. */
	public boolean isEmpty() {
		return this.minDesign == null && this.minEvaluations == null && this.maxEvaluations == null
				&& this.replication == null && this.lastingEffect == null && this.ukEvidence == null;
	}

}
