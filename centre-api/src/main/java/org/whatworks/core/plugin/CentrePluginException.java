package org.whatworks.core.plugin;

import java.util.List;

/**
 * Thrown when the set of centre plugins cannot be resolved: a duplicate or unknown id, an
 * incompatible contract version. The message lists every problem and the ids available.
 */
public class CentrePluginException extends RuntimeException {

	private final List<String> problems;

	public CentrePluginException(List<String> problems) {
		super(String.join(System.lineSeparator(), problems));
		this.problems = List.copyOf(problems);
	}

	/** Each problem as one sentence. */
	public List<String> problems() {
		return this.problems;
	}

}
