package org.whatworks.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds RFC 9457 problem details. Whatever a user typed is quoted only after being cut
 * to a readable length; the JSON encoder escapes it.
 */
final class Problems {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private static final int MAX_ECHO = 80;

	private Problems() {
	}

	static ApiModel.Problem problem(HttpStatus status, String detail, String path, String parameter,
			List<String> allowed) {
		return new ApiModel.Problem(URI.create("about:blank"), status.getReasonPhrase(), status.value(), detail,
				instance(path), parameter, allowed);
	}

	static ResponseEntity<ApiModel.Problem> response(HttpStatus status, String detail, String path, String parameter,
			List<String> allowed) {
		return ResponseEntity.status(status)
			.contentType(PROBLEM_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(problem(status, detail, path, parameter, allowed));
	}

	private static URI instance(String path) {
		try {
			return URI.create((path != null) ? path : "/");
		}
		catch (IllegalArgumentException ex) {
			return URI.create("/");
		}
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

	static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
