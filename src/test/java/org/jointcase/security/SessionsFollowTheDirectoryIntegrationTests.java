package org.jointcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An open page session follows the directory: disabling an officer or changing their roles applies from the next
 * request of the session, and likewise for the API. Each test works with officers it creates, so that no other test
 * sees the change.
 */
@IntegrationTest
class SessionsFollowTheDirectoryIntegrationTests {

	private static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Test
	void aDisabledOfficersOpenSessionIsSentToTheSignInPageAtTheNextRequest() {
		ApiClient admin = ApiClient.as(port, "admin");
		create(admin, "session.leaver", "INSPECTOR");
		PageClient browser = PageClient.signIn(port, "session.leaver", PASSWORD);
		assertThat(browser.get("/inbox").status()).isEqualTo(200);

		assertThat(admin.put("/api/directory/officers/session.leaver/enabled", Map.of("enabled", false)).status())
			.isEqualTo(200);

		PageClient.Response after = browser.get("/inbox");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.header("Location")).endsWith("/login");
		assertThat(ApiClient.as(port, "session.leaver", PASSWORD).get("/api/me").status()).isEqualTo(401);

		// Enabled again, the officer signs in afresh: the old session is gone for good.
		assertThat(admin.put("/api/directory/officers/session.leaver/enabled", Map.of("enabled", true)).status())
			.isEqualTo(200);
		assertThat(browser.get("/inbox").status()).isEqualTo(302);
		assertThat(PageClient.signIn(port, "session.leaver", PASSWORD).get("/inbox").status()).isEqualTo(200);
	}

	@Test
	void aDemotedSupervisorLosesSupervisorPowerAtTheNextRequestOfPageAndApi() {
		ApiClient admin = ApiClient.as(port, "admin");
		create(admin, "session.supervisor", "SUPERVISOR");
		String approval = transferApproval();
		PageClient browser = PageClient.signIn(port, "session.supervisor", PASSWORD);
		ApiClient api = ApiClient.as(port, "session.supervisor", PASSWORD);
		assertThat(browser.get("/tasks/" + approval).status()).isEqualTo(200);
		assertThat(api.get("/api/tasks/" + approval).status()).isEqualTo(200);

		assertThat(admin.put("/api/directory/officers/session.supervisor/roles", Map.of("roles", List.of("INSPECTOR")))
			.status()).isEqualTo(200);

		assertThat(browser.get("/tasks/" + approval).status()).isEqualTo(404);
		assertThat(browser.get("/inbox").status()).isEqualTo(200);
		assertThat(api.get("/api/tasks/" + approval).status()).isEqualTo(404);
		assertThat(api.get("/api/me").json().path("roles").toString()).isEqualTo("[\"INSPECTOR\"]");

		assertThat(admin.put("/api/directory/officers/session.supervisor/roles",
				Map.of("roles", List.of("SUPERVISOR"))).status()).isEqualTo(200);

		assertThat(browser.get("/tasks/" + approval).status()).isEqualTo(200);
		assertThat(api.get("/api/tasks/" + approval).status()).isEqualTo(200);
	}

	private static void create(ApiClient admin, String username, String role) {
		ApiClient.Response created = admin.post("/api/directory/officers", Map.of("username", username,
				"displayName", username, "agencyCode", "3401-MR", "password", PASSWORD, "roles", List.of(role)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	/** An approval addressed to Hefei market regulation's supervisors: a transfer Hefei's inspector proposed. */
	private String transferApproval() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		String caseId = inspector.post("/api/cases", Map.of("title", "Session roles", "summary", "s", "category",
				"OTHER", "regionCode", "3401")).json().path("id").asText();
		assertThat(inspector.post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", "3402-MR", "reason",
				"Registered in Wuhu")).status()).isEqualTo(201);
		return ApiClient.as(port, "hefei.supervisor").get("/api/tasks?step=ApproveTransferTask&caseId=" + caseId)
			.json().path("items").get(0).path("id").asText();
	}
}
