package org.whatworks.core.content;

import org.jspecify.annotations.Nullable;

/**
 * One problem in a centre's content, precise enough for an editor to fix it without
 * reading code.
 *
 * @param centreId the centre whose content it is
 * @param file the file, relative to the centre's content folder
 * @param line the 1-based line in that file, or 0 when the whole file is at fault
 * @param field the field path such as {@code findings[1].ratings.padlocks}, or empty
 * @param value the offending value, or null
 * @param message what is wrong
 * @param allowed what is allowed instead, or null
 */
public record ContentProblem(String centreId, String file, int line, String field, @Nullable String value,
		String message, @Nullable String allowed) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.centreId).append(": ").append(this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
		}
		text.append(": ");
		if (this.field != null && !this.field.isEmpty()) {
			text.append(this.field).append(": ");
		}
		text.append(this.message);
		if (this.value != null) {
			text.append(" (found '").append(this.value).append("')");
		}
		if (this.allowed != null) {
			text.append("; allowed: ").append(this.allowed);
		}
		return text.toString();
	}

}
