package org.whatworks.network;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.ContentValidationException;
import org.whatworks.core.plugin.CentrePluginException;

/**
 * When the site refuses to start because of its centres, says so in the start-up report
 * with one line per problem, instead of a stack trace.
 */
class CentresFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ContentValidationException invalid) {
				return analysis("The network's centres did not load (whatworks.plugins.on-error=fail).",
						invalid.problems().stream().map(ContentProblem::toString).toList(),
						"Fix each problem listed, or set whatworks.plugins.on-error=quarantine to serve the other "
								+ "centres and mark the broken ones unavailable.",
						cause);
			}
			if (cause instanceof CentrePluginException plugins) {
				return analysis("The centre plugins could not be resolved.", plugins.problems(),
						"Fix each problem listed; whatworks.centres.<id>.enabled must name a centre that exists.",
						cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static FailureAnalysis analysis(String what, List<String> problems, String action, Throwable cause) {
		String description = what + " " + problems.size() + " problem(s):" + System.lineSeparator()
				+ problems.stream().map((p) -> "    " + p).collect(Collectors.joining(System.lineSeparator()));
		return new FailureAnalysis(description, action, cause);
	}

}
