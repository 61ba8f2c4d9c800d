package org.jointcase.tasks;

import org.jointcase.web.StoredIn;

/** The lengths of the inbox's texts, as the API validates them and the tables store them. */
public final class TaskLimits {

	@StoredIn("saved_inbox_filter.name")
	public static final int FILTER_NAME = 80;

	@StoredIn("saved_inbox_filter.query")
	public static final int FILTER_QUERY = 1000;

	/** Why a deadline is extended, suspended or resumed, which the case's timeline records. */
	@StoredIn(within = "case_event.detail")
	public static final int DEADLINE_REASON = 500;

	private TaskLimits() {
	}
}
