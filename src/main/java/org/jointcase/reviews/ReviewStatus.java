package org.jointcase.reviews;

/**
 * Where a review stands: awaiting the consent of the agencies owning its cases, opinions being written, the
 * conclusion awaited, follow-up actions running, closed; or refused by an owner agency before it gave any access.
 */
public enum ReviewStatus {
	CONSENT, OPINIONS, CONCLUSION, ACTIONS, CLOSED, REFUSED;

	/** Whether the participants take part yet (or still): not before every owner consented, never after a refusal. */
	boolean open() {
		return this != CONSENT && this != REFUSED;
	}
}
