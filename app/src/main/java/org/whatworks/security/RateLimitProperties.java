package org.whatworks.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limiting of the JSON API, under {@code whatworks.api.rate-limit}: a token bucket
 * per client IP address.
 *
 * @param enabled whether {@code /api} is rate limited (default true)
 * @param requestsPerSecond the sustained requests per second one client may make (default
 * 200)
 * @param burst how many requests one client may make at once before the sustained rate
 * applies (default 400)
 */
@ConfigurationProperties("whatworks.api.rate-limit")
record RateLimitProperties(Boolean enabled, Double requestsPerSecond, Integer burst) {

	RateLimitProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		requestsPerSecond = (requestsPerSecond != null) ? requestsPerSecond : 200.0;
		burst = (burst != null) ? burst : 400;
		if (requestsPerSecond <= 0) {
			throw new IllegalArgumentException(
					"whatworks.api.rate-limit.requests-per-second must be above 0 (found " + requestsPerSecond + ")");
		}
		if (burst < 1) {
			throw new IllegalArgumentException(
					"whatworks.api.rate-limit.burst must be at least 1 (found " + burst + ")");
		}
	}

}
