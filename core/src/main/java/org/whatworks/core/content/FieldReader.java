package org.whatworks.core.content;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields from one YAML document and records a {@link ContentProblem} for each
 * field that is missing, of the wrong type or not allowed, so that one pass reports every
 * problem in the file.
 */
final class FieldReader {

	/** Ids: lower-case kebab case. */
	public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final String centreId;

	private final String file;

	private final LocatedYaml yaml;

	private final List<ContentProblem> problems;

	public FieldReader(String centreId, String file, LocatedYaml yaml, List<ContentProblem> problems) {
		this.centreId = centreId;
		this.file = file;
		this.yaml = yaml;
		this.problems = problems;
	}

	public JsonNode root() {
		return this.yaml.root();
	}

	public String file() {
		return this.file;
	}

	/** The file line of a field path. */
	public int line(String path) {
		return this.yaml.line(path);
	}

	public static String path(String parent, String name) {
		return parent.isEmpty() ? name : parent + "." + name;
	}

	public void problem(String path, String value, String message, String allowed) {
		this.problems
			.add(new ContentProblem(this.centreId, this.file, this.yaml.line(path), path, value, message, allowed));
	}

	/** Reports fields of an object that are not in the allowed list. */
	public void onlyFields(JsonNode object, String path, Collection<String> allowed) {
		if (object == null || !object.isObject()) {
			return;
		}
		for (String name : object.propertyNames()) {
			if (!allowed.contains(name)) {
				problem(path(path, name), null, "unknown field '" + name + "'", String.join(", ", allowed));
			}
		}
	}

