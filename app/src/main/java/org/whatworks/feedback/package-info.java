/**
 * Feedback, nominations and appeals: the public forms ("report a problem with this
 * rating", "suggest a programme or topic", "ask for a review of a rating"), each item
 * routed to the centre that owns it; triage by that centre's editors in the admin area;
 * and the retention job that anonymises old items. Stored in PostgreSQL; the evidence
 * pages never depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.whatworks.feedback;
