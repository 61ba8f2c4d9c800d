package org.jointcase.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The records of the processes in a real browser, walked by officers of several agencies: a transfer proposed from
 * the case page with the conflict warning in view, approved and accepted through the inbox, and its record; a joint
 * review convened by a coordinator with the opinions of two agencies.
 */
@IntegrationTest
class RecordPagesBrowserIntegrationTests {

	/** A valid unified social credit code that both agencies' cases name. */
	static final String SHARED_CREDIT_CODE = "91340200MA8P56780L";

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
	void aTransferWalksFromProposalToAcceptanceThroughThePages() throws IOException {
		String wuhuReference = createCase("wuhu.inspector", "Wuhu complaints about a prepaid card seller", "340202")
			.path("reference").asText();
		UUID caseId = UUID.fromString(createCase("hefei.inspector", "Prepaid cards of a Wuhu seller", "340104")
			.path("id").asText());

		browser.signIn("hefei.inspector").go("/cases/" + caseId);
		Path receipt = Files.createTempFile("receipt", ".txt");
		Files.writeString(receipt, "Receipt 7731: annual card", StandardCharsets.UTF_8);
		browser.attach("Add a document", receipt).press("Upload");

		browser.follow("Propose a transfer");
		assertThat(browser.text("[data-test=conflict-check]")).as("the warning before sending")
			.contains(wuhuReference, "Wuhu Market Regulation Bureau", SHARED_CREDIT_CODE);

		browser.fill("Name contains", "Wuhu Market").press("Search the directory");
		browser.field("targetAgency-3402-MR").click();
		browser.field(receipt.getFileName().toString()).click();
		browser.press("Propose the transfer");
		assertThat(browser.errorBeside("reason")).as("the reason is required").isNotBlank();
		assertThat(browser.field("targetAgency-3402-MR").isSelected()).as("the choice survives").isTrue();
		assertThat(browser.field(receipt.getFileName().toString()).isSelected()).isTrue();

		browser.fill("reason", "The seller is registered in Wuhu").press("Propose the transfer");
		assertThat(browser.currentPath()).startsWith("/transfers/");
		String transferPath = browser.currentPath();
		assertThat(browser.text("[data-test=transfer-status]")).isEqualTo("Proposed");
		assertThat(browser.text("[data-test=open-steps]")).contains("Approve the transfer", "working days");

		browser.signOut().signIn("hefei.supervisor").go("/tasks/" + taskId("hefei.supervisor", caseId));
		browser.press("Approve");
		assertThat(browser.heading()).isEqualTo("Inbox");

		browser.signOut().signIn("wuhu.supervisor").go("/tasks/" + taskId("wuhu.supervisor", caseId));
		browser.press("Accept");
		assertThat(browser.heading()).isEqualTo("Inbox");

		browser.go(transferPath);
		assertThat(browser.text("[data-test=transfer-status]")).isEqualTo("Accepted");
		assertThat(browser.text("[data-test=case-owner]")).isEqualTo("Wuhu Market Regulation Bureau");
		assertThat(browser.text("[data-test=transfer-steps]")).contains("Approved", "hefei.supervisor", "Accepted",
				"wuhu.supervisor");
		assertThat(browser.all("form[action$='/withdraw']")).as("accepted: no withdrawal").isEmpty();
		assertThat(browser.all("a[download]")).extracting(link -> link.getText())
			.contains(receipt.getFileName().toString());
		browser.waitFor("#diagram[data-ready=true]");
		assertThat(browser.all("#diagram .djs-element.done")).isNotEmpty();

		browser.go(transferPath + "?lang=zh-CN").waitFor("#diagram[data-ready=true]");
		assertThat(browser.text("[data-test=transfer-status]")).isEqualTo("已接收");

		browser.go(transferPath + "?lang=en").signOut().signIn("hefei.police.inspector").go(transferPath);
		assertThat(browser.text("[data-test=error-title]")).as("an uninvolved agency").isEqualTo("Not found");
	}

