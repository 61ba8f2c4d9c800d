package org.jointcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The password rule where passwords are set (a new officer, from the API and the admin page; a changed password) and
 * the password change, which ends every other session of the officer. Each test works with officers it creates.
 */
@IntegrationTest
class PasswordsIntegrationTests {

	private static final String PASSWORD = "first-Password-2026";
	private static final String NEW_PASSWORD = "second-Password-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewOfficersPasswordBreakingARuleIsRefusedNamingEachRule() {
		assertRules(create("pw.short", "Short-2026"), "min-length");
		assertRules(create("pw.named", "my-pw.named-account"), "not-username");
		assertRules(create("pw.reversed", "xx-desrever.wp-xx"), "not-username");
		assertRules(create("pw.common", "Password1234"), "not-common");
		assertRules(create("pw.both", "pw.both"), "min-length", "not-username");
		assertThat(jdbc.sql("select count(*) from officer where username in "
				+ "('pw.short', 'pw.named', 'pw.reversed', 'pw.common', 'pw.both')").query(Long.class).single())
			.isZero();

		assertThat(create("pw.fine", "a passphrase of words").status()).isEqualTo(201);
	}

	@Test
	void theAdminPageRefusesAWeakPasswordAndCreatesNobody() {
		PageClient admin = PageClient.signIn(port, "admin");
		PageClient.Response refused = admin.post("/admin/agencies/3401-MR/officers", Map.of("username",
				"pw.page", "displayName", "Page", "password", "qwerty123456", "roles", "INSPECTOR"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("is one of the most common passwords");
		assertThat(jdbc.sql("select count(*) from officer where username = 'pw.page'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aChangedPasswordEndsEveryOtherSessionAndTheOldPasswordStopsAtOnce() {
		officer("pw.changer");
		PageClient changing = PageClient.signIn(port, "pw.changer", PASSWORD);
		PageClient other = PageClient.signIn(port, "pw.changer", PASSWORD);
		ApiClient oldApi = ApiClient.as(port, "pw.changer", PASSWORD);
		assertThat(other.get("/inbox").status()).isEqualTo(200);
		assertThat(oldApi.get("/api/me").status()).isEqualTo(200);
		assertThat(changing.get("/me/password").text()).contains("newPassword");

		PageClient.Response changed = changing.post("/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(changed.header("Location")).endsWith("/me/password?changed");

		assertThat(other.get("/inbox").toSignIn()).isTrue();
		assertThat(changing.get("/inbox").status()).isEqualTo(200);
		assertThat(oldApi.get("/api/me").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, "pw.changer", NEW_PASSWORD).get("/api/me").status()).isEqualTo(200);
		PageClient.Response oldForm = PageClient.anonymous(port).post("/login",
				Map.of("username", "pw.changer", "password", PASSWORD));
		assertThat(oldForm.header("Location")).endsWith("/login?error");
		assertThat(PageClient.signIn(port, "pw.changer", NEW_PASSWORD).get("/inbox").status()).isEqualTo(200);
		assertThat(lastAudit("pw.changer")).isEqualTo("officer.change-password ALLOWED");
	}

	@Test
	void theApiChecksTheCurrentPasswordAndTheRuleAndEndsThePageSessions() {
		officer("pw.api");
		ApiClient api = ApiClient.as(port, "pw.api", PASSWORD);
		PageClient browser = PageClient.signIn(port, "pw.api", PASSWORD);

		ApiClient.Response wrongCurrent = api.put("/api/me/password",
				Map.of("currentPassword", "not-the-password", "newPassword", NEW_PASSWORD));
		assertThat(wrongCurrent.status()).isEqualTo(400);
		assertThat(rules(wrongCurrent, "currentPassword")).containsExactly("current-password");
		assertThat(lastAudit("pw.api")).isEqualTo("officer.change-password REFUSED_FORBIDDEN");

		ApiClient.Response weak = api.put("/api/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "pw.api"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.contentType()).startsWith("application/problem+json");
		assertThat(rules(weak, "newPassword")).containsExactly("min-length", "not-username");
		assertThat(browser.get("/inbox").status()).isEqualTo(200);

		assertThat(api.put("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
			.status()).isEqualTo(204);
		assertThat(browser.get("/inbox").toSignIn()).isTrue();
		assertThat(api.get("/api/me").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, "pw.api", NEW_PASSWORD).get("/api/me").status()).isEqualTo(200);
		assertThat(lastAudit("pw.api")).isEqualTo("officer.change-password ALLOWED");
	}

	@Test
	void thePageShowsTheBrokenRulesAndKeepsThePassword() {
		officer("pw.pageweak");
		PageClient browser = PageClient.signIn(port, "pw.pageweak", PASSWORD);
		PageClient.Response refused = browser.post("/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "jointcase2026"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("is one of the most common passwords");
		assertThat(ApiClient.as(port, "pw.pageweak", PASSWORD).get("/api/me").status()).isEqualTo(200);
	}

	private ApiClient.Response create(String username, String password) {
		return ApiClient.as(port, "admin").post("/api/directory/officers", Map.of("username", username,
				"displayName", username, "agencyCode", "3401-MR", "password", password, "roles", List.of("INSPECTOR")));
	}

	private void officer(String username) {
		ApiClient.Response created = create(username, PASSWORD);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private static void assertRules(ApiClient.Response response, String... rules) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(rules(response, "password")).containsExactly(rules);
	}

	private static List<String> rules(ApiClient.Response response, String field) {
		List<String> rules = new ArrayList<>();
		for (JsonNode error : response.json().path("errors")) {
			assertThat(error.path("field").asText()).isEqualTo(field);
			rules.add(error.path("rule").asText());
		}
		return rules;
	}

	private String lastAudit(String officer) {
		return jdbc.sql("select action || ' ' || outcome from audit_entry where officer = ? "
				+ "and action = 'officer.change-password' order by seq desc limit 1")
			.param(officer).query(String.class).single();
	}
}
