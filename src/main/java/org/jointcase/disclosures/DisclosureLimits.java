package org.jointcase.disclosures;

import org.jointcase.web.StoredIn;

/** The lengths of an informant request's texts, as the API validates them and the table stores them. */
public final class DisclosureLimits {

	@StoredIn("informant_request.reason")
	public static final int REASON = 2000;

	/** The grant's note or the refusal's reason. */
	@StoredIn("informant_request.decision_note")
	public static final int DECISION_NOTE = 2000;

	private DisclosureLimits() {
	}
}
