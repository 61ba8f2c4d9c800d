package org.jointcase.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link SignInThrottle} from Spring Security's authentication events: every failed check of a local password
 * (wrong password, unknown or disabled officer alike) counts for the account and the client address, and a successful
 * one forgets the account's failures. Whichever provider checks the password, these events are published; a bearer
 * token checks none.
 */
@Component
class SignInEvents {

	private final SignInThrottle throttle;

	SignInEvents(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			String address = attempt.getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : null;
			throttle.failed(attempt.getName(), address);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& !(event.getAuthentication() instanceof OidcOfficers.BearerOfficer)) {
			throttle.succeeded(event.getAuthentication().getName());
		}
	}
}
