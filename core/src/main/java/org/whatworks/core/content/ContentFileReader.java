package org.whatworks.core.content;

import java.util.List;
import java.util.Optional;

import org.whatworks.core.plugin.ContentSource;

/**
 * What every reader of a centre's files shares while one centre loads: where the files
 * are, the centre's id, and the problems and warnings found so far, so that one load
 * reports every problem of every file at once.
 */
abstract class ContentFileReader {

	final ContentSource source;

	final String centreId;

	final List<ContentProblem> problems;

	final List<ContentProblem> warnings;

	ContentFileReader(ContentSource source, String centreId, List<ContentProblem> problems,
			List<ContentProblem> warnings) {
		this.source = source;
		this.centreId = centreId;
		this.problems = problems;
		this.warnings = warnings;
	}

	ContentFileReader(ContentFileReader loading) {
		this(loading.source, loading.centreId, loading.problems, loading.warnings);
	}

	FieldReader read(String file, boolean required) {
		Optional<String> text = this.source.read(file);
		if (text.isEmpty()) {
			if (required) {
				fileProblem(file, 0, "the file is missing", "see docs/content-format.md for the files a centre needs");
			}
			return null;
		}
		return parse(file, withoutByteOrderMark(text.get()), 0);
	}

	/**
	 * Windows editors often start a UTF-8 file with a byte order mark, which is not
	 * content.
	 */
	static String withoutByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	FieldReader parse(String file, String text, int lineOffset) {
		try {
			return new FieldReader(this.centreId, file, LocatedYaml.parse(text, lineOffset), this.problems);
		}
		catch (LocatedYaml.MalformedYamlException ex) {
			fileProblem(file, ex.line(), "malformed YAML: " + ex.getMessage(), null);
			return null;
		}
	}

	void fileProblem(String file, int line, String message, String allowed) {
		this.problems.add(new ContentProblem(this.centreId, file, line, "", null, message, allowed));
	}

}
