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
import org.jointcase.tasks.NoticeFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages as officers decide and keep up with them, in a real browser on a desktop and at 390 × 844: the transfer
 * approval with what it is about (target, reason, travelling documents, the duplicate-business warning, the working
 * days left) and its primary action first; the inbox's search, filters, bulk claim, saved filters and the notices with
 * their unread count; the case page's status panel and the masked informant with its audited reveal. Each page type
 * has no sideways scroll on the phone and no serious or critical axe-core violation; the README's screenshots come
 * from here.
 */
@IntegrationTest
class OfficerExperienceBrowserIntegrationTests {

	/** A valid unified social credit code that both agencies' cases name. */
	static final String SHARED_CREDIT_CODE = "91340200MA8P56780L";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void aSupervisorApprovesATransferSeeingWhatItIsAboutWithTheApprovalFirst() throws IOException {
		String wuhuReference = createCase("wuhu.inspector", "Wuhu complaints about a card seller", "340202")
			.path("reference").asText();
		UUID caseId = UUID.fromString(createCase("hefei.inspector", "Card seller moved to Wuhu", "340104")
			.path("id").asText());
		browser.signIn("hefei.inspector").go("/cases/" + caseId);
		Path receipt = Files.createTempFile("membership-receipt", ".txt");
		Files.writeString(receipt, "Receipt 7731: annual card", StandardCharsets.UTF_8);
		browser.attach("Add a document", receipt).press("Upload");
		String documentId = ApiClient.as(port, "hefei.inspector").get("/api/cases/" + caseId + "/documents").json()
			.path(0).path("id").asText();
		ApiClient.Response proposed = ApiClient.as(port, "hefei.inspector").post("/api/cases/" + caseId
				+ "/transfers", Map.of("targetAgency", "3402-MR", "reason", "The seller is registered in Wuhu",
						"documentIds", List.of(documentId)));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);

		browser.signOut().signIn("hefei.supervisor").go("/tasks/" + taskId("hefei.supervisor", caseId));
		assertThat(browser.text("[data-test=transfer-target]")).isEqualTo("Wuhu Market Regulation Bureau");
		assertThat(browser.text("[data-test=decision-context]")).contains("The seller is registered in Wuhu",
				"Card seller moved to Wuhu");
		assertThat(browser.text("[data-test=travelling-documents]")).contains(receipt.getFileName().toString());
		assertThat(browser.text("[data-test=conflict-check]")).contains(wuhuReference, SHARED_CREDIT_CODE);
		assertThat(browser.text("[data-test=days-left]")).containsPattern("working days? left|Due today");
		List<WebElement> actionForms = browser.all("main form[data-action]");
		assertThat(actionForms.get(0).getAttribute("data-action")).as("the primary action first").isEqualTo("approve");
		assertThat(browser.all(".primary-action form[data-action=approve] button.primary")).hasSize(1);
		assertThat(browser.all(".secondary-actions form[data-action=send-back] button.secondary")).hasSize(1);
		assertThat(browser.all(".secondary-actions form[data-action=send-back] textarea, "
				+ ".secondary-actions form[data-action=send-back] input[name=reason]")).as("asks for its reason")
			.hasSize(1);
		fitsAndPasses("decision");

