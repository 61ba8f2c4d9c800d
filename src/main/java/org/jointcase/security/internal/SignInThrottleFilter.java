package org.jointcase.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jointcase.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a sign-in with a local password while {@link SignInThrottle} says its account or address must wait,
 * before the password is even checked: the API (HTTP Basic) answers 429 with {@code Retry-After} and a problem body
 * (rule {@code sign-in-throttled}), the sign-in form answers 429 with the sign-in page saying how long to wait. Sits in
 * front of Spring Security's Basic and form-login filters; requests without credentials pass untouched.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String RULE = "sign-in-throttled";
	/** The request attribute that tells the sign-in page how many seconds to wait. */
	static final String RETRY_AFTER = "signInRetryAfter";

	private final SignInThrottle throttle;
	private final ObjectMapper objectMapper;

	SignInThrottleFilter(SignInThrottle throttle, ObjectMapper objectMapper) {
		this.throttle = throttle;
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = isFormSignIn(request);
		String username = form ? request.getParameter("username") : basicUsername(request);
		Optional<Duration> wait = username == null ? Optional.empty()
				: throttle.wait(username, request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (form) {
			request.setAttribute(RETRY_AFTER, seconds);
			request.getRequestDispatcher("/login").forward(new AsGet(request), response);
			return;
		}
		ProblemDetail problem = ProblemResponses.byRule(HttpStatus.TOO_MANY_REQUESTS, RULE,
				"Too many failed sign-ins; try again in " + seconds + " s");
		problem.setProperty("retryAfter", seconds);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		objectMapper.writeValue(response.getOutputStream(), problem);
	}

	private static boolean isFormSignIn(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
	}

	/** The username of an HTTP Basic header, or {@code null} when there is none or it is malformed. */
	private static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

	/** The throttled form post, shown the sign-in page as its GET would be (form login acts on POST only). */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}
	}
}
