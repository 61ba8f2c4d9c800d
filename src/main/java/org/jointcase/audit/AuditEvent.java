package org.jointcase.audit;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jointcase.security.SignedInOfficer;

/**
 * Something an officer did, or tried to do, for the audit trail to keep.
 *
 * <p>Every component is required except {@code caseId} ({@code null} when the action concerns no case) and
 * {@code detail}. The trail is kept for good and read by auditors of every agency: {@code detail} says in a few words
 * what identifies the action (a document's name, the agency a share went to), never an informant's identity, a
 * password or other content of the case. The constructor refuses blank required values and values longer than the
 * trail keeps with {@link IllegalArgumentException}.
 *
 * @param officer username of the acting officer, at most 64 characters
 * @param agencyCode the officer's agency, at most 40 characters
 * @param action a short code {@code <object>.<verb>} such as {@code case.read}, {@code case.update},
 * {@code document.download} or {@code share.grant}: lower-case letters, digits and dashes in at least two parts
 * joined by dots, at most 64 characters
 * @param targetType what kind of object was acted on ({@code case}, {@code document} …), at most 64 characters
 * @param targetId which object, at most 200 characters
 * @param caseId the case the action concerns, or {@code null}
 * @param outcome how the attempt was answered
 * @param detail an optional short text of at most 1000 characters
 */
public record AuditEvent(String officer, String agencyCode, String action, String targetType, String targetId,
		UUID caseId, AuditOutcome outcome, String detail) {

	private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

	public AuditEvent {
		require("officer", officer, 64);
		require("agencyCode", agencyCode, 40);
		require("action", action, 64);
		if (!ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("action must look like case.read, not " + action);
		}
		require("targetType", targetType, 64);
		require("targetId", targetId, 200);
		if (outcome == null) {
			throw new IllegalArgumentException("outcome is required");
		}
		if (detail != null && detail.length() > 1000) {
			throw new IllegalArgumentException("detail must have at most 1000 characters");
		}
	}

	/** The event of a signed-in officer, who is named with their agency. */
	public static AuditEvent by(SignedInOfficer officer, String action, String targetType, String targetId,
			UUID caseId, AuditOutcome outcome, String detail) {
		return new AuditEvent(officer.username(), officer.agencyCode(), action, targetType, targetId, caseId, outcome,
				detail);
	}

	private static void require(String name, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
		if (value.length() > maxLength) {
			throw new IllegalArgumentException(name + " must have at most " + maxLength + " characters");
		}
	}
}
