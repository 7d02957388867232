package org.whatworks.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A problem the API answers with a status and a plain message: a bad parameter (400), an
 * unknown centre or entry (404), or a service not ready (503). Spring MVC writes its
 * {@link #getBody() problem details} as {@code application/problem+json}.
 */
class ApiException extends ErrorResponseException {

	private final String parameter;

	private final List<String> allowed;

	ApiException(HttpStatus status, String detail, String parameter, List<String> allowed) {
		super(status, Problems.problem(status, detail, parameter, allowed), null);
		this.parameter = parameter;
		this.allowed = (allowed != null) ? List.copyOf(allowed) : null;
	}

	static ApiException badParameter(String parameter, String detail, List<String> allowed) {
		return new ApiException(HttpStatus.BAD_REQUEST, detail, parameter, allowed);
	}

	static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, detail, null, null);
	}

	/** A bad request is answered, not debugged: no stack trace is worth its cost. */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

	HttpStatus status() {
		return HttpStatus.valueOf(getStatusCode().value());
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	String parameter() {
		return this.parameter;
	}

	List<String> allowed() {
		return this.allowed;
	}

}
