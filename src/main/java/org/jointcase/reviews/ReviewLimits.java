package org.jointcase.reviews;

import org.jointcase.web.StoredIn;

/** The lengths of a joint review's texts, as the API validates them and the tables store them. */
public final class ReviewLimits {

	@StoredIn("review.title")
	public static final int TITLE = 200;

	@StoredIn("review.agenda")
	public static final int AGENDA = 4000;

	@StoredIn("review_opinion.reasoning")
	public static final int REASONING = 8000;

	/** An opinion sent back, a consent refused (both stored as they are) or an action cancelled. */
	@StoredIn({ "review_opinion.sent_back_reason", "review_consent.reason" })
	public static final int REASON = 2000;

	@StoredIn("review.conclusion")
	public static final int CONCLUSION = 8000;

	@StoredIn("review_action.description")
	public static final int ACTION = 4000;

	@StoredIn("review_action.report")
	public static final int REPORT = 8000;

	private ReviewLimits() {
	}
}