		browser.go("/transfers/" + proposed.json().path("id").asText()).waitFor("#diagram[data-ready=true]");
		assertThat(browser.all("#diagram .djs-element.current")).isNotEmpty();
		fitsAndPasses("process-record");
	}

	@Test
	void theInboxIsSearchedFilteredClaimedInBulkAndKeepsTheOfficersFilters() {
		String marker = "Inbox" + UUID.randomUUID().toString().substring(0, 8);
		UUID first = createCaseId("hefei.inspector", marker + " gym cards");
		UUID second = createCaseId("hefei.inspector", marker + " beauty salon cards");
		propose(first);
		propose(second);

		browser.signIn("hefei.supervisor").go("/inbox");
		browser.fill("inbox-q", marker + " gym").choose("inbox-who", "unclaimed").click("[data-test=inbox-filters] button");
		assertThat(browser.all("[data-test=inbox-table] tbody tr")).hasSize(1);
		assertThat(browser.text("[data-test=inbox-table]")).contains(marker + " gym cards")
			.doesNotContain("beauty salon");
		assertThat(browser.text("[data-test=days-left]")).isNotBlank();

		browser.fill("inbox-q", marker).click("[data-test=inbox-filters] button");
		assertThat(browser.all("[data-test=inbox-table] tbody tr")).hasSize(2);
		browser.all("[data-test=inbox-table] input[name=taskIds]").forEach(WebElement::click);
		browser.click("#bulk-claim button");
		assertThat(browser.text("[data-test=claimed]")).isEqualTo("Claimed 2 tasks.");
		assertThat(browser.field("inbox-q").getAttribute("value")).as("the filters stay").isEqualTo(marker);
		assertThat(browser.all("[data-test=inbox-table] tbody tr")).as("claimed: no longer unclaimed").isEmpty();

		browser.fill("inbox-q", marker).choose("inbox-who", "mine").click("[data-test=inbox-filters] button");
		assertThat(browser.all("[data-test=inbox-table] tbody tr")).hasSize(2);
		browser.fill("saved-name", "My card cases").click("[data-test=saved-filters] > form button");
		browser.go("/inbox").follow("My card cases");
		assertThat(browser.all("[data-test=inbox-table] tbody tr")).as("the saved filter").hasSize(2);
		fitsAndPasses("inbox");

		int before = unread();
		NoticeFixtures.reminder(jdbc, "3401-MR", "supervisor");
		browser.go("/inbox");
		assertThat(unread()).isEqualTo(before + 1);
		browser.click("[data-test=notices-link]");
		assertThat(browser.all("[data-test=notices] > li")).isNotEmpty();
		browser.click("[data-test=notices] > li form button");
		assertThat(unread()).isEqualTo(before);
		fitsAndPasses("notices");
	}

	@Test
	void theCasePageSaysWhereItStandsAndMasksTheInformantUntilAnAuditedReveal() {
		UUID caseId = createCaseId("hefei.inspector", "Standing and masking");
		propose(caseId);

		browser.signIn("hefei.inspector").go("/cases/" + caseId);
		assertThat(browser.text("[data-test=case-status]")).contains("Lead transfer", "Approve the transfer",
				"Hefei Market Regulation Bureau", "Supervisor");
		assertThat(browser.text("[data-test=informant-identity]")).isEqualTo("王* · 139****8");
		assertThat(browser.webDriver().getPageSource()).doesNotContain("王小明", "13912345678");
		fitsAndPasses("case");

		long reveals = reveals(caseId);
		browser.click("[data-test=reveal-informant]");
		assertThat(browser.text("[data-test=informant-identity]")).isEqualTo("王小明 · 13912345678");
		assertThat(reveals(caseId)).as("the reveal is audited").isEqualTo(reveals + 1);
		browser.go("/cases/" + caseId);
		assertThat(browser.text("[data-test=informant-identity]")).as("masked again").isEqualTo("王* · 139****8");
	}

	@Test
	void formsKeepWhatWasTypedAndSayWhichFieldIsWrong() {
		browser.go("/login");
		browser.fill("username", "hefei.inspector").fill("password", "not-the-password");
		browser.click("main form button[type=submit]");
		assertThat(browser.field("username").getAttribute("value")).as("the username survives").isEqualTo("hefei.inspector");

		browser.signIn("hefei.inspector").go("/cases/new");
		browser.fill("Summary", "Cards sold, shop closed").choose("Category", "PREPAID_CARD").choose("regionCode", "340104")
			.fill("parties0.name", "Jiujiang Card Co").fill("parties0.creditCode", "123")
			.choose("parties0.regionCode", "340202");
		browser.click("main form button[type=submit]");
		assertThat(browser.all("[data-test=error-summary] a")).extracting(link -> link.getAttribute("href"))
			.anyMatch(href -> href.endsWith("#title")).anyMatch(href -> href.endsWith("#parties0.creditCode"));
		assertThat(browser.errorBeside("parties0.creditCode")).isNotBlank();
		assertThat(browser.field("parties0.name").getAttribute("value")).isEqualTo("Jiujiang Card Co");
		assertThat(browser.field("parties0.regionCode").getAttribute("value")).isEqualTo("340202");
		assertThat(browser.field("Summary").getAttribute("value")).isEqualTo("Cards sold, shop closed");
		assertThat(browser.all("fieldset.party")).as("the typed party and one empty row, nothing doubled").hasSize(2);
		assertThat(browser.field("parties0.idNumber").isDisplayed()).as("a business has no ID number").isFalse();
		fitsAndPasses("case-form");
	}

	/**
	 * The page as it is now fits a phone without sideways scrolling, also zoomed to 200 % there and on the desktop
	 * (WCAG 1.4.4 and 1.4.10), and has no serious or critical accessibility violation, at both sizes; the screenshots
	 * {@code name.png}, {@code name-phone.png} and {@code name-phone-zoomed.png} are taken.
	 */
	private void fitsAndPasses(String name) {
		assertThat(browser.accessibilityViolations()).as(name + ": axe-core").isEmpty();
		assertThat(browser.screenshot(name + ".png")).isNotEmptyFile();
		browser.window(390, 844);
		assertThat(browser.scrollsSideways()).as(name + " at 390 × 844").isFalse();
		assertThat(browser.accessibilityViolations()).as(name + " on a phone: axe-core").isEmpty();
		assertThat(browser.screenshot(name + "-phone.png")).isNotEmptyFile();
		browser.zoom(390, 844, 200);
		assertThat(browser.scrollsSideways()).as(name + " on a phone zoomed to 200 % (195 CSS pixels): " + browser.sideways()).isFalse();
		assertThat(browser.screenshot(name + "-phone-zoomed.png")).isNotEmptyFile();
		browser.zoom(390, 844, 100).window(1280, 1000).zoom(1280, 1000, 200);
		assertThat(browser.scrollsSideways()).as(name + " on a desktop zoomed to 200 % (640 CSS pixels): " + browser.sideways()).isFalse();
		browser.zoom(1280, 1000, 100);
	}

	private int unread() {
		List<WebElement> badge = browser.webDriver().findElements(By.cssSelector("[data-test=unread-notices]"));
		return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().trim());
	}

	private long reveals(UUID caseId) {
		return jdbc.sql("select count(*) from audit_entry where action = 'case.reveal-informant' and case_id = ?")
			.param(caseId).query(Long.class).single();
	}

	private void propose(UUID caseId) {
		ApiClient.Response proposed = ApiClient.as(port, "hefei.inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", "3402-MR", "reason", "The seller is registered in Wuhu"));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
	}

	private UUID createCaseId(String officer, String title) {
		return UUID.fromString(createCase(officer, title, "340104").path("id").asText());
	}

	private JsonNode createCase(String officer, String title, String region) {
		ApiClient.Response created = ApiClient.as(port, officer).post("/api/cases", Map.of("title", title,
				"summary", "Annual cards sold, then the shop closed", "category", "PREPAID_CARD", "regionCode", region,
				"parties", List.of(Map.of("kind", "BUSINESS", "name", "Jiujiang Card Co", "creditCode",
						SHARED_CREDIT_CODE)),
				"informant", Map.of("name", "王小明", "contact", "13912345678", "channel", "HOTLINE")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	private String taskId(String officer, UUID caseId) {
		JsonNode tasks = ApiClient.as(port, officer).get("/api/tasks?caseId=" + caseId).json().path("items");
		assertThat(tasks).as(officer + "'s tasks").hasSize(1);
		return tasks.get(0).path("id").asText();
	}
}
