package org.whatworks.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how fast one client (by IP address) may call {@code /api}: a token bucket of
 * {@code burst} tokens refilled at {@code requests-per-second}. A request without a token
 * gets {@code 429 Too Many Requests} with {@code Retry-After} in whole seconds and a
 * problem-details body.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

	/** Past this many clients, buckets that have refilled completely are forgotten. */
	private static final int MAX_CLIENTS = 10_000;

	private final boolean enabled;

	private final double tokensPerNano;

	private final double burst;

	private final LongSupplier nanoClock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	ApiRateLimitFilter(RateLimitProperties properties, LongSupplier nanoClock) {
		this.enabled = properties.enabled();
		this.tokensPerNano = properties.requestsPerSecond() / 1_000_000_000.0;
		this.burst = properties.burst();
		this.nanoClock = nanoClock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.enabled) {
			chain.doFilter(request, response);
			return;
		}
		long now = this.nanoClock.getAsLong();
		if (this.buckets.size() > MAX_CLIENTS) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		Bucket bucket = this.buckets.computeIfAbsent(request.getRemoteAddr(), (ip) -> new Bucket(now));
		long waitNanos = bucket.take(now);
		if (waitNanos == 0) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(retryAfter));
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
					+ "\"detail\":\"Too many requests from your address; try again in " + retryAfter + " s.\","
					+ "\"instance\":\"" + jsonText(request.getRequestURI()) + "\"}");
	}

	private static String jsonText(String text) {
		StringBuilder json = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.toString();
	}

	private final class Bucket {

		private double tokens;

		private long updated;

		Bucket(long now) {
			this.tokens = ApiRateLimitFilter.this.burst;
			this.updated = now;
		}

		/** Takes a token: 0 when granted, else nanoseconds until one is available. */
		synchronized long take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) / ApiRateLimitFilter.this.tokensPerNano);
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= ApiRateLimitFilter.this.burst;
		}

		private void refill(long now) {
			long elapsed = Math.max(0, now - this.updated);
			this.tokens = Math.min(ApiRateLimitFilter.this.burst,
					this.tokens + elapsed * ApiRateLimitFilter.this.tokensPerNano);
			this.updated = now;
		}

	}

}
