package org.whatworks.feedback;

/**
 * Where an item is in its centre's triage: received, then in review, then answered or
 * declined.
 */
public enum FeedbackStatus {

	RECEIVED("Received"), IN_REVIEW("In review"), ANSWERED("Answered"), DECLINED("Declined");

	private final String label;

	FeedbackStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
