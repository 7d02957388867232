package org.whatworks.feedback;

import java.time.Clock;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Anonymises items older than the retention period: their message, name, email and reply
 * are removed; kind, centre, entry, topic, status and dates stay for the counts. Each
 * replica runs it; the update is idempotent, so running it twice does no harm.
 */
class FeedbackRetention {

	private static final Log logger = LogFactory.getLog(FeedbackRetention.class);

	private final FeedbackRepository repository;

	private final FeedbackProperties properties;

	private final Clock clock;

	FeedbackRetention(FeedbackRepository repository, FeedbackProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${whatworks.feedback.retention-check:PT1H}")
	void scheduled() {
		try {
			run();
		}
		catch (DataAccessException ex) {
			logger.warn("Feedback retention did not run: the database is not available (" + ex.getMessage() + ")");
		}
	}

	/** Anonymises what is due now; returns how many items. */
	int run() {
		Instant now = this.clock.instant();
		int anonymised = this.repository.anonymiseBefore(now.minus(this.properties.retention()), now);
		if (anonymised > 0) {
			logger.info("Feedback retention anonymised " + anonymised + " item(s) older than "
					+ this.properties.retention());
		}
		return anonymised;
	}

}
