package org.jointcase.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.campaigns.CampaignFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A campaign in a real browser: Hefei's coordinator launches it through the form, Shushan market regulation and Hefei
 * police report through the pre-filled report form and their supervisors approve, and the coordinator sees the
 * totals, the per-agency table and the chart, and the reported figures in the region's statistics workbook it
 * downloads; a participant sees only its own row.
 */
@IntegrationTest
class CampaignPagesBrowserIntegrationTests {

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
	void aCoordinatorLaunchesTwoAgenciesReportAndTheTotalsAdd() throws IOException {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		browser.signIn("hefei.coordinator").go("/campaigns").follow("Launch a campaign");
		browser.field("theme-PREPAID_CARD").click();
		browser.field("department-MR").click();
		browser.field("department-PS").click();
		browser.field("figure-BUSINESSES_INSPECTED").click();
		browser.field("figure-AMOUNT_RECOVERED").click();
		browser.choose("regionCode", "3401").set("startsOn", today.toString())
			.set("endsOn", today.plusDays(20).toString()).choose("schedule", "ONCE");
		browser.press("Launch the campaign");
		assertThat(browser.errorBeside("title")).as("the title is required").isNotBlank();
		assertThat(browser.field("department-PS").isSelected()).as("nothing lost").isTrue();

		browser.fill("title", "Prepaid gyms 2026").press("Launch the campaign");
		assertThat(browser.currentPath()).startsWith("/campaigns/");
		String campaignPath = browser.currentPath();
		String campaignId = campaignPath.substring("/campaigns/".length());
		assertThat(browser.text("[data-test=campaign-status]")).isEqualTo("Running");
		long inspectedBefore = downloadedRegionTotal("BUSINESSES_INSPECTED");

		report("shushan", campaignPath, campaignId, "12", "3000");
		report("hefei.police", campaignPath, campaignId, "8", "500");

		browser.signOut().signIn("hefei.coordinator").go(campaignPath);
		assertThat(browser.text("[data-test=totals] [data-figure=BUSINESSES_INSPECTED]")).isEqualTo("20");
		assertThat(browser.text("[data-test=totals] [data-figure=AMOUNT_RECOVERED]")).isEqualTo("3500");
		assertThat(browser.all("[data-test=report-table] tr[data-agency='340104-MR']")).hasSize(1);
		assertThat(browser.text("[data-test=report-table] tr[data-agency='3401-PS']")).contains("approved", "8");
		assertThat(browser.text("[data-test=report-table] tr[data-agency='340111-MR']")).contains("awaited");
		assertThat(browser.all("[data-test=chart] rect")).hasSize(1);
		assertThat(browser.screenshot("campaign.png")).isNotEmptyFile();
		assertThat(downloadedRegionTotal("BUSINESSES_INSPECTED") - inspectedBefore)
			.as("the approved reports in the region's workbook").isEqualTo(20);

		browser.go(campaignPath + "?lang=zh-CN");
		assertThat(browser.text("[data-test=campaign-status]")).isEqualTo("进行中");
		browser.go(campaignPath + "?lang=en").signOut().signIn("shushan.inspector").go(campaignPath);
		assertThat(browser.all("[data-test=report-table] tbody tr")).as("its own row only").hasSize(1);
		assertThat(browser.text("[data-test=totals] [data-figure=BUSINESSES_INSPECTED]")).isEqualTo("20");
		browser.signOut().signIn("wuhu.inspector").go(campaignPath);
		assertThat(browser.text("[data-test=error-title]")).isEqualTo("Not found");
	}

	/**
	 * The year's total of a campaign figure over Hefei, read from the statistics workbook the signed-in coordinator
	 * downloads (sheet {@code campaigns}: figure, total); the file is removed so that the next download is read afresh.
	 */
	private long downloadedRegionTotal(String figure) throws IOException {
		int year = LocalDate.now(WorkingCalendar.ZONE).getYear();
		browser.go("/statistics?region=3401").download("Download every table (XLSX)");
		Path file = browser.downloaded("statistics-3401-" + year + "-01-01-" + year + "-12-31.xlsx");
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet campaigns = workbook.getSheet("campaigns");
			long total = 0;
			for (Row row : campaigns) {
				if (row.getRowNum() > 0 && figure.equals(row.getCell(0).getStringCellValue())) {
					total = (long) row.getCell(1).getNumericCellValue();
				}
			}
			return total;
		}
		finally {
			Files.delete(file);
		}
	}

	/** The agency's inspector fills the report form from the campaign page; its supervisor approves in the inbox. */
	private void report(String agency, String campaignPath, String campaignId, String inspected, String recovered) {
		browser.signOut().signIn(agency + ".inspector").go(campaignPath);
		String form = browser.all("[data-test=report-link]").get(0).getAttribute("href");
		browser.go(URI.create(form).getPath());
		assertThat(browser.field("businessesInspected").getAttribute("value")).as("not counted by the platform")
			.isEmpty();
		browser.fill("businessesInspected", inspected).fill("amountRecovered", recovered)
			.press("Submit the report for approval");
		assertThat(browser.heading()).isEqualTo("Inbox");
		ApiClient supervisor = ApiClient.as(port, agency + ".supervisor");
		browser.signOut().signIn(agency + ".supervisor")
			.go("/tasks/" + CampaignFixtures.task(supervisor, campaignId, "ApproveReportTask"));
		browser.press("Approve");
		assertThat(browser.heading()).isEqualTo("Inbox");
	}
}
