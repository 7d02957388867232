package org.whatworks.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person typed into a feedback form, and what is wrong with it. Everything is
 * plain text: HTML tags are refused rather than stored.
 */
class FeedbackForm {

	static final int MAX_MESSAGE = 2000;

	static final int MAX_SHORT = 200;

	static final int MAX_EMAIL = 254;

	private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private String entry;

	private String centre;

	private String topic;

	private String message;

	private String name;

	private String email;

	/** The honeypot: hidden from people, filled in by bots. */
	private String website;

	/**
	 * Problems in page order: the error summary lists them, each linking to its field.
	 */
	List<FieldError> validate(FeedbackKind kind, boolean centreKnown) {
		List<FieldError> errors = new ArrayList<>();
		if (kind == FeedbackKind.SUGGESTION) {
			if (!centreKnown) {
				errors.add(new FieldError("centre", "Select the centre your suggestion is for"));
			}
			if (blank(this.topic)) {
				errors.add(new FieldError("topic", "Enter the programme or topic you suggest"));
			}
			else {
				text(errors, "topic", "Programme or topic", this.topic, MAX_SHORT);
			}
		}
		if (blank(this.message)) {
			errors.add(new FieldError("message", (kind == FeedbackKind.SUGGESTION)
					? "Enter why the network should review it" : "Enter what is wrong and why"));
		}
		else {
			text(errors, "message", "Your message", this.message, MAX_MESSAGE);
		}
		if (!blank(this.name)) {
			text(errors, "name", "Name or organisation", this.name, MAX_SHORT);
		}
		if (!blank(this.email)) {
			String address = this.email.strip();
			if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
				errors.add(new FieldError("email",
						"Enter an email address in the correct format, like name@example.org, or leave it empty"));
			}
		}
		return errors;
	}

	private static void text(List<FieldError> errors, String field, String label, String value, int max) {
		if (value.strip().length() > max) {
			errors.add(new FieldError(field,
					label + " must be " + max + " characters or fewer (it has " + value.strip().length() + ")"));
		}
		else if (TAG.matcher(value).find()) {
			errors
				.add(new FieldError(field, label + " must be plain text: remove anything in angle brackets, like <b>"));
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String clean(String value) {
		return blank(value) ? null : value.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replace("\r", "");
	}

	boolean filledHoneypot() {
		return !blank(this.website);
	}

	public String getEntry() {
		return this.entry;
	}

	public void setEntry(String entry) {
		this.entry = entry;
	}

	public String getCentre() {
		return this.centre;
	}

	public void setCentre(String centre) {
		this.centre = centre;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	/**
	 * One problem with one field.
	 *
	 * @param field the field's id
	 * @param message what is wrong and what is allowed
	 */
	record FieldError(String field, String message) {
	}

}
