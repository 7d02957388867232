package org.whatworks.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many items one client address sent in the last hour, on this replica. Memory is
 * bounded: the least recently seen clients are forgotten first.
 */
class ClientRateLimit {

	static final int MAX_CLIENTS = 10_000;

	private final int perHour;

	private final Map<String, Deque<Instant>> clients = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	ClientRateLimit(int perHour) {
		this.perHour = perHour;
	}

	/** Counts one item from the client, unless it has already sent its hour's share. */
	synchronized boolean tryAcquire(String client, Instant now) {
		Deque<Instant> sent = this.clients.computeIfAbsent(client, (c) -> new ArrayDeque<>());
		Instant hourAgo = now.minus(Duration.ofHours(1));
		while (!sent.isEmpty() && !sent.peekFirst().isAfter(hourAgo)) {
			sent.removeFirst();
		}
		if (sent.size() >= this.perHour) {
			return false;
		}
		sent.addLast(now);
		return true;
	}

}
