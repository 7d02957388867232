package org.whatworks.site;

/**
 * One native rating ready to draw: the scale's name, the value's label, and how many
 * icons of which family to draw. The label is always shown as text; icons only add to it.
 *
 * @param scaleName the scale's name, such as 'Evidence strength'
 * @param scaleDescription what the scale measures, or null
 * @param label the value's label, such as 'Extensive' or '+6 months'
 * @param description what the value means, or null
 * @param icon the icon family (padlock, pound, star, bar, months, check, text)
 * @param filled how many icons are filled
 * @param max how many icons in all, 0 when the scale draws no row of icons
 * @param share for proportions, the share 0..1 of the bar to fill, or null
 */
public record RatingView(String scaleName, String scaleDescription, String label, String description, String icon,
		int filled, int max, Double share) {

	/** Whether to draw a row of icons. */
	public boolean hasIcons() {
		return this.max > 0;
	}

	/** Indexes 1..max for the template. */
	public java.util.List<Integer> positions() {
		return java.util.stream.IntStream.rangeClosed(1, this.max).boxed().toList();
	}

	/** Width in SVG units of the filled part of a proportion bar 60 units wide. */
	public long shareWidth() {
		return (this.share != null) ? Math.round(this.share * 60) : 0;
	}

	/** '4 of 5' for screen readers, or empty. */
	public String outOf() {
		return hasIcons() ? this.filled + " out of " + this.max : "";
	}

}