	@Test
	void aJointReviewGathersTheOpinionsOfTwoAgenciesThroughThePages() {
		UUID caseId = UUID.fromString(createCase("hefei.inspector", "Prepaid cards sold in two cities", "340104")
			.path("id").asText());

		browser.signIn("hefei.coordinator").go("/cases/" + caseId).follow("Convene a joint review");
		browser.fill("Name contains", "Wuhu Market").press("Search the directory");
		browser.field("participants-3402-MR").click();
		browser.fill("Name contains", "").choose("departmentCode", "PS").choose("regionCode", "3401")
			.press("Search the directory");
		assertThat(browser.field("participants-kept-3402-MR").isSelected()).as("kept across searches").isTrue();
		browser.field("participants-3401-PS").click();
		browser.fill("Agenda", "Who takes the prepaid-card cases, and is it fraud?")
			.set("meetingAt", LocalDate.now(WorkingCalendar.ZONE).plusDays(30) + "T10:00");
		browser.press("Convene the review");
		assertThat(browser.errorBeside("title")).as("the title is required").isNotBlank();
		assertThat(browser.field("participants-3401-PS").isSelected()).as("nothing lost").isTrue();

		browser.fill("title", "Prepaid cards in Hefei and Wuhu").press("Convene the review");
		assertThat(browser.currentPath()).startsWith("/reviews/");
		String reviewPath = browser.currentPath();
		assertThat(browser.text("[data-test=review-status]")).isEqualTo("Opinions being written");
		assertThat(browser.text("[data-test=open-steps]")).contains("Give the agency's opinion");

		opinion("wuhu", caseId, "AGREE", "Wuhu takes the seller registered there");
		opinion("hefei.police", caseId, "DISAGREE", "The unpaid refunds suggest fraud: police should lead");

		browser.signOut().signIn("hefei.coordinator").go(reviewPath);
		assertThat(browser.all("[data-test=opinion]")).hasSize(2);
		assertThat(browser.text("main")).contains("Wuhu takes the seller registered there",
				"The unpaid refunds suggest fraud: police should lead", "Agrees", "Disagrees");
		assertThat(browser.text("[data-test=review-status]")).isEqualTo("Conclusion awaited");
		browser.waitFor("#diagram[data-ready=true]");
		assertThat(browser.all("#diagram .djs-element.current")).isNotEmpty();
	}

	@Test
	void anAssistanceRequestIsAskedFromTheCasePageAndKeepsWhatWasTypedWhenRefused() {
		UUID caseId = UUID.fromString(createCase("hefei.inspector", "A seller registered elsewhere", "340104")
			.path("id").asText());

		browser.signIn("hefei.inspector").go("/cases/" + caseId).follow("Ask for assistance");
		browser.fill("Name contains", "Wuhu Market").press("Search the directory");
		browser.field("addressees-3402-MR").click();
		browser.fill("item-0-question", "Is Jiujiang Card Co registered with you?")
			.fill("item-0-businessName", "Jiujiang Card Co")
			.fill("item-0-creditCode", "123")
			.press("Put the request before the supervisor");
		assertThat(browser.errorBeside("item-0-creditCode")).isNotBlank();
		assertThat(browser.field("item-0-question").getAttribute("value"))
			.isEqualTo("Is Jiujiang Card Co registered with you?");
		assertThat(browser.field("addressees-3402-MR").isSelected()).isTrue();

		browser.fill("item-0-creditCode", SHARED_CREDIT_CODE).press("Put the request before the supervisor");
		assertThat(browser.currentPath()).startsWith("/assistance-requests/");
		String requestPath = browser.currentPath();
		assertThat(browser.text("[data-test=request-status]")).isEqualTo("Awaiting approval");
		assertThat(browser.text("main")).contains("Approve the request", "Wuhu Market Regulation Bureau");

		browser.go("/cases/" + caseId);
		assertThat(browser.text("[data-test=case-records]")).contains("Assistance request to Wuhu Market Regulation Bureau");

		// Once sent and accepted, Wuhu's inspector finds the forms its allowedActions name on the request's page.
		act("hefei.supervisor", caseId, "approve");
		act("wuhu.supervisor", caseId, "accept");
		browser.signOut().signIn("wuhu.inspector").go(requestPath);
		assertThat(browser.all("form[action$='/cancel']")).isEmpty();
		browser.fill("Working days (1 to 60)", "5").fill("Why (at most 500 characters)", "The warehouse opens next week")
			.press("Ask for more time");
		assertThat(browser.text("[data-test=addressee]")).contains("Asks 5 more working days: The warehouse opens next week");
		assertThat(browser.all("#extension-days")).as("one extension at a time").isEmpty();
	}

	private void act(String officer, UUID caseId, String action) {
		ApiClient.Response done = ApiClient.as(port, officer).post("/api/tasks/" + taskId(officer, caseId) + "/actions/"
				+ action, Map.of());
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	/** An agency's inspector gives its opinion through the inbox form and its supervisor approves it. */
	private void opinion(String agency, UUID caseId, String stance, String reasoning) {
		browser.signOut().signIn(agency + ".inspector").go("/tasks/" + taskId(agency + ".inspector", caseId));
		browser.choose("submit-stance", stance).fill("submit-reasoning", reasoning).press("Submit");
		browser.signOut().signIn(agency + ".supervisor").go("/tasks/" + taskId(agency + ".supervisor", caseId));
		browser.press("Approve");
	}

	private JsonNode createCase(String officer, String title, String region) {
		ApiClient.Response created = ApiClient.as(port, officer).post("/api/cases", Map.of("title", title,
				"summary", "Annual cards sold, then the shop closed", "category", "PREPAID_CARD", "regionCode", region,
				"parties", List.of(Map.of("kind", "BUSINESS", "name", "Jiujiang Card Co", "creditCode",
						SHARED_CREDIT_CODE))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	private String taskId(String officer, UUID caseId) {
		JsonNode tasks = ApiClient.as(port, officer).get("/api/tasks?caseId=" + caseId).json().path("items");
		assertThat(tasks).hasSize(1);
		return tasks.get(0).path("id").asText();
	}
}
