package org.whatworks.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A problem the API answers with a status and a plain message: a bad parameter (400), an
 * unknown centre or entry (404), or a service not ready (503).
 */
class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String parameter;

	private final List<String> allowed;

	ApiException(HttpStatus status, String detail, String parameter, List<String> allowed) {
		super(detail, null, false, false);
		this.status = status;
		this.parameter = parameter;
		this.allowed = (allowed != null) ? List.copyOf(allowed) : null;
	}

	static ApiException badParameter(String parameter, String detail, List<String> allowed) {
		return new ApiException(HttpStatus.BAD_REQUEST, detail, parameter, allowed);
	}

	static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, detail, null, null);
	}

	HttpStatus status() {
		return this.status;
	}

	String parameter() {
		return this.parameter;
	}

	List<String> allowed() {
		return this.allowed;
	}

}
