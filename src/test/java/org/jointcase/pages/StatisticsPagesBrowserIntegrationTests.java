package org.jointcase.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page in a real browser: a coordinator's region with its month chart, per-agency chart and tables,
 * the workbook downloaded and opened with Apache POI, and the printable year summary in English and Chinese.
 */
@IntegrationTest
class StatisticsPagesBrowserIntegrationTests {

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
	void aCoordinatorReadsTheRegionsFiguresDownloadsThemAndPrintsTheYear() throws IOException {
		ApiClient.Response created = ApiClient.as(port, "hefei.inspector").post("/api/cases", Map.of("title",
				"Counted on the page", "summary", "s", "category", "PREPAID_CARD", "regionCode", "3401"));
		assertThat(created.status()).isEqualTo(201);
		int year = LocalDate.now(WorkingCalendar.ZONE).getYear();

		browser.signIn("hefei.coordinator").follow("Statistics");
		assertThat(browser.heading()).isEqualTo("Figures of Hefei and the regions inside it");
		assertThat(browser.all("[data-test=trend-chart] rect")).hasSize(12);
		assertThat(browser.text("[data-test=agency-chart]")).isNotNull();
		assertThat(browser.text("[data-test=table-cases]")).contains("Market Regulation").contains("Prepaid card");
		assertThat(browser.text("[data-test=table-summary]")).contains("Cases opened");
		assertThat(browser.screenshot("statistics.png")).isNotEmptyFile();

		browser.download("Download every table (XLSX)");
		String name = "statistics-3401-" + year + "-01-01-" + year + "-12-31.xlsx";
		try (InputStream in = Files.newInputStream(browser.downloaded(name));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("summary").getRow(1).getCell(0).getStringCellValue()).isEqualTo("cases-opened");
			assertThat(workbook.getSheet("summary").getRow(1).getCell(1).getNumericCellValue()).isPositive();
		}

		browser.follow("Printable summary of the year");
		assertThat(browser.text("[data-test=summary-heading]")).isEqualTo("Hefei: the year " + year + " in figures");
		assertThat(browser.text("[data-test=summary-figures]")).contains("Each case created");
		browser.go("/statistics/summary?region=3401&lang=zh-CN");
		assertThat(browser.text("[data-test=summary-heading]")).isEqualTo("合肥市：" + year + "年数据");
		assertThat(browser.text("[data-test=summary-figures]")).contains("立案数").contains("计数方法");
		assertThat(browser.screenshot("statistics-summary-zh.png")).isNotEmptyFile();

		browser.go("/statistics?region=3402&lang=en");
		assertThat(browser.heading()).isEqualTo("Not allowed");
	}
}
