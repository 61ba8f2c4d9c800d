package org.jointcase.assistance;

import org.jointcase.web.StoredIn;

/**
 * The lengths of an assistance request's texts, as the API validates them and the tables store them. Items and
 * findings are stored as JSON, in columns without a limit.
 */
public final class AssistanceLimits {

	public static final int QUESTION = 2000;

	public static final int FINDING = 10000;

	/** A reason, comment or note with a step; the case's timeline cites those it records. */
	@StoredIn({ "assistance_request.close_reason", "assistance_addressee.decline_reason", "assistance_reply.note" })
	public static final int REASON = 2000;

	@StoredIn("assistance_addressee.extension_reason")
	public static final int EXTENSION_REASON = 500;

	private AssistanceLimits() {
	}
}
