package org.jointcase.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The informant's identity in the pages: the approving supervisor's tick on the transfer's approval form and its
 * record on the transfer page; the new owner's request for the identity from the case page, offered only where the
 * services allow it.
 */
@IntegrationTest
class InformantPagesBrowserIntegrationTests {

	@LocalServerPort
	int port;

	PageDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = PageDriver.open(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void theTickOnTheApprovalFormIsRecordedOnTheTransferPage() {
		UUID caseId = createCase("Prepaid salon cards", "91340100MA2N123401");
		String transfer = propose(caseId);
		browser.signIn("hefei.supervisor").go("/tasks/" + taskId("hefei.supervisor", caseId));
		browser.field("approve-informantIdentityTravels").click();
		browser.press("Approve");
		browser.go("/transfers/" + transfer);
		assertThat(browser.text("[data-test=informant-grant]")).contains("hefei.supervisor");
		assertThat(browser.all("form[action$='/withdraw']")).as("the sender's supervisor may withdraw").hasSize(1);

		browser.signOut().signIn("wuhu.supervisor").go("/transfers/" + transfer);
		assertThat(browser.all("form[action$='/withdraw']")).as("the target may not withdraw").isEmpty();
	}

	@Test
	void theNewOwnerAsksForTheIdentityFromTheCasePage() {
		UUID caseId = createCase("Unsafe toys", "91340200MA8P56780L");
		propose(caseId);
		act("hefei.supervisor", caseId, "approve");
		act("wuhu.supervisor", caseId, "accept");

		browser.signIn("hefei.inspector").go("/cases/" + caseId);
		assertThat(browser.all("form[action$='/informant-requests']")).as("the recording agency knows").isEmpty();

		browser.signOut().signIn("wuhu.inspector").go("/cases/" + caseId);
		assertThat(browser.text("main")).contains("Recorded by Hefei Market Regulation Bureau")
			.doesNotContain("Sun Qi");
		browser.fill("Why your agency needs to know who reported", "We need the informant as a witness")
			.press("Ask the recording agency");
		assertThat(browser.text("[data-test=informant-requests]")).contains("Hefei Market Regulation Bureau",
				"awaiting an answer");
		assertThat(browser.all("form[action$='/informant-requests']")).as("one request at a time").isEmpty();
	}

	private UUID createCase(String title, String creditCode) {
		ApiClient.Response created = ApiClient.as(port, "hefei.inspector").post("/api/cases", Map.of("title", title,
				"summary", title + " reported", "category", "PRODUCT_QUALITY", "regionCode", "3401", "parties",
				List.of(Map.of("kind", "BUSINESS", "name", title + " Ltd", "creditCode", creditCode)), "informant",
				Map.of("name", "Sun Qi", "contact", "13600000000", "channel", "HOTLINE")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	private String propose(UUID caseId) {
		ApiClient.Response proposed = ApiClient.as(port, "hefei.inspector").post("/api/cases/" + caseId
				+ "/transfers", Map.of("targetAgency", "3402-MR", "reason", "The seller is in Wuhu"));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		return proposed.json().path("id").asText();
	}

	private void act(String officer, UUID caseId, String action) {
		assertThat(ApiClient.as(port, officer).post("/api/tasks/" + taskId(officer, caseId) + "/actions/" + action,
				Map.of()).status()).isEqualTo(204);
	}

	private String taskId(String officer, UUID caseId) {
		JsonNode tasks = ApiClient.as(port, officer).get("/api/tasks?caseId=" + caseId).json().path("items");
		assertThat(tasks).hasSize(1);
		return tasks.get(0).path("id").asText();
	}
}
