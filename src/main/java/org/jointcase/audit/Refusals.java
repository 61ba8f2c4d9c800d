package org.jointcase.audit;

import java.util.UUID;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one path by which a record's policy refuses an officer: it writes the refusal to the trail and answers the
 * problem to throw. 404 where the officer may not see the record at all (not told apart from a record that does not
 * exist), 403 with the rule where they see it but may not take the action.
 */
@Component
public class Refusals {

	private final AuditTrail trail;

	Refusals(AuditTrail trail) {
		this.trail = trail;
	}

	/** The officer may not see the record: audited, and answered like a record that does not exist. */
	public ApiProblem notVisible(SignedInOfficer officer, String action, String targetType, String targetId,
			UUID caseId, String what) {
		trail.recordAttempt(AuditEvent.by(officer, action, targetType, targetId, caseId,
				AuditOutcome.REFUSED_NOT_VISIBLE, null));
		return ApiProblem.notFound(what);
	}

	/** The officer sees the record but may not take the action: audited with the rule, answered 403. */
	public ApiProblem forbidden(SignedInOfficer officer, String action, String targetType, String targetId,
			UUID caseId, String rule, String detail) {
		trail.recordAttempt(AuditEvent.by(officer, action, targetType, targetId, caseId,
				AuditOutcome.REFUSED_FORBIDDEN, rule));
		return new ApiProblem(HttpStatus.FORBIDDEN, null, rule, detail);
	}

	/**
	 * An allowed read, for the policies that audit what they let through: recorded as an attempt, so it stays
	 * whatever becomes of the request ({@link AuditTrail#recordAttempt}).
	 */
	public void allowedRead(SignedInOfficer officer, String action, String targetType, String targetId, UUID caseId) {
		trail.recordAttempt(AuditEvent.by(officer, action, targetType, targetId, caseId, AuditOutcome.ALLOWED, null));
	}

	/**
	 * An allowed change: recorded in the caller's transaction, so it is kept only if the change commits
	 * ({@link AuditTrail#recordChange}). Call it from inside the transaction that makes the change.
	 */
	public void allowedChange(SignedInOfficer officer, String action, String targetType, String targetId,
			UUID caseId) {
		trail.recordChange(AuditEvent.by(officer, action, targetType, targetId, caseId, AuditOutcome.ALLOWED, null));
	}
}
