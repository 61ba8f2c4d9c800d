package org.jointcase.reviews;

/** Where a review stands: opinions being written, the conclusion awaited, follow-up actions running, closed. */
public enum ReviewStatus {
	OPINIONS, CONCLUSION, ACTIONS, CLOSED
}
