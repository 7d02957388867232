package org.whatworks.feedback;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitTests {

	private final Instant start = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aClientMaySendItsShareInAnHourAndThenMustWait() {
		ClientRateLimit limit = new ClientRateLimit(3);
		for (int i = 0; i < 3; i++) {
			assertThat(limit.tryAcquire("198.51.100.7", this.start.plusSeconds(i))).isTrue();
		}
		assertThat(limit.tryAcquire("198.51.100.7", this.start.plusSeconds(10))).isFalse();
		assertThat(limit.tryAcquire("203.0.113.9", this.start.plusSeconds(10))).as("another client").isTrue();
		assertThat(limit.tryAcquire("198.51.100.7", this.start.plus(Duration.ofMinutes(60)).plusSeconds(1)))
			.as("an hour after the first")
			.isTrue();
	}

}
