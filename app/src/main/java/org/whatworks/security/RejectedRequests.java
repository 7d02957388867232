package org.whatworks.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers requests that Spring Security's firewall refuses (an address with encoded dots,
 * semicolons or percent signs; a parameter name with control characters) with
 * {@code 400 Bad Request}, the security headers, and a short message that echoes nothing
 * the user sent: JSON problem details under {@code /api}, a plain page elsewhere. The
 * firewall checks the address before the security filters run, but parameter names only
 * when something reads them; {@link #parameterCheck()} reads them at once, so that a bad
 * name is refused here rather than failing in a controller.
 */
class RejectedRequests implements RequestRejectedHandler {

	static final String MESSAGE = "The request was refused: its address or parameter names contain characters "
			+ "that are not allowed.";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		answer(request, response);
	}

	/** A filter that makes the firewall check every parameter name and value now. */
	static OncePerRequestFilter parameterCheck() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					request.getParameterMap();
				}
				catch (RequestRejectedException ex) {
					answer(request, response);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Cache-Control", "no-store");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
		response.setCharacterEncoding("UTF-8");
		String path = request.getRequestURI();
		if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + MESSAGE
						+ "\"}");
		}
		else {
			response.setContentType("text/html");
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bad request</title>"
						+ "</head><body><main><h1>Bad request</h1><p>" + MESSAGE
						+ "</p><p><a href=\"/\">Go to the home page</a></p></main></body></html>");
		}
		response.flushBuffer();
	}

}
