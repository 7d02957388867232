package org.whatworks.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers requests that Spring Security's firewall or Tomcat's parameter parsing refuse
 * (an address with encoded dots, semicolons or percent signs; a parameter without a name,
 * with control characters, or with a malformed percent-encoding) with
 * {@code 400 Bad Request}, and a method the firewall does not know with
 * {@code 405 Method Not Allowed} listing the read methods. The answer is sent as an
 * error, so it takes the path's error format: problem details on the API and open data,
 * the site's error page for people; nothing the user sent is echoed. The firewall checks
 * the address before the security filters run, but parameter names only when something
 * reads them; {@link #parameterCheck()} reads them at once, so that a bad name is refused
 * here rather than failing in a controller.
 */
class RejectedRequests implements RequestRejectedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		String message = requestRejectedException.getMessage();
		boolean method = message != null && message.contains("HTTP method");
		answer(request, response,
				method ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : HttpServletResponse.SC_BAD_REQUEST);
	}

	/**
	 * A filter that makes the firewall and Tomcat check every parameter name and value
	 * now.
	 */
	static OncePerRequestFilter parameterCheck() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					request.getParameterMap();
				}
				catch (RequestRejectedException | IllegalStateException | IllegalArgumentException ex) {
					// Tomcat's InvalidParameterException is an IllegalStateException
					answer(request, response, HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	static void answer(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Cache-Control", "no-store");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
		if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
		}
		response.sendError(status);
	}

}
