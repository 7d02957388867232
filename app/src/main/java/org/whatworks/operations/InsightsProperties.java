package org.whatworks.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search insights over time, under {@code whatworks.insights}.
 *
 * @param keep how long daily rows are kept (default 400 days)
 * @param queueCapacity how many searches may wait to be written before new ones are
 * dropped (default 10,000)
 * @param flushInterval how often the queue is written to the database (default 1 second)
 * @param record whether searches are written to the history (default true); when false
 * nothing new is recorded, and the admin pages still show what was recorded before
 */
@ConfigurationProperties("whatworks.insights")
record InsightsProperties(Duration keep, Integer queueCapacity, Duration flushInterval, Boolean record) {

	InsightsProperties {
		record = (record != null) ? record : Boolean.TRUE;
		keep = (keep != null) ? keep : Duration.ofDays(400);
		queueCapacity = (queueCapacity != null) ? queueCapacity : 10_000;
		flushInterval = (flushInterval != null) ? flushInterval : Duration.ofSeconds(1);
	}

}
