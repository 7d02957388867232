package org.whatworks.operations;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes daily search rows older than {@code whatworks.insights.keep}, once a day. */
class SearchHistoryRetention {

	private static final Log logger = LogFactory.getLog(SearchHistoryRetention.class);

	private final SearchHistory history;

	private final Duration keep;

	SearchHistoryRetention(SearchHistory history, Duration keep) {
		this.history = history;
		this.keep = keep;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT24H")
	void purge() {
		try {
			int deleted = this.history.purgeBefore(LocalDate.now(ZoneOffset.UTC).minusDays(this.keep.toDays()));
			if (deleted > 0) {
				logger.info("Search insights: deleted " + deleted + " daily row(s) older than " + this.keep);
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Search insights not purged: the database is not available (" + ex.getMessage() + ")");
		}
	}

}
