package org.jointcase.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jointcase.security.SignedInOfficer;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the acting officer and agency into every log line of a request (pattern keys {@code officer} and
 * {@code agency}). Runs after Spring Security has signed the officer in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OfficerLoggingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SignedInOfficer.current().ifPresent(officer -> {
			MDC.put("officer", officer.username());
			MDC.put("agency", officer.agencyCode());
		});
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("officer");
			MDC.remove("agency");
		}
	}
}
