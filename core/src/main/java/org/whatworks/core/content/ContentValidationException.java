package org.whatworks.core.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when content does not validate. Carries every problem found, not just the first,
 * and its message lists them one a line.
 */
public class ContentValidationException extends RuntimeException {

	private final List<ContentProblem> problems;

	public ContentValidationException(String what, List<ContentProblem> problems) {
		super(what + ": " + problems.size() + " problem(s)" + System.lineSeparator()
				+ problems.stream().map((p) -> "  " + p).collect(Collectors.joining(System.lineSeparator())));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in file order. */
	public List<ContentProblem> problems() {
		return this.problems;
	}

}
