package org.jointcase;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The OpenID Connect provider of the integration tests: one mock-oauth2-server (a real OIDC provider over HTTP, with
 * discovery, JWKS, authorization and token endpoints) on a free port, started once per test run before the shared
 * context, which it configures as {@code JOINTCASE_OIDC_*} would. Issuer {@link #ISSUER_ID}, client {@link #CLIENT_ID},
 * audience {@link #AUDIENCE}.
 */
public final class TestIdentityProvider {

	public static final String ISSUER_ID = "jointcase";
	public static final String CLIENT_ID = "jointcase-pages";
	public static final String CLIENT_SECRET = "test-secret";
	public static final String AUDIENCE = "jointcase-api";

	private static MockOAuth2Server server;

	private TestIdentityProvider() {
	}

	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			MockOAuth2Server started = new MockOAuth2Server();
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
			server = started;
		}
		return server;
	}

	public static String issuer() {
		return server().issuerUrl(ISSUER_ID).toString();
	}

	/**
	 * A signed access token of the test issuer for {@code username} (claim {@code preferred_username}), with the given
	 * audiences and further claims, valid for {@code seconds} from now (negative: expired that long ago).
	 */
	public static String token(String username, List<String> audiences, long seconds, Map<String, Object> claims) {
		Map<String, Object> all = new java.util.HashMap<>(claims);
		all.put("preferred_username", username);
		return server().issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + username,
				"JWT", audiences, all, seconds)).serialize();
	}

	/** A valid API token for {@code username}, for four hours. */
	public static String token(String username) {
		return token(username, List.of(AUDIENCE), 4 * 3600, Map.of());
	}

	/** Signs the next authorization-code flow in as {@code username}. */
	public static void nextSignIn(String username) {
		server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + username, "JWT",
				List.of(CLIENT_ID), Map.of("preferred_username", username), 3600));
	}

	/** Points a Spring Boot test context at this provider. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jointcase-test-oidc",
					Map.of("jointcase.security.oidc.issuer", issuer(), "jointcase.security.oidc.client-id", CLIENT_ID,
							"jointcase.security.oidc.client-secret", CLIENT_SECRET, "jointcase.security.oidc.audience",
							AUDIENCE)));
		}
	}
}
