package org.whatworks.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details as Spring's {@link ProblemDetail}, with two extension
 * members where they apply: {@code parameter} (the bad parameter's name) and
 * {@code allowed} (what it allows, or the methods a path allows). Whatever a user typed
 * is quoted only after being cut to a readable length; the JSON encoder escapes it.
 */
final class Problems {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	/** What every read-only path allows, in an {@code Allow} header and a 405 problem. */
	static final List<String> READ_METHODS = List.of("GET", "HEAD", "OPTIONS");

	static final String ALLOW = String.join(", ", READ_METHODS);

	private static final int MAX_ECHO = 80;

	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private Problems() {
	}

	static ProblemDetail problem(HttpStatusCode status, String detail, String parameter, List<String> allowed) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
		}
		if (allowed != null) {
			problem.setProperty("allowed", List.copyOf(allowed));
		}
		return problem;
	}

	static ProblemDetail problem(HttpStatusCode status, String detail, String path, String parameter,
			List<String> allowed) {
		ProblemDetail problem = problem(status, detail, parameter, allowed);
		problem.setInstance(instance(path));
		return problem;
	}

	static ResponseEntity<ProblemDetail> response(HttpStatus status, String detail, String path, String parameter,
			List<String> allowed) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
			.contentType(PROBLEM_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store");
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.header(HttpHeaders.ALLOW, ALLOW);
		}
		return builder.body(problem(status, detail, path, parameter, allowed));
	}

	/**
	 * The path a problem is about, as a relative URI reference: the original request's
	 * path, also when the problem is written while the container forwards to its error
	 * page.
	 */
	static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String uri) ? uri : request.getRequestURI();
	}

	static URI instance(String path) {
		try {
			return URI.create((path != null && !path.isEmpty()) ? path : "/");
		}
		catch (IllegalArgumentException ex) {
			return URI.create("/");
		}
	}

	/** Writes a problem straight to the servlet response, outside Spring MVC. */
	static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (problem.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
		}
		byte[] body = json(problem);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	static byte[] json(ProblemDetail problem) {
		return JSON.writeValueAsBytes(problem);
	}

	/** A value a user typed, cut short, for quoting in a message. */
	static String quote(String value) {
		if (value == null) {
			return "''";
		}
		String cut = (value.length() > MAX_ECHO) ? value.substring(0, MAX_ECHO) + "…" : value;
		StringBuilder clean = new StringBuilder();
		cut.codePoints().forEach((cp) -> clean.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
		return "'" + clean + "'";
	}

}
