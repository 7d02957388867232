package org.whatworks.api;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What HTTP asks of the read-only paths (the API, open data, feed, sitemap, robots.txt
 * and OpenSearch) that Spring leaves to the application: {@code OPTIONS} and CORS
 * preflights list only GET, HEAD and OPTIONS in {@code Allow} (the servlet default lists
 * every method, TRACE and PATCH included), and {@code If-None-Match: *} on a GET or HEAD
 * of a resource that exists is answered {@code 304 Not Modified} (RFC 9110, 13.1.2;
 * Spring applies {@code *} to unsafe methods only). Lists and weak ETags are compared by
 * Spring itself.
 */
class ReadOnlyRequests extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if ("OPTIONS".equals(method)) {
			chain.doFilter(request, new ReadOnlyAllow(response));
			return;
		}
		if (("GET".equals(method) || "HEAD".equals(method)) && matchesAny(request)) {
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(new WithoutIfNoneMatch(request), buffered);
			if (buffered.getStatus() >= 200 && buffered.getStatus() < 300) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			buffered.copyBodyToResponse();
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean matchesAny(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		while (values.hasMoreElements()) {
			for (String tag : values.nextElement().split(",")) {
				if (tag.strip().equals("*")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Hides {@code If-None-Match: *} from what answers, which would compare it as a tag.
	 */
	private static final class WithoutIfNoneMatch extends HttpServletRequestWrapper {

		WithoutIfNoneMatch(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

	}

	/** Whoever sets {@code Allow} on these paths, it lists the read methods only. */
	private static final class ReadOnlyAllow extends HttpServletResponseWrapper {

		ReadOnlyAllow(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.ALLOW.equalsIgnoreCase(name) ? Problems.ALLOW : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.ALLOW.equalsIgnoreCase(name)) {
				super.setHeader(name, Problems.ALLOW);
				return;
			}
			super.addHeader(name, value);
		}

	}

}
