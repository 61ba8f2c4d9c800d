package org.jointcase.security.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jointcase.directory.Directory;
import org.jointcase.security.SignedInOfficer;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Turns who the identity provider vouches for into an officer of the directory. The provider only says which username
 * signed in (the configured claim); whether that officer exists and is enabled, their agency and their roles are the
 * directory's, never the token's. An unknown or disabled officer is refused like a wrong password: the API answers 401,
 * the pages go back to the sign-in page with an error (not 403: nobody is signed in that a 403 could describe).
 */
final class OidcOfficers {

	static final String UNKNOWN_OFFICER = "unknown_officer";

	private final Directory directory;
	private final String usernameClaim;

	OidcOfficers(Directory directory, String usernameClaim) {
		this.directory = directory;
		this.usernameClaim = usernameClaim;
	}

	/** The enabled officer whose username the claims carry. */
	Optional<SignedInOfficer> officer(Map<String, Object> claims) {
		return Optional.ofNullable(claims.get(usernameClaim))
			.map(String::valueOf)
			.flatMap(directory::signInAccount)
			.filter(account -> account.officer().enabled())
			.map(account -> new SignedInOfficer(account.officer(), account.agency(), null));
	}

	/** API bearer tokens: a valid token of an officer the directory does not know (or disabled) is refused, 401. */
	Converter<Jwt, AbstractAuthenticationToken> bearerTokens() {
		return jwt -> officer(jwt.getClaims()).map(BearerOfficer::new)
			.orElseThrow(() -> new InvalidBearerTokenException("No enabled officer of the directory has this token's "
					+ usernameClaim));
	}

	/** Page sign-in: the provider's user, checked against the directory before the sign-in succeeds. */
	OAuth2UserService<OidcUserRequest, OidcUser> pageUsers() {
		OidcUserService provider = new OidcUserService();
		return request -> {
			OidcUser user = provider.loadUser(request);
			if (officer(user.getClaims()).isEmpty()) {
				throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_OFFICER,
						"No enabled officer of the directory has this " + usernameClaim, null));
			}
			return user;
		};
	}

	/**
	 * After a page sign-in, the session keeps the officer as a form sign-in does, so that {@link DirectorySessions}
	 * reads them again from the directory on every request; the provider's tokens are not kept in the session.
	 */
	AuthenticationSuccessHandler pageSignedIn(SecurityContextRepository sessions,
			OAuth2AuthorizedClientRepository providerTokens) {
		SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
		return (HttpServletRequest request, HttpServletResponse response, Authentication signedIn) -> {
			OidcUser user = (OidcUser) signedIn.getPrincipal();
			providerTokens.removeAuthorizedClient(
					((OAuth2AuthenticationToken) signedIn).getAuthorizedClientRegistrationId(), signedIn, request,
					response);
			Authentication officer = officer(user.getClaims()).map(OidcOfficers::authenticated)
				.orElseThrow(() -> new OAuth2AuthenticationException(UNKNOWN_OFFICER));
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(officer);
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
			try {
				onwards.onAuthenticationSuccess(request, response, officer);
			}
			catch (ServletException failure) {
				throw new IOException(failure);
			}
		};
	}

	/**
	 * The officer a bearer token names. No password was checked, so {@link SignInEvents} has no failures to forget:
	 * every API request signs in this way, and forgetting would write to the database on each.
	 */
	static final class BearerOfficer extends UsernamePasswordAuthenticationToken {

		private static final long serialVersionUID = 1L;

		BearerOfficer(SignedInOfficer officer) {
			super(officer, null, officer.getAuthorities());
		}
	}

	private static UsernamePasswordAuthenticationToken authenticated(SignedInOfficer officer) {
		return UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities());
	}
}
