package org.jointcase.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.intake.IntakeFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intake pages in a real browser: a batch file uploaded with its progress bar and refused row, the queue with
 * working days left, the item page with its routing rationale, the decision taken through the step's form, and the
 * queue in Chinese; a file added to the item on its page and downloaded from it; the hot-spot flag on the page of a
 * case whose business is a hot spot; the active alerts about the item's business on its page, for the agencies the
 * alert was sent to.
 */
@IntegrationTest
class IntakePagesBrowserIntegrationTests {

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
	void aBatchIsUploadedThenAnItemOfItIsDecidedThroughItsForm() throws IOException, InterruptedException {
		String run = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
		StringBuilder csv = new StringBuilder("kind,channel,workOrder,personName,personContact,realName,businessName,"
				+ "businessRegion,facts\r\n");
		for (int i = 0; i < 40; i++) {
			csv.append("COMPLAINT,PLATFORM_12315,PG-").append(run).append('-').append(i)
				.append(",Zhou Ba,13800009999,true,Page Gym ").append(run).append(",340104,Fees kept\r\n");
		}
		csv.append("COMPLAINT,NEWSPAPER,PG-").append(run).append("-bad,,,false,Page Gym,340104,Fees kept\r\n");
		Path file = Files.createTempFile("12315-", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		browser.signIn("hefei.inspector").go("/intake/batches/new");
		browser.attach("File", file).press("Upload");
		assertThat(browser.all("[data-test=batch-progress]")).hasSize(1);
		for (int i = 0; i < 600 && !browser.text("[data-test=batch-counts]").startsWith("41 of 41"); i++) {
			Thread.sleep(500);
			browser.go(browser.currentPath());
		}
		assertThat(browser.text("[data-test=batch-counts]")).isEqualTo(
				"41 of 41 rows read: 40 imported, 0 imported before, 1 refused");
		assertThat(browser.text("[data-test=refused-rows]")).contains("42", "channel", "one-of");
		browser.signOut();

		browser.signIn("shushan.inspector").go("/intake?business=Page%20Gym%20" + run);
		assertThat(browser.all("[data-test=intake-queue] tbody tr")).hasSize(40);
		assertThat(browser.text("[data-test=days-left]")).isIn("6", "7");
		browser.follow("PG-" + run + "-0");
		assertThat(browser.text("[data-test=routing-detail]")).contains("340104");
		assertThat(browser.text("[data-test=intake-person]")).contains("Zhou Ba");
		assertThat(browser.text("[data-test=messages]")).contains("PG-" + run + "-0");
		browser.follow("Decide").press("Accept");
		browser.go("/intake?business=Page%20Gym%20" + run + "&status=MEDIATION");
		assertThat(browser.all("[data-test=intake-queue] tbody tr")).hasSize(1);

		browser.go("/intake?lang=zh-CN");
		assertThat(browser.heading()).isEqualTo("投诉举报待办");
	}

	@Test
	void theHandlingAgencyAddsAFileOnTheItemPageAndDownloadsIt() throws IOException {
		String item = IntakeFixtures.receive(ApiClient.as(port, "hefei.inspector"), IntakeFixtures.item("COMPLAINT",
				IntakeFixtures.workOrder(), IntakeFixtures.business("Filed Gym Ltd", null, "340104"), true))
			.path("id").asText();
		Path receipt = Files.createTempFile("receipt", ".txt");
		Files.writeString(receipt, "Receipt 0042: 12 months, 3600 yuan", StandardCharsets.UTF_8);

		browser.signIn("shushan.inspector").go("/intake/items/" + item);
		assertThat(browser.text("#attachments")).contains("No files.");
		browser.attach("Add a file", receipt).press("Upload");
		assertThat(browser.text("#attachments")).contains("Added: " + receipt.getFileName());
		assertThat(browser.text("[data-test=attachments]")).contains(receipt.getFileName().toString(), "text/plain");
		assertThat(browser.all("[data-test=decide]")).hasSize(1);
		browser.download(receipt.getFileName().toString());
		assertThat(Files.readString(browser.downloaded(receipt.getFileName().toString()), StandardCharsets.UTF_8))
			.isEqualTo("Receipt 0042: 12 months, 3600 yuan");

		browser.go("/intake/items/" + item + "?lang=zh-CN");
		assertThat(browser.text("#attachments")).contains("材料", "添加材料");
	}

	@Test
	void theCasePageFlagsThePartyThatIsAHotSpot() {
		String hot = IntakeFixtures.creditCode("340104");
		String calm = IntakeFixtures.creditCode("340104");
		ApiClient hefei = ApiClient.as(port, "hefei.inspector");
		for (int i = 0; i < 5; i++) {
			IntakeFixtures.receive(hefei, IntakeFixtures.item("COMPLAINT", IntakeFixtures.workOrder(),
					IntakeFixtures.business("Busy Gym Ltd", hot, "340104"), true));
		}
		IntakeFixtures.receive(hefei, IntakeFixtures.item("COMPLAINT", IntakeFixtures.workOrder(),
				IntakeFixtures.business("Calm Gym Ltd", calm, "340104"), true));
		ApiClient.Response created = ApiClient.as(port, "shushan.inspector").post("/api/cases", Map.of("title",
				"Busy gym", "summary", "Fees kept", "category", "PREPAID_CARD", "regionCode", "340104", "parties",
				List.of(Map.of("kind", "BUSINESS", "name", "Busy Gym Ltd", "creditCode", hot),
						Map.of("kind", "BUSINESS", "name", "Calm Gym Ltd", "creditCode", calm))));
		assertThat(created.status()).isEqualTo(201);

		browser.signIn("shushan.inspector").go("/cases/" + created.json().path("id").asText());
		assertThat(browser.all("[data-test=hot-spot]")).hasSize(1);
		assertThat(browser.text("[data-test=hot-spot]")).startsWith("Hot spot");
		browser.go(browser.currentPath() + "?lang=zh-CN");
		assertThat(browser.text("[data-test=hot-spot]")).startsWith("热点");
	}

	@Test
	void theItemPageShowsTheActiveAlertsAboutItsBusiness() {
		String code = IntakeFixtures.creditCode("340104");
		String item = IntakeFixtures.receive(ApiClient.as(port, "hefei.inspector"), IntakeFixtures.item("COMPLAINT",
				IntakeFixtures.workOrder(), IntakeFixtures.business("Alerted Gym Ltd", code, "340104"), false))
			.path("id").asText();
		ApiClient.Response issued = ApiClient.as(port, "wuhu.supervisor").post("/api/alerts", Map.of("subject",
				"BUSINESS", "creditCode", code, "businessName", "Alerted Gym Ltd", "category", "PREPAID_CARD",
				"severity", "HIGH", "summary", "Sold annual cards in Wuhu and closed", "agencies",
				List.of("340104-MR"), "regions", List.of(), "expiresOn",
				LocalDate.now(WorkingCalendar.ZONE).plusDays(30).toString()));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);

		browser.signIn("shushan.inspector").go("/intake/items/" + item);
		assertThat(browser.text("[data-test=alerts]")).contains("Sold annual cards in Wuhu and closed", code);
		browser.signOut();
		browser.signIn("hefei.inspector").go("/intake/items/" + item);
		assertThat(browser.text("[data-test=routing-detail]")).as("Hefei took the item in").contains("340104");
		assertThat(browser.all("[data-test=alerts]")).as("Hefei was not sent the alert").isEmpty();
	}
}
