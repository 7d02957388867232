package org.whatworks.security;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token bucket behind {@code /api}'s rate limit, on a clock the test moves.
 */
class ApiRateLimitFilterTests {

	final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	ApiRateLimitFilter filter(double perSecond, int burst) {
		return new ApiRateLimitFilter(new RateLimitProperties(true, perSecond, burst), this.nanos::get);
	}

	MockHttpServletResponse call(ApiRateLimitFilter filter, String ip) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/search");
		request.setRemoteAddr(ip);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void aClientMayUseItsBurstAndIsThenToldWhenToRetry() throws Exception {
		ApiRateLimitFilter filter = filter(2, 3);
		for (int i = 0; i < 3; i++) {
			assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = call(filter, "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":429")
			.contains("try again in 1 s")
			.contains("\"instance\":\"/api/v1/search\"");
		ObjectMapper json = new ObjectMapper();
		assertThat(json.readTree(refused.getContentAsString()).get("instance").asString()).isEqualTo("/api/v1/search");
	}

	@Test
	void tokensComeBackAtTheConfiguredRate() throws Exception {
		ApiRateLimitFilter filter = filter(2, 1);
		assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(200);
		assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(429);
		this.nanos.addAndGet(400_000_000L);
		assertThat(call(filter, "10.0.0.1").getStatus()).as("0.4 s later: 0.8 tokens").isEqualTo(429);
		this.nanos.addAndGet(100_000_000L);
		assertThat(call(filter, "10.0.0.1").getStatus()).as("0.5 s later: one token").isEqualTo(200);
	}

	@Test
	void retryAfterIsRoundedUpToWholeSeconds() throws Exception {
		ApiRateLimitFilter filter = filter(0.25, 1);
		call(filter, "10.0.0.1");
		assertThat(call(filter, "10.0.0.1").getHeader("Retry-After")).isEqualTo("4");
	}

	@Test
	void eachClientAddressHasItsOwnBucket() throws Exception {
		ApiRateLimitFilter filter = filter(1, 1);
		assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(200);
		assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(429);
		assertThat(call(filter, "10.0.0.2").getStatus()).isEqualTo(200);
	}

	@Test
	void aDisabledLimitLetsEverythingThrough() throws Exception {
		ApiRateLimitFilter filter = new ApiRateLimitFilter(new RateLimitProperties(false, 1.0, 1), this.nanos::get);
		for (int i = 0; i < 10; i++) {
			assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void nonsenseSettingsAreRefusedNamingTheProperty() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitProperties(true, 0.0, 5))
			.withMessageContaining("whatworks.api.rate-limit.requests-per-second");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitProperties(true, 5.0, 0))
			.withMessageContaining("whatworks.api.rate-limit.burst");
	}

}
