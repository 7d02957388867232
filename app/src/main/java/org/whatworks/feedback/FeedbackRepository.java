package org.whatworks.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Feedback items in PostgreSQL. Every query that reads or changes an item of one centre
 * names that centre, so an editor's request can never reach another centre's item.
 */
public class FeedbackRepository {

	static final String REMOVED = "(removed after the retention period)";

	private final JdbcClient jdbc;

	FeedbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(FeedbackKind kind, String centre, String entryId, String topic, String message, String name, String email,
			Instant at) {
		return this.jdbc
			.sql("INSERT INTO feedback_item (kind, centre, entry_id, topic, message, name, email, status, received_at, "
					+ "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?) RETURNING id")
			.params(kind.name(), centre, entryId, topic, message, name, email, Timestamp.from(at), Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Whether the database answers now. */
	boolean available() {
		try {
			return this.jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return false;
		}
	}

	/**
	 * Items of one centre, or of every centre when {@code centre} is null, newest first.
	 */
	List<FeedbackItem> items(String centre) {
		if (centre == null) {
			return this.jdbc.sql("SELECT * FROM feedback_item ORDER BY received_at DESC, id DESC")
				.query(FeedbackRepository::item)
				.list();
		}
		return this.jdbc.sql("SELECT * FROM feedback_item WHERE centre = ? ORDER BY received_at DESC, id DESC")
			.param(centre)
			.query(FeedbackRepository::item)
			.list();
	}

	Optional<FeedbackItem> item(String centre, long id) {
		return this.jdbc.sql("SELECT * FROM feedback_item WHERE centre = ? AND id = ?")
			.params(centre, id)
			.query(FeedbackRepository::item)
			.optional();
	}

	boolean triage(String centre, long id, FeedbackStatus status, String reply, Instant at) {
		return this.jdbc
			.sql("UPDATE feedback_item SET status = ?, reply = ?, updated_at = ? WHERE centre = ? AND id = ?")
			.params(status.name(), reply, Timestamp.from(at), centre, id)
			.update() == 1;
	}

	/** Removes what a person wrote from items received before {@code before}. */
	int anonymiseBefore(Instant before, Instant at) {
		return this.jdbc
			.sql("UPDATE feedback_item SET message = ?, name = NULL, email = NULL, reply = CASE WHEN reply IS NULL "
					+ "THEN NULL ELSE ? END, anonymised_at = ? WHERE received_at < ? AND anonymised_at IS NULL")
			.params(REMOVED, REMOVED, Timestamp.from(at), Timestamp.from(before))
			.update();
	}

	/**
	 * How many items each centre has in each status.
	 * @return centre id to status to count, centres in alphabetical order
	 */
	public Map<String, Map<FeedbackStatus, Long>> counts() {
		Map<String, Map<FeedbackStatus, Long>> counts = new LinkedHashMap<>();
		this.jdbc.sql("SELECT centre, status, count(*) AS n FROM feedback_item GROUP BY centre, status ORDER BY centre")
			.query((rs) -> {
				Map<FeedbackStatus, Long> row = counts.computeIfAbsent(rs.getString("centre"), (c) -> {
					Map<FeedbackStatus, Long> zero = new LinkedHashMap<>();
					for (FeedbackStatus status : FeedbackStatus.values()) {
						zero.put(status, 0L);
					}
					return zero;
				});
				row.put(FeedbackStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/** Suggestions received for each topic, lower case, most first. */
	public Map<String, Long> suggestedTopics(int limit) {
		Map<String, Long> topics = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT lower(topic) AS topic, count(*) AS n FROM feedback_item WHERE kind = 'SUGGESTION' "
					+ "AND topic IS NOT NULL GROUP BY lower(topic) ORDER BY n DESC, topic LIMIT ?")
			.param(limit)
			.query((rs) -> {
				topics.put(rs.getString("topic"), rs.getLong("n"));
			});
		return topics;
	}

	private static FeedbackItem item(ResultSet rs, int row) throws SQLException {
		return new FeedbackItem(rs.getLong("id"), FeedbackKind.valueOf(rs.getString("kind")), rs.getString("centre"),
				rs.getString("entry_id"), rs.getString("topic"), rs.getString("message"), rs.getString("name"),
				rs.getString("email"), FeedbackStatus.valueOf(rs.getString("status")), rs.getString("reply"),
				instant(rs.getTimestamp("received_at")), instant(rs.getTimestamp("updated_at")),
				instant(rs.getTimestamp("anonymised_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
