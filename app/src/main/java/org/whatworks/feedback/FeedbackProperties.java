package org.whatworks.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The forms' limits and the retention period, under {@code whatworks.feedback}.
 *
 * @param retention how long an item keeps its message, name and email; after that the
 * retention job anonymises it (default 365 days)
 * @param retentionCheck how often the retention job runs (default every hour)
 * @param perClientPerHour how many items one client address may send per hour to one
 * replica (default 10)
 */
@ConfigurationProperties("whatworks.feedback")
record FeedbackProperties(Duration retention, Duration retentionCheck, Integer perClientPerHour) {

	FeedbackProperties {
		retention = (retention != null) ? retention : Duration.ofDays(365);
		retentionCheck = (retentionCheck != null) ? retentionCheck : Duration.ofHours(1);
		perClientPerHour = (perClientPerHour != null) ? perClientPerHour : 10;
	}

}
