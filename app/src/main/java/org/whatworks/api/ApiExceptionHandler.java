package org.whatworks.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the API and open data endpoints into RFC 9457 problem details
 * ({@code application/problem+json}) with Spring MVC's own handling, naming the parameter
 * and what it allows where there is one: never a stack trace, never an exception's
 * message.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> api(ApiException ex, WebRequest request) {
		return handleExceptionInternal(ex, ex.getBody(), new HttpHeaders(), ex.getStatusCode(), request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = ex.getParameterName();
		return handleExceptionInternal(ex,
				Problems.problem(status, "Parameter '" + name + "' is required.", name, null), headers, status,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		return handleExceptionInternal(ex,
				Problems.problem(status,
						"Parameter '" + name + "' has a value of the wrong type: "
								+ Problems.quote(String.valueOf(ex.getValue())) + ".",
						name, null),
				headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		headers.set(HttpHeaders.ALLOW, Problems.ALLOW);
		return handleExceptionInternal(ex,
				Problems.problem(status,
						"This address is read-only: method " + Problems.quote(ex.getMethod())
								+ " is not allowed; use GET, HEAD or OPTIONS.",
						null, Problems.READ_METHODS),
				headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex,
				Problems.problem(status,
						"This endpoint answers only in the media types its documentation lists (see /v3/api-docs).",
						null, null),
				headers, status, request);
	}

	/**
	 * The client closed the connection before the answer was written (a user who moved
	 * on, a load test ending): there is no one to answer and nothing wrong on our side,
	 * so it is neither an error in the log nor a 500.
	 */
	@Override
	protected ResponseEntity<Object> handleAsyncRequestNotUsableException(AsyncRequestNotUsableException ex,
			WebRequest request) {
		if (logger.isDebugEnabled()) {
			logger.debug("The client went away while " + path(request) + " was answered: " + ex.getMessage());
		}
		return null;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error answering " + path(request), ex);
		HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
		return handleExceptionInternal(ex,
				Problems.problem(status, "Something went wrong on our side. Please try again later.", null, null),
				new HttpHeaders(), status, request);
	}

	/**
	 * Every problem: its path as {@code instance}, never cached. A person's browser
	 * asking for a download or the feed gets the site's error page instead.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpServletRequest servlet = (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
		HttpServletResponse response = (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeResponse(HttpServletResponse.class) : null;
		if (servlet != null && response != null && ProblemResponseFilter.wantsErrorPage(servlet)) {
			try {
				headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
				response.sendError(statusCode.value());
				return null;
			}
			catch (java.io.IOException ex) {
				return null;
			}
		}
		if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
			problem.setInstance(Problems.instance(path(request)));
		}
		headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
		headers.setContentType(Problems.PROBLEM_JSON);
		return new ResponseEntity<>(body, headers, statusCode);
	}

	private static String path(WebRequest request) {
		HttpServletRequest servlet = (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
		return (servlet != null) ? Problems.path(servlet) : "/";
	}

}
