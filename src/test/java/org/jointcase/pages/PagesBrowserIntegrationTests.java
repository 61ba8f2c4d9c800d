package org.jointcase.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser: sign-in of officers of two agencies, a case created through its form with a field
 * refused, a document uploaded and downloaded, another agency's officer refused with the not-found page, the inbox in
 * both languages, a task acted on through the form made from its action record, and the process record's diagram.
 */
@IntegrationTest
class PagesBrowserIntegrationTests {

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
	void officersOfTwoAgenciesSeeWhoIsSignedInAndForWhichAgency() {
		browser.signIn("hefei.inspector");
		assertThat(browser.heading()).isEqualTo("Inbox");
		assertThat(browser.text("[data-test=officer-name]")).contains("Hefei Inspector");
		assertThat(browser.text("[data-test=officer-agency]")).isEqualTo("Hefei Market Regulation Bureau");

		browser.signOut();
		assertThat(browser.currentPath()).startsWith("/login");
		browser.signIn("wuhu.inspector");
		assertThat(browser.text("[data-test=officer-agency]")).isEqualTo("Wuhu Market Regulation Bureau");
	}

	@Test
	void aCaseFormKeepsWhatWasTypedAndShowsTheRefusalBesideItsField() throws IOException {
		browser.signIn("hefei.inspector").go("/cases/new");
		browser.fill("Summary", "Prepaid gym cards sold, then the gym closed")
			.choose("Category", "PREPAID_CARD")
			.choose("Region", "340104")
			.press("Save");

		assertThat(browser.errorBeside("Title")).isNotBlank();
		assertThat(browser.field("Title").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.field("Summary").getAttribute("value")).isEqualTo("Prepaid gym cards sold, then the gym closed");

		browser.fill("Title", "Gym closed without refunds").press("Save");
		assertThat(browser.text("[data-test=case-title]")).isEqualTo("Gym closed without refunds");

		Path evidence = Files.createTempFile("receipt", ".txt");
		Files.writeString(evidence, "Receipt 0042: 12 months, 3600 yuan", StandardCharsets.UTF_8);
		browser.attach("Add a document", evidence).press("Upload");
		browser.download(evidence.getFileName().toString());
		assertThat(Files.readString(browser.downloaded(evidence.getFileName().toString()), StandardCharsets.UTF_8))
			.isEqualTo("Receipt 0042: 12 months, 3600 yuan");
	}

	@Test
	void anEditOvertakenBySomeoneElseIsExplainedAndKeepsWhatWasTyped() {
		UUID caseId = hefeiCase("Misleading discount labels");
		browser.signIn("hefei.inspector").go("/cases/" + caseId + "/edit");
		ApiClient.Response meanwhile = ApiClient.as(port, "hefei.supervisor").header("If-Match", "\"1\"")
			.put("/api/cases/" + caseId, Map.of("title", "Misleading discount labels (supervisor)", "summary",
					"Edited meanwhile", "category", "PRICING", "regionCode", "340104"));
		assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);

		browser.fill("Title", "Misleading discount labels in three shops").press("Save");
		assertThat(browser.text("[data-test=conflict]")).contains("someone else saved this case");
		assertThat(browser.field("Title").getAttribute("value")).isEqualTo("Misleading discount labels in three shops");
	}

	@Test
	void anOfficerOfAnUnrelatedAgencyTypingACaseUrlGetsTheNotFoundPage() {
		UUID caseId = hefeiCase("Counterfeit milk powder");
		browser.signIn("wuhu.inspector").go("/cases/" + caseId);
		assertThat(browser.text("[data-test=error-title]")).isEqualTo("Not found");
		assertThat(browser.webDriver().getPageSource()).doesNotContain("Counterfeit milk powder");

		browser.go("/cases/" + caseId + "?lang=zh-CN");
		assertThat(browser.text("[data-test=error-title]")).isEqualTo("未找到");

		browser.go("/no/such/page");
		assertThat(browser.text("[data-test=error-title]")).isEqualTo("未找到");
	}

	@Test
	void theInboxSpeaksChineseAndEnglishAndRemembersTheChoice() {
		proposeTransfer(hefeiCase("Prepaid card operator vanished"));
		browser.signIn("hefei.supervisor");
		assertThat(browser.heading()).isEqualTo("Inbox");
		assertThat(browser.all("[data-test=inbox-table] tbody tr")).isNotEmpty();
		assertThat(browser.text("[data-test=inbox-table]")).contains("Approve the transfer");

		browser.follow("中文");
		assertThat(browser.heading()).isEqualTo("待办事项");
		assertThat(browser.text("[data-test=inbox-table]")).contains("审批移送");
		browser.go("/inbox");
		assertThat(browser.heading()).as("the cookie remembers the language").isEqualTo("待办事项");

		browser.follow("English");
		assertThat(browser.heading()).isEqualTo("Inbox");
	}

	@Test
	void aTaskIsDoneThroughTheFormMadeFromItsActionRecord() {
		UUID caseId = hefeiCase("Fake health supplements");
		proposeTransfer(caseId);
		String taskId = task("hefei.supervisor", caseId).path("id").asText();
		browser.signIn("hefei.supervisor").go("/tasks/" + taskId);
		assertThat(browser.text("[data-test=deadline-rule]")).contains("working days");

		browser.press("Send back");
		assertThat(browser.errorBeside("send-back-reason")).isNotBlank();

		browser.fill("send-back-reason", "Name the seller's registration in Wuhu").press("Send back");
		assertThat(browser.heading()).isEqualTo("Inbox");
		assertThat(task("hefei.inspector", caseId).path("step").asText()).isEqualTo("ReviseTransferTask");

		String transfer = ApiClient.as(port, "hefei.inspector").get("/api/cases/" + caseId + "/transfers").json()
			.path(0).path("id").asText();
		browser.go("/transfers/" + transfer);
		browser.waitFor("#diagram[data-ready=true]");
		assertThat(browser.all("#diagram .djs-element.current")).isNotEmpty();
		assertThat(browser.all("#diagram .djs-element.done")).isNotEmpty();
		assertThat(browser.text("[data-test=process-steps]")).contains("Approve the transfer", "Hefei Supervisor",
				"Hefei Market Regulation Bureau · Supervisor");
		assertThat(browser.webDriver().findElements(By.cssSelector(".bjs-powered-by"))).as("bpmn.io watermark")
			.isNotEmpty();
	}

	private UUID hefeiCase(String title) {
		ApiClient.Response created = ApiClient.as(port, "hefei.inspector").post("/api/cases", Map.of("title", title,
				"summary", "Complaints from several consumers", "category", "PREPAID_CARD", "regionCode", "340104",
				"parties", List.of(Map.of("kind", "BUSINESS", "name", "Hefei Fitness Ltd"))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	private void proposeTransfer(UUID caseId) {
		ApiClient.Response proposed = ApiClient.as(port, "hefei.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "The seller is registered in Wuhu"));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
	}

	private JsonNode task(String officer, UUID caseId) {
		JsonNode tasks = ApiClient.as(port, officer).get("/api/tasks?caseId=" + caseId).json().path("items");
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}
}
