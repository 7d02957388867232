package org.whatworks.operations;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.whatworks.core.content.ContentValidationException;
import org.whatworks.network.NetworkContent;

/**
 * Carries a reload asked of one replica to every replica: the replica that reloaded
 * raises the content generation in the database, and every replica polls it (every
 * {@code whatworks.replicas.poll}, default 2 seconds) and reloads when it has risen. With
 * the database down nothing is polled and each replica keeps serving what it has.
 */
public class ContentGeneration {

	private static final Log logger = LogFactory.getLog(ContentGeneration.class);

	private final JdbcClient jdbc;

	private final NetworkContent content;

	private long seen = -1;

	ContentGeneration(JdbcClient jdbc, NetworkContent content) {
		this.jdbc = jdbc;
		this.content = content;
	}

	/**
	 * Tells the other replicas that this one reloaded its content.
	 * @return the new generation
	 * @throws DataAccessException when the database is not available
	 */
	public synchronized long announce() {
		long generation = this.jdbc
			.sql("UPDATE content_generation SET generation = generation + 1, requested_at = now() WHERE id = 1 "
					+ "RETURNING generation")
			.query(Long.class)
			.single();
		this.seen = generation;
		return generation;
	}

	/** The generation this replica has caught up with; -1 before its first poll. */
	public synchronized long seen() {
		return this.seen;
	}

	@Scheduled(initialDelayString = "${whatworks.replicas.poll:PT2S}",
			fixedDelayString = "${whatworks.replicas.poll:PT2S}")
	void poll() {
		long generation;
		try {
			generation = this.jdbc.sql("SELECT generation FROM content_generation WHERE id = 1")
				.query(Long.class)
				.single();
		}
		catch (DataAccessException ex) {
			return;
		}
		synchronized (this) {
			if (this.seen == -1 || generation <= this.seen) {
				this.seen = Math.max(this.seen, generation);
				return;
			}
			this.seen = generation;
		}
		try {
			this.content.reload();
			logger.info("Content reloaded for generation " + generation + ", asked on another replica");
		}
		catch (ContentValidationException ex) {
			logger.warn("Content generation " + generation + " did not reload here; the last good content is "
					+ "still served: " + ex.problems());
		}
	}

}
