package org.whatworks.core.model;

import org.jspecify.annotations.Nullable;

/**
 * How the site draws a scale without centre-specific code.
 *
 * @param icon the icon family: padlock, pound, months, bar, text, star or check
 * @param max the most icons a level can show, or null
 * @param format a template for numeric values with {@code {value}} as placeholder, or
 * null
 */
public record DisplayHint(String icon, @Nullable Integer max, String format) {

	/** Icon families the site can draw. */
	public static final java.util.List<String> ICONS = java.util.List.of("padlock", "pound", "months", "bar", "text",
			"star", "check");

	/** Formats a numeric value with this hint's template, if any. */
	public String format(String value) {
		return (this.format != null) ? this.format.replace("{value}", value) : value;
	}

}
