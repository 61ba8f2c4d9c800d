package org.jointcase.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, so that an officer's report, a problem answer and the log lines of one request meet:
 * the client's {@code X-Request-Id} when it is a plain token of at most 64 characters (letters, digits,
 * {@code . _ : -}; a proxy may set one), else a new UUID. It is in the log's MDC as {@code requestId} for the whole
 * request, answered in the {@code X-Request-Id} header, and a property {@code requestId} of every problem body
 * ({@link ProblemResponses}). Runs before every other filter, security's included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	/** The id of the request the current thread serves, or {@code null} outside a request. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** Error dispatches (the container's error page) belong to the request they report on: same id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
