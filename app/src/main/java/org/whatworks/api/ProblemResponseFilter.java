package org.whatworks.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes sure every error under the API and the downloads is problem details, whoever
 * raised it: the security filters (403), the framework ({@code sendError} for 404, 405,
 * 406...), a rate limiter (429), or an exception that escaped (500). An error sent with
 * {@code sendError} is written here as {@code application/problem+json} instead of being
 * forwarded to the site's HTML error page; no exception message is ever shown.
 */
class ProblemResponseFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(ProblemResponseFilter.class);

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/data/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ProblemOnError wrapped = new ProblemOnError(request, response);
		try {
			chain.doFilter(request, wrapped);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			logger.error("Unexpected error answering " + request.getRequestURI(), ex);
			response.reset();
			write(request, response, HttpStatus.INTERNAL_SERVER_ERROR.value());
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		HttpStatus known = HttpStatus.resolve(status);
		HttpStatus httpStatus = (known != null) ? known : HttpStatus.INTERNAL_SERVER_ERROR;
		ApiModel.Problem problem = Problems.problem(httpStatus, detail(status), request.getRequestURI(), null, null);
		response.setStatus(status);
		response.setContentType(Problems.PROBLEM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		if (status == 405) {
			response.setHeader("Allow", "GET, HEAD, OPTIONS");
		}
		byte[] body = this.json.writeValueAsBytes(problem);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "The request could not be read. Check the path and parameters against /v3/api-docs.";
			case 401, 403 -> "The API and downloads are public and read-only: only GET, HEAD and OPTIONS are allowed.";
			case 404 -> "There is nothing at this path. The API is under /api/v1 and described at /v3/api-docs.";
			case 405 -> "The API is read-only: only GET, HEAD and OPTIONS are allowed.";
			case 406 -> "This endpoint answers only in the media types its documentation lists (see /v3/api-docs).";
			case 429 -> "Too many requests. Please wait a moment and try again.";
			case 503 -> "The service is not available right now. Please try again shortly.";
			default -> (status >= 500) ? "Something went wrong on our side. Please try again later."
					: "The request could not be answered.";
		};
	}

	/** Writes problem details instead of forwarding to an error page. */
	private final class ProblemOnError extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendError(int status) throws IOException {
			sendError(status, null);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (isCommitted()) {
				super.sendError(status, message);
				return;
			}
			resetBuffer();
			write(this.request, (HttpServletResponse) getResponse(), status);
		}

	}

}
