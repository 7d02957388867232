package org.whatworks.site;

import java.util.List;

/**
 * A request the site cannot answer because of what was asked, with one plain message per
 * problem naming the parameter and what is allowed. Shown as a 400 page, never a stack
 * trace.
 */
class BadRequestException extends RuntimeException {

	private final List<String> problems;

	BadRequestException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
