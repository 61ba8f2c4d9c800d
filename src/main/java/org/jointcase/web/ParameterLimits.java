package org.jointcase.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits of the API's query parameters and addresses, before any controller: a parameter value or path segment
 * longer than {@link #MAX_LENGTH} characters (unless its operation declares less) or a parameter holding a control
 * character is refused with 400 naming the parameter, and an address the security firewall rejects ({@code //engine-rest}, encoded slashes) with
 * a 400 problem instead of a 500. The OpenAPI description states the same limit ({@link ApiContract}).
 */
@Component
class ParameterLimits extends OncePerRequestFilter implements RequestRejectedHandler {

	/**
	 * The longest value of a query parameter or path segment that declares no limit of its own: an identifier or a
	 * search text, never more than the audit trail records of what was asked for.
	 */
	static final int MAX_LENGTH = 200;

	private final ObjectMapper json;

	ParameterLimits(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		FieldError error = pathError(request.getRequestURI());
		if (error == null) {
			error = firstError(request.getQueryString());
		}
		if (error == null && request.getHeader(HttpHeaders.IF_MATCH) != null
				&& request.getHeader(HttpHeaders.IF_MATCH).length() > MAX_LENGTH) {
			error = new FieldError(HttpHeaders.IF_MATCH, "max-length", "must be at most " + MAX_LENGTH + " characters");
		}
		if (error != null) {
			write(response, ProblemResponses.withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields",
					List.of(error)));
			return;
		}
		chain.doFilter(request, response);
	}

	private static FieldError pathError(String path) {
		for (String segment : path.split("/")) {
			if (segment.length() > MAX_LENGTH) {
				return new FieldError("path", "max-length", "each path segment must be at most " + MAX_LENGTH
						+ " characters");
			}
		}
		return null;
	}

	private static FieldError firstError(String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			if (name == null || value == null) {
				return new FieldError(name == null ? "query" : name, "encoding", "is not percent-encoded UTF-8");
			}
			if (value.chars().anyMatch(Character::isISOControl)) {
				return new FieldError(name, "no-control-character", "must not contain control characters");
			}
			if (value.length() > MAX_LENGTH) {
				return new FieldError(name, "max-length", "must be at most " + MAX_LENGTH + " characters");
			}
		}
		return null;
	}

	private static String decode(String encoded) {
		try {
			return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

	/** An address the security firewall refuses (as {@code //engine-rest}): 400, as any other bad input. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.web.firewall.RequestRejectedException rejected) throws IOException {
		write(response, ProblemResponses.byRule(HttpStatus.BAD_REQUEST, "address",
				"The address is not one this API serves: no double or encoded slashes, dots or control characters"));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}
}
