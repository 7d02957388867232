package org.whatworks.core.model;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A centre's native rating scale. Ordinal and categorical scales have levels; numeric
 * scales a range and a unit; proportion scales take values such as "7/9".
 *
 * @param id the scale id, unique within the centre
 * @param name the name shown to people
 * @param description what the scale measures, or null
 * @param kind the kind of scale
 * @param levels the levels, low to high for ordinal scales; empty for other kinds
 * @param min the smallest numeric value, or null
 * @param max the largest numeric value, or null
 * @param unit the unit of numeric values, or null
 * @param display how to draw it
 * @param qualifiers the marks the centre may add to a rating on this scale; often empty
 */
public record RatingScale(String id, String name, @Nullable String description, ScaleKind kind, List<ScaleLevel> levels,
		@Nullable Double min, @Nullable Double max, @Nullable String unit, DisplayHint display,
		List<ScaleQualifier> qualifiers) {

	public RatingScale {
		levels = List.copyOf(levels);
		qualifiers = List.copyOf(qualifiers);
	}

	/** A scale without qualifiers. */
	public RatingScale(String id, String name, String description, ScaleKind kind, List<ScaleLevel> levels, Double min,
			Double max, String unit, DisplayHint display) {
		this(id, name, description, kind, levels, min, max, unit, display, List.of());
	}

	/** The qualifier with this code, if the scale declares one. */
	public Optional<ScaleQualifier> qualifier(String code) {
		return this.qualifiers.stream().filter((qualifier) -> qualifier.code().equals(code)).findFirst();
	}

	/** The level with this code, if the scale has one. */
	public Optional<ScaleLevel> level(String code) {
		return this.levels.stream().filter((level) -> level.code().equals(code)).findFirst();
	}

	/** Whether the scale has named levels. */
	public boolean hasLevels() {
		return this.kind == ScaleKind.ORDINAL || this.kind == ScaleKind.CATEGORICAL;
	}

	/**
	 * The label of a value: the level label for level scales, the formatted value
	 * otherwise.
	 */
	public String labelOf(String value) {
		if (hasLevels()) {
			return level(value).map(ScaleLevel::label).orElse(value);
		}
		return (this.display != null) ? this.display.format(value) : value;
	}

}
