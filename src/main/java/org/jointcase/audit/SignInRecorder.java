package org.jointcase.audit;

import org.jointcase.security.SignedInOfficer;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins from Spring Security's events, whichever way the officer signs in: {@code signin.success} when an
 * officer signs in to the pages, {@code signin.failure} (outcome {@link AuditOutcome#REFUSED_UNAUTHENTICATED}) for
 * every failed attempt, pages and API alike, under the name that was tried and with the kind of failure for the
 * auditor (the caller's answer does not tell them apart). A successful API call signs in on every request and is not
 * recorded as a sign-in: each read, change or refusal it makes is recorded with the officer.
 */
@Component
class SignInRecorder {

	static final String NOBODY = "-";

	private final AuditTrail trail;

	SignInRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInOfficer officer) {
			trail.recordAttempt(AuditEvent.by(officer, "signin.success", "officer", officer.username(), null,
					AuditOutcome.ALLOWED, event.getGeneratedBy().getSimpleName()));
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		String tried = name == null || name.isBlank() ? NOBODY : cut(name.strip(), 64);
		trail.recordAttempt(new AuditEvent(tried, NOBODY, "signin.failure", "officer", tried, null,
				AuditOutcome.REFUSED_UNAUTHENTICATED, event.getException().getClass().getSimpleName()));
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
