package org.whatworks.core.content;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A parsed YAML document that remembers the line of every field, so that a problem can
 * name the line an editor must change. Jackson's tree model drops locations, so the text
 * is read twice: once as a token stream for lines, once as a tree.
 */
final class LocatedYaml {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.build();

	private final JsonNode root;

	private final Map<String, Integer> lines;

	private final int lineOffset;

	private LocatedYaml(JsonNode root, Map<String, Integer> lines, int lineOffset) {
		this.root = root;
		this.lines = lines;
		this.lineOffset = lineOffset;
	}

	/**
	 * Parses YAML text.
	 * @param text the YAML
	 * @param lineOffset lines before the text in its file (for front matter)
	 * @return the document
	 * @throws MalformedYamlException with the file line of the syntax error
	 */
	public static LocatedYaml parse(String text, int lineOffset) {
		try {
			JsonNode root = MAPPER.readTree(text);
			Map<String, Integer> lines = new HashMap<>();
			try (JsonParser parser = MAPPER.createParser(text)) {
				if (parser.nextToken() != null) {
					walk(parser, "", lines);
				}
			}
			return new LocatedYaml((root != null) ? root : MAPPER.nullNode(), lines, lineOffset);
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			String reason = ex.getOriginalMessage();
			if (reason != null && reason.startsWith("Duplicate property ")) {
				int close = reason.indexOf('"', 20);
				reason = "field '" + reason.substring(20, Math.max(20, close)) + "' is written twice; keep one";
			}
			int cut = (reason != null) ? reason.indexOf('\n') : -1;
			throw new MalformedYamlException((cut > 0) ? reason.substring(0, cut) : reason,
					(line > 0) ? line + lineOffset : 0);
		}
	}

	private static void walk(JsonParser parser, String path, Map<String, Integer> lines) {
		lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String child = path.isEmpty() ? parser.currentName() : path + "." + parser.currentName();
				lines.put(child, parser.currentTokenLocation().getLineNr());
				parser.nextToken();
				walk(parser, child, lines);
			}
		}
		else if (token == JsonToken.START_ARRAY) {
			int index = 0;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				walk(parser, path + "[" + index++ + "]", lines);
			}
		}
	}

	public JsonNode root() {
		return this.root;
	}

	/**
	 * The file line of a field path, or of its nearest parent that has one; 0 if none.
	 */
	public int line(String path) {
		String at = path;
		while (true) {
			Integer line = this.lines.get(at);
			if (line != null) {
				return line + this.lineOffset;
			}
			if (at.isEmpty()) {
				return 0;
			}
			int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
			at = (cut > 0) ? at.substring(0, cut) : "";
		}
	}

	/** A YAML syntax error with its file line. */
	public static final class MalformedYamlException extends RuntimeException {

		private final int line;

		MalformedYamlException(String reason, int line) {
			super(reason);
			this.line = line;
		}

		public int line() {
			return this.line;
		}

	}

}