	/** Whether a node is an object; reports a problem if it is present but not one. */
	public boolean isObject(JsonNode node, String path, boolean required) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			if (required) {
				problem(path, null, "missing required field", "a mapping of fields");
			}
			return false;
		}
		if (!node.isObject()) {
			problem(path, scalar(node), "must be a mapping of fields", null);
			return false;
		}
		return true;
	}

	/** The elements of a list field; reports a problem if present but not a list. */
	public List<JsonNode> list(JsonNode parent, String path, String name, boolean required) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		String at = path(path, name);
		if (node == null || node.isNull()) {
			if (required) {
				problem(at, null, "missing required field", "a list");
			}
			return List.of();
		}
		if (!node.isArray()) {
			problem(at, scalar(node), "must be a list", "a YAML list, e.g. [a, b]");
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>();
		node.values().forEach(items::add);
		return items;
	}

	/** A scalar field as text; numbers are written without a trailing ".0". */
	public String text(JsonNode parent, String path, String name, boolean required) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		String at = path(path, name);
		if (node == null || node.isNull()) {
			if (required) {
				problem(at, null, "missing required field", null);
			}
			return null;
		}
		if (node.isContainer()) {
			problem(at, null, "must be a single value, not a " + (node.isArray() ? "list" : "mapping"), null);
			return null;
		}
		String value = scalar(node);
		if (required && value.isBlank()) {
			problem(at, value, "must not be empty", null);
			return null;
		}
		int bidi = firstBidiControl(value);
		if (bidi >= 0) {
			problem(at, "U+" + Integer.toHexString(value.charAt(bidi)).toUpperCase(java.util.Locale.ROOT),
					"holds a bidirectional control character, which can make text display as something else",
					"plain text without U+202A-U+202E or U+2066-U+2069");
			return null;
		}
		return value;
	}

	/**
	 * The index of the first bidirectional embedding, override or isolate character, or
	 * -1.
	 */
	public static int firstBidiControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
				return i;
			}
		}
		return -1;
	}

	public String id(JsonNode parent, String path, String name, boolean required) {
		String value = text(parent, path, name, required);
		if (value != null && !ID.matcher(value).matches()) {
			problem(path(path, name), value, "is not a valid id",
					"lower-case letters and digits joined by single hyphens");
			return null;
		}
		return value;
	}

	public Integer integer(JsonNode parent, String path, String name, boolean required, int min, int max) {
		String value = text(parent, path, name, required);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number < min || number > max) {
				problem(path(path, name), value, "is out of range", "a whole number from " + min + " to " + max);
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problem(path(path, name), value, "is not a whole number", "a whole number from " + min + " to " + max);
			return null;
		}
	}

	public Double number(JsonNode parent, String path, String name) {
		String value = text(parent, path, name, false);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			problem(path(path, name), value, "is not a number", "a number such as 3 or 0.66");
			return null;
		}
	}

	public Boolean bool(JsonNode parent, String path, String name, boolean required) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || node.isNull()) {
			if (required) {
				problem(path(path, name), null, "missing required field", "true or false");
			}
			return null;
		}
		if (!node.isBoolean()) {
			problem(path(path, name), scalar(node), "must be true or false", "true or false");
			return null;
		}
		return node.booleanValue();
	}

	public URI url(JsonNode parent, String path, String name, boolean required) {
		String value = text(parent, path, name, required);
		if (value == null) {
			return null;
		}
		try {
			URI uri = URI.create(value.trim());
			if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
				return uri;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		problem(path(path, name), value, "is not a web address", "an absolute http(s) URL");
		return null;
	}

	/** A date written YYYY-MM-DD, YYYY-MM (first of the month) or YYYY (1 January). */
	public LocalDate date(JsonNode parent, String path, String name, boolean required) {
		String value = text(parent, path, name, required);
		if (value == null) {
			return null;
		}
		String iso = value.trim();
		if (iso.matches("\\d{4}")) {
			iso = iso + "-01-01";
		}
		else if (iso.matches("\\d{4}-\\d{2}")) {
			iso = iso + "-01";
		}
		try {
			return LocalDate.parse(iso);
		}
		catch (DateTimeParseException ex) {
			problem(path(path, name), value, "is not a date", "YYYY-MM-DD, YYYY-MM or YYYY");
			return null;
		}
	}

	public <E extends Enum<E>> E enumValue(JsonNode parent, String path, String name, Class<E> type, boolean required) {
		String value = text(parent, path, name, required);
		return (value != null) ? enumOf(value, path(path, name), type) : null;
	}

	public <E extends Enum<E>> E enumOf(String value, String at, Class<E> type) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			problem(at, value, "is not a known value", names(type));
			return null;
		}
	}

	/** One code or a list of codes of an enum, as a list. */
	public <E extends Enum<E>> List<E> enumList(JsonNode parent, String path, String name, Class<E> type) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || node.isNull()) {
			return List.of();
		}
		List<E> values = new ArrayList<>();
		if (node.isArray()) {
			int index = 0;
			for (JsonNode item : node.values()) {
				E value = enumOf(scalar(item), path(path, name) + "[" + index++ + "]", type);
				if (value != null) {
					values.add(value);
				}
			}
		}
		else {
			E value = enumOf(scalar(node), path(path, name), type);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	/** A list of strings; a single scalar is taken as a list of one. */
	public List<String> strings(JsonNode parent, String path, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			return node.isContainer() ? List.of() : List.of(scalar(node));
		}
		List<String> values = new ArrayList<>();
		int index = 0;
		for (JsonNode item : node.values()) {
			if (item.isContainer() || item.isNull()) {
				problem(path(path, name) + "[" + index + "]", null, "must be a single value", null);
			}
			else {
				values.add(scalar(item));
			}
			index++;
		}
		return values;
	}

	/** A mapping of names to values, in file order. */
	public <V> Map<String, V> map(JsonNode parent, String path, String name, BiFunction<String, JsonNode, V> value) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		String at = path(path, name);
		Map<String, V> result = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return result;
		}
		if (!node.isObject()) {
			problem(at, scalar(node), "must be a mapping", null);
			return result;
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			V converted = value.apply(path(at, field.getKey()), field.getValue());
			if (converted != null) {
				result.put(field.getKey(), converted);
			}
		}
		return result;
	}

	public static String scalar(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		if (node.isNumber()) {
			String plain = node.decimalValue().stripTrailingZeros().toPlainString();
			return plain;
		}
		if (node.isContainer()) {
			return node.toString();
		}
		return node.asString();
	}

	public static <E extends Enum<E>> String names(Class<E> type) {
		List<String> names = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			names.add(constant.name());
		}
		return String.join(", ", names);
	}

}
