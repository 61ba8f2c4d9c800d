package org.jointcase.audit;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.jointcase.security.SignedInOfficer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every refusal by role (403) of a signed-in officer, from method security and from the URL rules alike, so
 * that no module records its own. Refusals of callers who are not signed in (401) name nobody and are not kept; every
 * HTTP Basic client meets one before it sends its credentials.
 */
@Configuration(proxyBeanMethods = false)
class RefusalRecorder {

	private final AuditTrail trail;

	RefusalRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Makes method security publish its refusals as the URL rules already do. Static, because Spring Security looks
	 * it up while the security infrastructure is still being built.
	 */
	@Bean
	static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		if (event.getAuthentication().get().getPrincipal() instanceof SignedInOfficer officer) {
			trail.recordAttempt(attempt(officer, event.getObject()));
		}
	}

	private static AuditEvent attempt(SignedInOfficer officer, Object attempted) {
		if (attempted instanceof MethodInvocationResult result) {
			attempted = result.getMethodInvocation();
		}
		if (attempted instanceof MethodInvocation invocation) {
			Method method = invocation.getMethod();
			return refusal(officer, "method.call", "method",
					method.getDeclaringClass().getSimpleName() + "." + method.getName(), currentRequest());
		}
		if (attempted instanceof HttpServletRequest request) {
			return refusal(officer, "http.request", "request", requestLine(request), null);
		}
		return refusal(officer, "access.attempt", "object", attempted.getClass().getSimpleName(), null);
	}

	private static AuditEvent refusal(SignedInOfficer officer, String action, String targetType, String targetId,
			String detail) {
		return AuditEvent.by(officer, action, targetType, cut(targetId, 200), null, AuditOutcome.REFUSED_FORBIDDEN,
				detail == null ? null : cut(detail, 1000));
	}

	/** The request a refused method was called for: without its query, which may hold search terms. */
	private static String currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? requestLine(attributes.getRequest()) : null;
	}

	private static String requestLine(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI();
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
