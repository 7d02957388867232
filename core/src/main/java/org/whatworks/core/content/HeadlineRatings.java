package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.whatworks.core.model.CentreDefinition;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.ScaleKind;

/**
 * The one definition of an entry's headline ratings, which every channel shows (the entry
 * page and result lists, the API, the CSV's {@code native_headline}): the centre's
 * headline scales in the order the centre names them, each with the value its headline
 * finding states, or else the entry-level value; a scale with neither is left out. So a
 * rating stated per outcome (such as a vote count, "6/11") is part of the headline.
 */
public final class HeadlineRatings {

	/**
	 * One headline rating.
	 *
	 * @param scale the centre's scale
	 * @param value the native value as written (a level code, a number or "k/n")
	 */
	public record Rating(RatingScale scale, String value) {

		/** The value's label, as {@link HeadlineRatings#label} gives it. */
		public String label() {
			return HeadlineRatings.label(this.scale, this.value);
		}

	}

	private HeadlineRatings() {
	}

	/**
	 * The headline ratings of an entry.
	 * @param entry the entry
	 * @param definition its centre's definition
	 * @return the ratings, in the centre's headline order; empty if none is stated
	 */
	public static List<Rating> of(EvidenceEntry entry, CentreDefinition definition) {
		List<Rating> ratings = new ArrayList<>();
		for (String scaleId : new LinkedHashSet<>(definition.centre().headline())) {
			String value = entry.headline().ratings().get(scaleId);
			if (value == null) {
				value = entry.ratings().get(scaleId);
			}
			if (value != null) {
				String found = value;
				definition.scale(scaleId).ifPresent((scale) -> ratings.add(new Rating(scale, found)));
			}
		}
		return ratings;
	}

	/**
	 * The label of a native value as every channel shows it: a level's label, a
	 * proportion as written without spaces, or a number in the scale's display format,
	 * with a plus sign on a positive months figure (as the centres publish it).
	 * @param scale the scale
	 * @param value the native value
	 * @return the label
	 */
	public static String label(RatingScale scale, String value) {
		if (scale.hasLevels()) {
			return scale.labelOf(value);
		}
		if (scale.kind() == ScaleKind.PROPORTION) {
			return scale.labelOf(value.replace(" ", ""));
		}
		String shown = value;
		if (scale.display() != null && "months".equals(scale.display().icon()) && !value.startsWith("+")) {
			try {
				if (Double.parseDouble(value) > 0) {
					shown = "+" + value;
				}
			}
			catch (NumberFormatException ex) {
				// shown as written
			}
		}
		return scale.labelOf(shown);
	}

}
