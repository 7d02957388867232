package org.whatworks.core.standard;

import org.jspecify.annotations.Nullable;

/**
 * One rule of a centre's crosswalk for one native scale: when a native value matches, it
 * sets any of the network effect, confidence (0-5) and cost band (1-5). A rule matches
 * either a level code ({@code level}) or, for numeric and proportion scales, an inclusive
 * range ({@code min}, {@code max}, either open) and for proportions an optional minimum
 * denominator ({@code minCount}).
 *
 * @param level the native level code this rule matches, or {@code null} for a range rule
 * @param min the smallest matching value (a share from 0 to 1 for proportions), or null
 * @param max the largest matching value, or null
 * @param minCount for proportions, the smallest denominator that matches, or null
 * @param effect the network effect this rule sets, or null
 * @param confidence the network confidence 0-5 this rule sets, or null
 * @param costBand the network cost band 1-5 this rule sets, or null
 * @param criteria what a matching native value implies about the evidence criteria, or
 * null when it implies nothing
 */
public record CrosswalkRule(String level, @Nullable Double min, @Nullable Double max, @Nullable Integer minCount,
		@Nullable Effect effect, @Nullable Integer confidence, @Nullable Integer costBand,
		@Nullable CriteriaImplication criteria) {

	/** A rule that implies nothing about the evidence criteria. */
	public CrosswalkRule(String level, @Nullable Double min, @Nullable Double max, @Nullable Integer minCount,
			@Nullable Effect effect, @Nullable Integer confidence, @Nullable Integer costBand) {
		this(level, min, max, minCount, effect, confidence, costBand, null);
	}

	/** Whether this rule matches a level rule's code. */
	public boolean matchesLevel(String code) {
		return this.level != null && this.level.equals(code);
	}

	/**
	 * Whether this range rule matches a numeric value with the given count (null if not a
	 * proportion).
	 */
	public boolean matchesValue(double value, Integer count) {
		if (this.level != null) {
			return false;
		}
		if (this.min != null && value < this.min - 1e-9) {
			return false;
		}
		if (this.max != null && value > this.max + 1e-9) {
			return false;
		}
		return this.minCount == null || (count != null && count >= this.minCount);
	}

	/**
	 * A readable form of what this rule matches, for messages and "how we compared this".
	 */
	public String describeMatch() {
		if (this.level != null) {
			return "level " + this.level;
		}
		String range = (this.min != null ? fmt(this.min) : "any") + " to " + (this.max != null ? fmt(this.max) : "any");
		return (this.minCount != null) ? range + " with at least " + this.minCount + " studies" : range;
	}

	private static String fmt(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
