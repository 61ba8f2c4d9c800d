package org.jointcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in through a real OpenID Connect provider started by the test run: {@code no.nav.security:mock-oauth2-server}
 * ({@link TestIdentityProvider}), a provider over HTTP with discovery, JWKS, the authorization endpoint (which checks
 * the PKCE challenge) and the token endpoint, which it signs with its own keys. It was chosen over Spring Authorization
 * Server embedded in the test because it needs no second Spring application (and so no second context to start and
 * keep apart from the shared one), and over Keycloak's distribution because it starts in well under a second: every
 * integration test signs in against it for the price of one static start. Jointcase knows nothing of it but the
 * issuer's address: it discovers the endpoints and verifies tokens exactly as it does against Keycloak.
 *
 * The pages are walked as a browser would, with a cookie-keeping {@code java.net.http} client following each redirect
 * of the authorization-code flow by hand so that every answer is checked.
 */
@IntegrationTest
class OidcSignInIntegrationTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Test
	void anOfficerSignsInToThePagesThroughTheProviderWithPkce() {
		Browser browser = new Browser();
		assertThat(browser.get(app("/login")).body()).contains("id=\"oidc-sign-in\"");

		TestIdentityProvider.nextSignIn("hefei.inspector");
		HttpResponse<String> landed = browser.signInThroughTheProvider();

		assertThat(landed.statusCode()).isEqualTo(302);
		assertThat(landed.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> inbox = browser.get(app("/inbox"));
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(inbox.body()).contains("Hefei Inspector");
	}

	@Test
	void aProviderSignInOfAnOfficerUnknownToTheDirectoryEndsOnTheSignInPageWithAnError() {
		Browser browser = new Browser();
		TestIdentityProvider.nextSignIn("stranger.from.elsewhere");

		HttpResponse<String> landed = browser.signInThroughTheProvider();

		assertThat(landed.statusCode()).isEqualTo(302);
		assertThat(landed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=oidc");
		assertThat(browser.get(app("/login?error=oidc")).body())
			.contains("no enabled officer of the directory has that username");
		assertThat(browser.get(app("/inbox")).statusCode()).isEqualTo(302);
	}

	@Test
	void aProviderSessionFollowsTheDirectory() {
		ApiClient admin = ApiClient.as(port, "admin");
		createOfficer(admin, "oidc.leaver");
		Browser browser = new Browser();
		TestIdentityProvider.nextSignIn("oidc.leaver");
		browser.signInThroughTheProvider();
		assertThat(browser.get(app("/inbox")).statusCode()).isEqualTo(200);

		assertThat(admin.put("/api/directory/officers/oidc.leaver/enabled", Map.of("enabled", false)).status())
			.isEqualTo(200);

		HttpResponse<String> after = browser.get(app("/inbox"));
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void aBearerTokenCallsTheApiAsTheOfficerWithAgencyAndRolesFromTheDirectory() {
		String token = TestIdentityProvider.token("hefei.supervisor", List.of(TestIdentityProvider.AUDIENCE), 600,
				Map.of("roles", List.of("ADMINISTRATOR"), "agency", "3402-PS"));

		ApiClient.Response me = bearer(token).get("/api/me");

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		JsonNode body = me.json();
		assertThat(body.path("username").asText()).isEqualTo("hefei.supervisor");
		assertThat(body.path("agency").path("code").asText()).isEqualTo("3401-MR");
		assertThat(body.path("roles").toString()).isEqualTo("[\"SUPERVISOR\"]");
		assertThat(bearer(token).post("/api/directory/agencies", Map.of("departmentCode", "MR", "regionCode",
				"340103", "nameZh", "庐阳区市场监督管理局", "nameEn", "Luyang")).status()).isEqualTo(403);
	}

	@Test
	void anExpiredTokenIsRefusedWith401() {
		refused(TestIdentityProvider.token("hefei.supervisor", List.of(TestIdentityProvider.AUDIENCE), -600, Map.of()));
	}

	@Test
	void aTokenOfAnotherIssuerIsRefusedWith401() {
		String other = TestIdentityProvider.server().issueToken("another-issuer", TestIdentityProvider.CLIENT_ID,
				new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback("another-issuer", "sub", "JWT",
						List.of(TestIdentityProvider.AUDIENCE), Map.of("preferred_username", "hefei.supervisor"), 600))
			.serialize();
		refused(other);
	}

	@Test
	void aTokenForAnOfficerUnknownToTheDirectoryIsRefusedWith401() {
		refused(TestIdentityProvider.token("stranger.from.elsewhere"));
	}

	@Test
	void aTokenOfADisabledOfficerIsRefusedWith401() {
		ApiClient admin = ApiClient.as(port, "admin");
		createOfficer(admin, "oidc.disabled");
		String token = TestIdentityProvider.token("oidc.disabled");
		assertThat(bearer(token).get("/api/me").status()).isEqualTo(200);

		assertThat(admin.put("/api/directory/officers/oidc.disabled/enabled", Map.of("enabled", false)).status())
			.isEqualTo(200);

		refused(token);
	}

	@Test
	void aTokenWithoutTheAudienceIsRefusedWith401() {
		refused(TestIdentityProvider.token("hefei.supervisor", List.of("another-service"), 600, Map.of()));
		refused(TestIdentityProvider.token("hefei.supervisor", List.of(), 600, Map.of()));
	}

	private void refused(String token) {
		ApiClient.Response response = bearer(token).get("/api/me");
		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.raw().headers().allValues("WWW-Authenticate"))
			.contains("Bearer realm=\"Jointcase\", error=\"invalid_token\"");
	}

	private ApiClient bearer(String token) {
		return ApiClient.anonymous(port).header("Authorization", "Bearer " + token);
	}

	private static void createOfficer(ApiClient admin, String username) {
		ApiClient.Response created = admin.post("/api/directory/officers", Map.of("username", username,
				"displayName", username, "agencyCode", "3401-MR", "password", PASSWORD, "roles", List.of("INSPECTOR")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private URI app(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** A browser's cookies, redirects followed one at a time. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		/**
		 * From the sign-in page's link to the provider, which signs the queued officer in and sends the browser back
		 * with a code; answers Jointcase's reply to that code.
		 */
		HttpResponse<String> signInThroughTheProvider() {
			HttpResponse<String> toProvider = get(app("/oauth2/authorization/oidc"));
			assertThat(toProvider.statusCode()).isEqualTo(302);
			String authorize = toProvider.headers().firstValue("Location").orElseThrow();
			assertThat(authorize).startsWith(TestIdentityProvider.server().authorizationEndpointUrl(
					TestIdentityProvider.ISSUER_ID).toString())
				.contains("code_challenge=").contains("code_challenge_method=S256").contains("nonce=");

			HttpResponse<String> back = get(URI.create(authorize));
			assertThat(back.statusCode()).isEqualTo(302);
			String callback = back.headers().firstValue("Location").orElseThrow();
			assertThat(callback).startsWith(app("/login/oauth2/code/oidc").toString()).contains("code=");
			return get(URI.create(callback));
		}

		HttpResponse<String> get(URI uri) {
			try {
				return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException | InterruptedException failure) {
				throw new IllegalStateException(failure);
			}
		}
	}
}
