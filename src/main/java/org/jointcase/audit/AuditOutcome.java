package org.jointcase.audit;

/** How an attempt ended, as the officer was answered. */
public enum AuditOutcome {

	/** The officer was allowed to do it. */
	ALLOWED,

	/** Refused because the officer may not see the object: answered 404, as if it did not exist. */
	REFUSED_NOT_VISIBLE,

	/** Refused because the officer's roles do not allow the action: answered 403. */
	REFUSED_FORBIDDEN,

	/** A sign-in that failed (wrong, unknown or disabled account): answered 401. */
	REFUSED_UNAUTHENTICATED
}
