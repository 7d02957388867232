package org.whatworks.core.model;

/**
 * The kinds of native rating scale.
 */
public enum ScaleKind {

	/** Ordered levels, low to high, such as padlocks or an evidence level. */
	ORDINAL,
	/** Unordered categories, such as a guidance type. */
	CATEGORICAL,
	/** A number within a range and a unit, such as months of progress. */
	NUMERIC,
	/** "k/n": k of n studies, such as a vote count of evaluations. */
	PROPORTION

}
