package org.jointcase.audit;

import org.jointcase.directory.PasswordChangeRefused;
import org.jointcase.directory.PasswordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records officers' changes of their own password, and the attempts refused for a wrong current password
 * ({@code officer.change-password} on the officer), never a password itself.
 */
@Component
class PasswordChangeRecorder {

	static final String ACTION = "officer.change-password";

	private final AuditTrail trail;

	PasswordChangeRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void changed(PasswordChanged changed) {
		trail.recordChange(new AuditEvent(changed.username(), changed.agencyCode(), ACTION, "officer", changed.username(),
				null, AuditOutcome.ALLOWED, null));
	}

	@EventListener
	void refused(PasswordChangeRefused refused) {
		trail.recordAttempt(new AuditEvent(refused.username(), refused.agencyCode(), ACTION, "officer", refused.username(),
				null, AuditOutcome.REFUSED_FORBIDDEN, refused.rule()));
	}
}
