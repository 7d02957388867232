package org.whatworks.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every error of the API and open data endpoints into RFC 9457 problem details
 * ({@code application/problem+json}): never a stack trace, never an exception's message.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ApiModel.Problem> api(ApiException ex, HttpServletRequest request) {
		return Problems.response(ex.status(), ex.getMessage(), request.getRequestURI(), ex.parameter(), ex.allowed());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiModel.Problem> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return Problems.response(HttpStatus.BAD_REQUEST, "Parameter '" + ex.getParameterName() + "' is required.",
				request.getRequestURI(), ex.getParameterName(), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiModel.Problem> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return Problems.response(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getName() + "' has a value of the wrong type: "
						+ Problems.quote(String.valueOf(ex.getValue())) + ".",
				request.getRequestURI(), ex.getName(), null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiModel.Problem> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.header("Allow", "GET, HEAD, OPTIONS")
			.contentType(Problems.PROBLEM_JSON)
			.body(Problems.problem(HttpStatus.METHOD_NOT_ALLOWED,
					"The API is read-only: only GET, HEAD and OPTIONS are allowed.", request.getRequestURI(), null,
					List.of("GET", "HEAD", "OPTIONS")));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ApiModel.Problem> notAcceptable(HttpServletRequest request) {
		return Problems.response(HttpStatus.NOT_ACCEPTABLE,
				"This endpoint answers only in the media types its documentation lists (see /v3/api-docs).",
				request.getRequestURI(), null, null);
	}

	/**
	 * The client closed the connection before the answer was written (a user who moved
	 * on, a load test ending): there is no one to answer and nothing wrong on our side,
	 * so it is neither an error in the log nor a 500.
	 */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void clientGone(AsyncRequestNotUsableException ex, HttpServletRequest request) {
		if (logger.isDebugEnabled()) {
			logger.debug("The client went away while " + request.getRequestURI() + " was answered: " + ex.getMessage());
		}
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiModel.Problem> unexpected(Exception ex, HttpServletRequest request) {
		logger.error("Unexpected error answering " + request.getRequestURI(), ex);
		return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Please try again later.", request.getRequestURI(), null, null);
	}

}
