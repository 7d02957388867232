package org.whatworks.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes sure every error of a machine-readable path is problem details, whoever raised
 * it: the security filters and the firewall (400, 403, 405), Tomcat's parameter parsing,
 * the framework ({@code sendError} for 404, 405, 406...), a rate limiter (429), or an
 * exception that escaped (500). The machine-readable paths are the API, the downloads and
 * the data page, the feed, the sitemap, robots.txt and OpenSearch; under {@code /api}
 * every error is problem details, elsewhere only when the client does not ask for HTML (a
 * browser then gets the site's error page). An error sent with {@code sendError} is
 * written here as {@code application/problem+json} instead of being forwarded to the
 * site's HTML error page, and an error the container forwards to its error page (a
 * request refused before any filter ran) is caught on the way there. No exception message
 * is ever shown.
 */
class ProblemResponseFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(ProblemResponseFilter.class);

	private static final List<String> MACHINE_PATHS = List.of("/data", "/feed.atom", "/sitemap.xml", "/robots.txt",
			"/opensearch.xml");

	private static final List<String> MACHINE_PREFIXES = List.of("/data/", "/opensearch/");

	/** Whether errors of this path (within the application) are problem details. */
	static boolean isMachinePath(String path) {
		return isApiPath(path) || MACHINE_PATHS.contains(path) || MACHINE_PREFIXES.stream().anyMatch(path::startsWith);
	}

	static boolean isApiPath(String path) {
		return path.equals("/api") || path.startsWith("/api/");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !answersWithProblems(request);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static boolean answersWithProblems(HttpServletRequest request) {
		String uri = Problems.path(request);
		String contextPath = request.getContextPath();
		String path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
		return isApiPath(path) || (isMachinePath(path) && !asksForHtml(request.getHeader(HttpHeaders.ACCEPT)));
	}

	/** Whether a refusal is an HTML page: for a person's browser, off the API. */
	static boolean wantsErrorPage(HttpServletRequest request) {
		return !answersWithProblems(request);
	}

	/**
	 * A browser asks for HTML first; a client that lists no HTML gets problem details.
	 */
	static boolean asksForHtml(String accept) {
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.getQualityValue() > 0 && !type.isWildcardType()
						&& (MediaType.TEXT_HTML.includes(type) || MediaType.APPLICATION_XHTML_XML.includes(type)));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			int code = (status instanceof Integer value) ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
			if (code >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable ex) {
				logger.error("Unexpected error answering " + Problems.path(request), ex);
			}
			response.resetBuffer();
			write(request, response, code);
			return;
		}
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

	private static void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		HttpStatusCode code = HttpStatusCode.valueOf(status);
		List<String> allowed = (status == 405) ? Problems.READ_METHODS : null;
		// An error raised before Spring MVC has no CORS headers yet; the paths are
		// public.
		if (request.getHeader(HttpHeaders.ORIGIN) != null
				&& response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN) == null) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		Problems.write(response, Problems.problem(code, detail(status), Problems.path(request), null, allowed));
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "The request could not be read: a parameter without a name, a malformed percent-encoding, "
					+ "characters that are not allowed in the address or a parameter, or an address or header "
					+ "too long. " + "Check the path and parameters against /v3/api-docs.";
			case 401, 403 -> "The API and open data are public and read-only: only GET, HEAD and OPTIONS are allowed.";
			case 404 -> "There is nothing at this path. The API is under /api/v1 and described at /v3/api-docs.";
			case 405 -> "This address is read-only: only GET, HEAD and OPTIONS are allowed.";
			case 406 -> "This endpoint answers only in the media types its documentation lists (see /v3/api-docs).";
			case 413, 414, 431 -> "The request is too large: its address, parameters or headers are too long.";
			case 429 -> "Too many requests. Please wait a moment and try again.";
			case 501 -> "This method is not implemented: only GET, HEAD and OPTIONS are allowed.";
			case 503 -> "The service is not available right now. Please try again shortly.";
			default -> (status >= 500) ? "Something went wrong on our side. Please try again later."
					: "The request could not be answered.";
		};
	}

	/** Writes problem details instead of forwarding to an error page. */
	private static final class ProblemOnError extends HttpServletResponseWrapper {

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
