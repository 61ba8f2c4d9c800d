package org.jointcase.security.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jointcase.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers refused API calls (401, 403) with problem details, as the rest of the API does. */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper objectMapper;
	private final boolean basic;
	private final boolean bearer;

	ProblemWriter(ObjectMapper objectMapper, SecuritySettings settings, OidcSettings oidc) {
		this.objectMapper = objectMapper;
		this.basic = settings.basicEnabled();
		this.bearer = oidc.enabled();
	}

	/** Names every way in the API accepts now (RFC 9110 challenges), Basic first where it is on. */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (basic) {
			response.addHeader("WWW-Authenticate", "Basic realm=\"Jointcase\"");
		}
		if (bearer) {
			response.addHeader("WWW-Authenticate", exception instanceof OAuth2AuthenticationException
					? "Bearer realm=\"Jointcase\", error=\"invalid_token\"" : "Bearer realm=\"Jointcase\"");
		}
		write(request, response, HttpStatus.UNAUTHORIZED, "Sign in with a valid officer account");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this action");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemResponses.of(status, detail);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		objectMapper.writeValue(response.getOutputStream(), problem);
	}
}
