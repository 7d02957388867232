package org.whatworks.feedback;

import java.time.Instant;

/**
 * One item as stored: plain text only, rendered escaped.
 *
 * @param id the item's number
 * @param kind problem, suggestion or review
 * @param centre the id of the centre it is routed to
 * @param entryId the entry it is about, or null
 * @param topic the programme or topic suggested, or null
 * @param message what the person wrote
 * @param name the name they gave, or null
 * @param email the email they gave for a reply, or null
 * @param status where it is in triage
 * @param reply the centre's reply, or null
 * @param receivedAt when it was sent
 * @param updatedAt when it last changed
 * @param anonymisedAt when its personal data was removed, or null
 */
public record FeedbackItem(long id, FeedbackKind kind, String centre, String entryId, String topic, String message,
		String name, String email, FeedbackStatus status, String reply, Instant receivedAt, Instant updatedAt,
		Instant anonymisedAt) {
}
