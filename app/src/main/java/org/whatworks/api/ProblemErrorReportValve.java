package org.whatworks.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's own error report, for requests it refuses before any filter or servlet sees
 * them (an address whose percent-encoding is not UTF-8, an encoded slash, a request line
 * or header too long): problem details on the machine-readable paths (and when the path
 * could not even be read), as {@link ProblemResponseFilter} writes them, and Tomcat's
 * short page without server details elsewhere.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		String uri = request.getRequestURI();
		String path = (uri != null) ? uri : "/";
		String contextPath = (request.getContextPath() != null) ? request.getContextPath() : "";
		String within = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
		// a request line too long to read has no path: no one can tell it was a person's
		boolean unknown = uri == null || uri.isEmpty();
		boolean problem = ProblemResponseFilter.isApiPath(within)
				|| ((unknown || ProblemResponseFilter.isMachinePath(within))
						&& !ProblemResponseFilter.asksForHtml(request.getHeader("Accept")));
		if (status < 400 || response.getContentWritten() > 0 || !problem) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		try {
			byte[] body = Problems.json(Problems.problem(HttpStatusCode.valueOf(status),
					ProblemResponseFilter.detail(status), path, null, null));
			response.setContentType(Problems.PROBLEM_JSON.toString());
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Cache-Control", "no-store");
			// no filter ran, so the security headers the rest of the site carries are set
			// here
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
			response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
			response.getOutputStream().write(body);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is already written: nothing more to say
		}
	}

}
