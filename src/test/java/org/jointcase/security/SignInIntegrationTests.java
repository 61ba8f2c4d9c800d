package org.jointcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void meAnswersWithTheOfficerTheirAgencyDepartmentRegionAndRoles() {
		JsonNode me = ApiClient.as(port, "hefei.supervisor").get("/api/me").json();
		assertThat(me.path("username").asText()).isEqualTo("hefei.supervisor");
		assertThat(me.path("agency").path("code").asText()).isEqualTo("3401-MR");
		assertThat(me.path("department").path("nameEn").asText()).isEqualTo("Market Regulation");
		assertThat(me.path("region").path("code").asText()).isEqualTo("3401");
		assertThat(me.path("roles").toString()).isEqualTo("[\"SUPERVISOR\"]");
		assertThat(me.toString()).doesNotContain("password").doesNotContain("$2a$");
	}

	@Test
	void unauthenticatedAndWrongPasswordGet401AsProblemDetails() {
		for (ApiClient client : new ApiClient[] { ApiClient.anonymous(port),
				ApiClient.as(port, "hefei.inspector", "wrong-password"), ApiClient.as(port, "nobody", ApiClient.DEMO_PASSWORD) }) {
			ApiClient.Response response = client.get("/api/me");
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().path("status").asInt()).isEqualTo(401);
			assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
		}
	}

	@Test
	void forbiddenGets403AsProblemDetails() {
		ApiClient.Response response = ApiClient.as(port, "hefei.inspector").post("/api/directory/agencies",
				Map.of("departmentCode", "MR", "regionCode", "340103", "nameZh", "庐阳区市场监督管理局", "nameEn", "Luyang"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("title").asText()).isEqualTo("Forbidden");
	}

	@Test
	void aDisabledOfficerCannotSignIn() {
		ApiClient admin = ApiClient.as(port, "admin");
		assertThat(admin.post("/api/directory/officers", Map.of("username", "leaving.inspector", "displayName",
				"Leaving Inspector", "agencyCode", "3401-MR", "password", "a-long-password", "roles",
				new String[] { "INSPECTOR" })).status()).isEqualTo(201);
		ApiClient leaving = ApiClient.as(port, "leaving.inspector", "a-long-password");
		assertThat(leaving.get("/api/me").status()).isEqualTo(200);

		assertThat(admin.put("/api/directory/officers/leaving.inspector/enabled", Map.of("enabled", false)).status())
			.isEqualTo(200);

		assertThat(leaving.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void formSignInNeedsTheCsrfTokenOfTheSignInPage() {
		ApiClient browser = ApiClient.anonymous(port);
		ApiClient.Response page = browser.get("/login");
		String cookie = page.header("Set-Cookie").split(";")[0];
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.toString());
		assertThat(token.find()).isTrue();

		ApiClient.Response forged = browser.send(form("username=hefei.inspector&password=jointcase", cookie));
		assertThat(forged.status()).isEqualTo(403);

		ApiClient.Response wrong = browser
			.send(form("username=hefei.inspector&password=nope&_csrf=" + token.group(1), cookie));
		assertThat(wrong.header("Location")).endsWith("/login?error");

		ApiClient.Response signedIn = browser
			.send(form("username=hefei.inspector&password=jointcase&_csrf=" + token.group(1), cookie));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).doesNotContain("error");
	}

	private HttpRequest.Builder form(String body, String cookie) {
		return ApiClient.anonymous(port).request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}
}
