package org.jointcase.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.campaigns.CampaignFixtures;
import org.jointcase.intake.IntakeFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics of a small data set made by real processes over HTTP, so that the events really flow: in Hefei four
 * cases and four transfers (accepted, disputed and designated, withdrawn, a suspected crime), in Wuhu one case and an
 * assistance request answered on time after an extension. Every figure is known: the integration tests share one
 * database, so each is read as the change it makes to the figures before, for the current year and month, while last
 * year's figures stay at zero. The intake, campaign and alert figures come from a second set of the same kind. The fact
 * table equals what the records count; the exports are read back with Commons
 * CSV and Apache POI; another region is refused.
 */
@IntegrationTest
class StatisticsIntegrationTests {

	private static final String THIS_MONTH = "?period=month";
	private static final String LAST_YEAR = "?period=year&from="
			+ LocalDate.now(WorkingCalendar.ZONE).minusYears(1).withDayOfYear(1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient as(String officer) {
		return ApiClient.as(port, officer);
	}

	@Test
	void theFiguresOfAKnownDataSetForTwoRegionsAndTwoPeriods() {
		Map<String, JsonNode> before = reports();

		// Hefei: Shushan transfers a case to Baohe, which accepts.
		UUID a = createCase(as("shushan.inspector"), "PRODUCT_QUALITY");
		transfer(a, "shushan", "340111-MR", false);
		act(as("baohe.supervisor"), a, "AcceptTransferTask", "accept", Map.of());
		// Shushan transfers another; Baohe disputes and Hefei designates Baohe.
		UUID g = createCase(as("shushan.inspector"), "PRODUCT_QUALITY");
		transfer(g, "shushan", "340111-MR", false);
		act(as("baohe.supervisor"), g, "AcceptTransferTask", "dispute", Map.of("reason", "Not ours"));
		act(as("hefei.supervisor"), g, "DesignateAgencyTask", "designate", Map.of("agencyCode", "340111-MR",
				"reasoning", "The warehouse is in Baohe"));
		// Hefei sends one to Wuhu and withdraws it, and a suspected crime to Hefei police, which accepts.
		UUID b = createCase(as("hefei.inspector"), "FOOD_SAFETY");
		UUID withdrawn = transfer(b, "hefei", "3402-MR", false);
		assertThat(as("hefei.inspector").post("/api/transfers/" + withdrawn + "/withdrawal", Map.of("reason",
				"Found the seller here")).status()).isEqualTo(200);
		UUID c = createCase(as("hefei.inspector"), "FOOD_SAFETY");
		transfer(c, "hefei", "3401-PS", true);
		act(as("hefei.police.supervisor"), c, "AcceptTransferTask", "accept", Map.of());

		// Wuhu: a case and an assistance request to Jinghu, answered on time after an extension and accepted.
		UUID d = createCase(as("wuhu.inspector"), "PRICING");
		ApiClient.Response asked = as("wuhu.inspector").post("/api/cases/" + d + "/assistance-requests",
				Map.of("items", List.of(Map.of("question", "Is the seller registered with you?", "business",
						Map.of("name", "Wuhu Pricing Ltd"))), "addressees", List.of("340202-MR"), "documentIds",
						List.of()));
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		String request = asked.json().path("id").asText();
		act(as("wuhu.supervisor"), d, "ApproveRequestTask", "approve", Map.of());
		act(as("jinghu.supervisor"), d, "AcceptRequestTask", "accept", Map.of());
		assertThat(as("jinghu.inspector").post("/api/assistance-requests/" + request
				+ "/addressees/340202-MR/extension-requests", Map.of("workingDays", 2, "reason", "Site visit"))
			.status()).isEqualTo(200);
		act(as("wuhu.supervisor"), d, "DecideExtensionTask", "grant", Map.of());
		act(as("jinghu.inspector"), d, "ReplyTask", "reply", Map.of("findings", List.of(Map.of("item", 1,
				"finding", "Registered since 2019")), "documentIds", List.of()));
		act(as("jinghu.supervisor"), d, "ApproveReplyTask", "approve", Map.of());
		act(as("wuhu.inspector"), d, "ReviewReplyTask", "accept", Map.of());

		Map<String, JsonNode> after = reports();
		for (String period : List.of("", THIS_MONTH)) {
			assertThat(change(before, after, "hefei.coordinator", "3401" + period, "summary")).as("Hefei " + period)
				.containsExactlyInAnyOrderEntriesOf(figures(Map.of("cases-opened", 4, "transfers-sent", 4,
						"transfers-received", 3, "transfers-accepted", 2, "transfers-disputed", 1,
						"transfers-designated", 1, "transfers-withdrawn", 1, "crime-transfers", 1)));
			assertThat(change(before, after, "wuhu.coordinator", "3402" + period, "summary")).as("Wuhu " + period)
				.containsExactlyInAnyOrderEntriesOf(figures(Map.of("cases-opened", 1, "transfers-received", 1,
						"assistance-sent", 1, "assistance-answered", 1, "assistance-extensions", 1)));
			assertThat(change(before, after, "shushan.inspector", "" + period, "summary")).as("Shushan's own")
				.containsExactlyInAnyOrderEntriesOf(figures(Map.of("cases-opened", 2, "transfers-sent", 2)));
		}
		Map<String, Long> transfers = change(before, after, "hefei.coordinator", "3401", "transfers");
		assertThat(transfers).containsAllEntriesOf(Map.of("340104-MR/sent", 2L, "340111-MR/received", 2L,
				"340111-MR/accepted", 1L, "340111-MR/disputed", 1L, "3401-MR/sent", 2L, "3401-MR/withdrawn", 1L,
				"3401-MR/crime-transfers", 1L, "3401-MR/designated", 1L, "3401-PS/received", 1L, "3401-PS/accepted", 1L));
		assertThat(change(before, after, "hefei.coordinator", "3401", "cases")).containsAllEntriesOf(Map.of(
				"MR/PRODUCT_QUALITY/opened", 2L, "MR/FOOD_SAFETY/opened", 2L));
		assertThat(change(before, after, "wuhu.coordinator", "3402", "assistance")).containsAllEntriesOf(Map.of(
				"3402-MR/sent", 1L, "340202-MR/answered", 1L, "340202-MR/answered-on-time", 1L,
				"340202-MR/replies-accepted", 1L, "340202-MR/extensions", 1L));
		// The province's coordinator reads a city inside it: the same figures as the city's own.
		assertThat(after.get("anhui.coordinator 3401").path("tables"))
			.isEqualTo(as("hefei.coordinator").get("/api/statistics?region=3401").json().path("tables"));
		// Nothing is counted in a period in which nothing happened.
		JsonNode lastYear = as("anhui.coordinator").get("/api/statistics" + LAST_YEAR + "&region=34").json();
		lastYear.path("tables").get(0).path("rows").forEach(row -> {
			if (row.get(1).isNumber()) {
				assertThat(row.get(1).asLong()).as(row.toString()).isZero();
			}
		});
		// The timeline entries still come, from the same events.
		assertThat(types(as("baohe.inspector").get("/api/cases/" + a + "/timeline").json()))
			.contains("CREATED", "TRANSFER_SENT", "OWNER_CHANGED");
		assertThat(types(as("hefei.inspector").get("/api/cases/" + b + "/timeline").json()))
			.contains("CREATED", "TRANSFER_SENT", "TRANSFER_WITHDRAWN");
		assertThat(types(as("wuhu.inspector").get("/api/cases/" + d + "/timeline").json()))
			.contains("ASSISTANCE_SENT", "ASSISTANCE_REPLIED", "ASSISTANCE_REPLY_ACCEPTED");
	}

	/**
	 * Hefei takes in two complaints about a Shushan business: Shushan settles one with 1,800.50 yuan recovered and
	 * refuses the other. Hefei's supervisor warns Wuhu of a business, and Wuhu acknowledges. Wuhu runs a campaign whose
	 * report Wuhu's market regulation gives and its supervisor approves. Each figure counts in its region, not the other.
	 */
	@Test
	void theIntakeCampaignAndAlertFiguresOfAKnownDataSet() {
		Map<String, JsonNode> before = reports();

		String gym = IntakeFixtures.creditCode("340104");
		Map<String, Object> business = IntakeFixtures.business("Shushan Statistics Gym Ltd", gym, "340104");
		ApiClient shushan = as("shushan.inspector");
		String settled = IntakeFixtures.receive(as("hefei.inspector"), IntakeFixtures.item("COMPLAINT",
				IntakeFixtures.workOrder(), business, true)).path("id").asText();
		IntakeFixtures.acted(shushan, settled, "accept", Map.of());
		IntakeFixtures.acted(shushan, settled, "settle", Map.of("amountRecovered", "1800.50"));
		String refused = IntakeFixtures.receive(as("hefei.inspector"), IntakeFixtures.item("COMPLAINT",
				IntakeFixtures.workOrder(), business, true)).path("id").asText();
		IntakeFixtures.acted(shushan, refused, "refuse", Map.of("reason", "HANDLED_ELSEWHERE"));

		ApiClient.Response issued = as("hefei.supervisor").post("/api/alerts", Map.of("subject", "BUSINESS",
				"creditCode", gym, "businessName", "Shushan Statistics Gym Ltd", "category", "PREPAID_CARD", "severity",
				"HIGH", "summary", "Closed its gym after selling annual cards", "agencies", List.of("3402-MR"),
				"regions", List.of(), "expiresOn", LocalDate.now(WorkingCalendar.ZONE).plusDays(30).toString()));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		String alert = issued.json().path("id").asText();
		ApiClient wuhu = as("wuhu.inspector");
		JsonNode acknowledge = wuhu.get("/api/tasks?process=alert&step=AcknowledgeAlertTask&size=100").json();
		String task = acknowledge.path("items").findParents("recordId").stream()
			.filter(t -> t.path("recordId").asText().equals(alert)).findFirst().orElseThrow().path("id").asText();
		assertThat(wuhu.post("/api/tasks/" + task + "/actions/acknowledge", Map.of()).status()).isEqualTo(204);

		ApiClient.Response launched = as("wuhu.coordinator").post("/api/campaigns",
				CampaignFixtures.launch("Statistics campaign", "3402", List.of("MR")));
		assertThat(launched.status()).as(launched.toString()).isEqualTo(201);
		CampaignFixtures.reportAndApprove(wuhu, as("wuhu.supervisor"), launched.json().path("id").asText(),
				CampaignFixtures.report(12, 3, 2, 5000));

		Map<String, JsonNode> after = reports();
		for (String period : List.of("", THIS_MONTH)) {
			assertThat(change(before, after, "hefei.coordinator", "3401" + period, "summary")).as("Hefei " + period)
				.containsExactlyInAnyOrderEntriesOf(figures(Map.of("intake-received", 2, "intake-concluded", 2,
						"mediations-concluded", 1, "amount-recovered-fen", 180050, "alerts-issued", 1)));
			assertThat(change(before, after, "wuhu.coordinator", "3402" + period, "summary")).as("Wuhu " + period)
				.containsExactlyInAnyOrderEntriesOf(figures(Map.of("alerts-acknowledged", 1)));
			assertThat(change(before, after, "shushan.inspector", period, "summary")).as("Shushan's own")
				.containsExactlyInAnyOrderEntriesOf(figures(Map.of("intake-concluded", 2, "mediations-concluded", 1,
						"amount-recovered-fen", 180050)));
		}
		assertThat(change(before, after, "hefei.coordinator", "3401", "intake")).containsExactlyInAnyOrderEntriesOf(
				figures(Map.of("received/HOTLINE_12315/items", 2, "concluded/SETTLED/items", 1,
						"concluded/REFUSED/items", 1)));
		assertThat(change(before, after, "wuhu.coordinator", "3402", "intake")).isEmpty();
		assertThat(change(before, after, "hefei.coordinator", "3401", "mediation")).containsExactlyInAnyOrderEntriesOf(
				figures(Map.of("340104-MR/concluded", 1, "340104-MR/succeeded", 1, "340104-MR/amount-recovered-fen",
						180050)));
		JsonNode mediation = table(after.get("hefei.coordinator 3401"), "mediation");
		mediation.path("rows").forEach(row -> assertThat(row.get(3).asDouble()).as(row.toString())
			.isEqualTo(Math.round(1000.0 * row.get(2).asLong() / row.get(1).asLong()) / 10.0));
		assertThat(change(before, after, "hefei.coordinator", "3401", "alerts"))
			.containsExactlyInAnyOrderEntriesOf(figures(Map.of("3401-MR/issued", 1)));
		assertThat(change(before, after, "wuhu.coordinator", "3402", "alerts"))
			.containsExactlyInAnyOrderEntriesOf(figures(Map.of("3402-MR/acknowledged", 1)));
		assertThat(change(before, after, "wuhu.coordinator", "3402", "campaigns")).containsExactlyInAnyOrderEntriesOf(
				figures(Map.of("BUSINESSES_INSPECTED/total", 12, "CASES_OPENED/total", 3, "LEADS_TRANSFERRED/total", 2,
						"AMOUNT_RECOVERED/total", 5000)));
		assertThat(change(before, after, "hefei.coordinator", "3401", "campaigns")).isEmpty();
		assertThat(table(after.get("wuhu.coordinator 3402"), "awaiting").path("rows")).as("only what counts nothing")
			.allSatisfy(row -> assertThat(row.get(0).asText()).isEqualTo("case-closed")).hasSize(1);
	}

	private static JsonNode table(JsonNode report, String name) {
		for (JsonNode table : report.path("tables")) {
			if (table.path("name").asText().equals(name)) {
				return table;
			}
		}
		throw new AssertionError("No table " + name);
	}

	/**
	 * The pre-aggregated counts equal the counts recomputed from the records, for every agency and day since the fact
	 * table exists: cases by the creating agency (the reference's prefix) and transfers sent by the sender.
	 */
	@Test
	void theFactTableEqualsWhatTheRecordsCount() {
		createCase(as("jinghu.inspector"), "OTHER");
		String since = "(select installed_on from flyway_schema_history where version = '110')";
		String day = "cast(%s at time zone 'Asia/Shanghai' as date)";
		assertThat(rows("select regexp_replace(reference, '-[0-9]{4}-[0-9]{5}$', '') as agency, " + day.formatted(
				"created_at") + " as day, count(*) as n from case_record where created_at >= " + since
				+ " and reference not like 'BENCH-%' group by 1, 2"))
			.isNotEmpty()
			.isEqualTo(facts("CASE_OPENED", since));
		assertThat(rows("select sender_agency as agency, " + day.formatted("sent_at") + " as day, count(*) as n"
				+ " from lead_transfer where sent_at >= " + since + " group by 1, 2"))
			.isEqualTo(facts("TRANSFER_SENT", since));
	}

	private Map<String, Long> facts(String kind, String since) {
		return rows("select agency_code as agency, fact_day as day, sum(amount) as n from statistics_fact where kind = '" + kind
				+ "' and fact_day >= cast(" + since + " as date) group by 1, 2");
	}

	private Map<String, Long> rows(String sql) {
		Map<String, Long> rows = new HashMap<>();
		jdbc.query(sql, rs -> {
			rows.put(rs.getString("agency") + " " + rs.getDate("day"), rs.getLong("n"));
		});
		return rows;
	}

	@Test
	void everyTableExportsAsCsvAndTheWorkbookHoldsTheSameFigures() throws IOException {
		ApiClient coordinator = as("hefei.coordinator");
		createCase(as("hefei.inspector"), "PRICING");
		JsonNode report = coordinator.get("/api/statistics?region=3401").json();
		for (JsonNode table : report.path("tables")) {
			ApiClient.Response csv = coordinator.get("/api/statistics/" + table.path("name").asText() + ".csv?region=3401");
			assertThat(csv.status()).isEqualTo(200);
			assertThat(csv.contentType()).startsWith("text/csv");
			assertThat(csv.header("Content-Disposition")).contains("statistics-3401-");
			try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv.bytes(), StandardCharsets.UTF_8)),
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
				assertThat(parser.getHeaderNames()).containsExactlyElementsOf(strings(table.path("columns")));
				List<CSVRecord> records = parser.getRecords();
				assertThat(records).hasSize(table.path("rows").size());
				for (int i = 0; i < records.size(); i++) {
					assertThat(records.get(i).toList()).containsExactlyElementsOf(text(table.path("rows").get(i)));
				}
			}
		}
		assertThat(coordinator.get("/api/statistics/nonsense.csv?region=3401").status()).isEqualTo(404);

		ApiClient.Response xlsx = coordinator.get("/api/statistics.xlsx?region=3401");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).isEqualTo(StatisticsExports.XLSX_TYPE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(report.path("tables").size());
			for (JsonNode table : report.path("tables")) {
				Sheet sheet = workbook.getSheet(table.path("name").asText());
				assertThat(numbers(cells(sheet.getRow(0)))).containsExactlyElementsOf(strings(table.path("columns")));
				assertThat(sheet.getLastRowNum()).isEqualTo(table.path("rows").size());
				for (int i = 0; i < table.path("rows").size(); i++) {
					assertThat(numbers(cells(sheet.getRow(i + 1))))
						.containsExactlyElementsOf(numbers(text(table.path("rows").get(i))));
				}
			}
		}
	}

	@Test
	void anAgencyGetsOnlyItsOwnFiguresAndACoordinatorOnlyItsRegion() {
		assertRefused(as("hefei.coordinator").get("/api/statistics?region=3402"), "coordinator-own-region");
		assertRefused(as("wuhu.coordinator").get("/api/statistics?region=34"), "coordinator-own-region");
		assertRefused(as("shushan.inspector").get("/api/statistics?region=3401"), "own-agency-figures");
		assertRefused(as("hefei.inspector").get("/api/statistics?region=3402"), "own-agency-figures");
		assertRefused(as("wuhu.inspector").get("/api/statistics.xlsx?region=3401"), "own-agency-figures");
		assertRefused(as("wuhu.inspector").get("/api/statistics/transfers.csv?region=3401"), "own-agency-figures");
		JsonNode own = as("wuhu.inspector").get("/api/statistics").json();
		assertThat(own.path("scope").path("agencyCode").asText()).isEqualTo("3402-MR");
		assertThat(as("wuhu.inspector").get("/api/statistics?region=3402").json().path("tables"))
			.as("an officer naming their agency's region gets their agency's figures").isEqualTo(own.path("tables"));
		for (JsonNode table : own.path("tables")) {
			if (table.path("columns").get(0).asText().equals("agency")) {
				table.path("rows").forEach(row -> assertThat(row.get(0).asText()).isEqualTo("3402-MR"));
			}
		}
		assertThat(as("hefei.coordinator").get("/api/statistics?region=3401").json().path("scope").path("regionCode")
			.asText()).isEqualTo("3401");
		assertThat(as("hefei.coordinator").get("/api/statistics?period=fortnight").status()).isEqualTo(400);
		assertThat(as("hefei.coordinator").get("/api/statistics?period=custom&from=2026-03-01").status())
			.isEqualTo(400);
		assertThat(as("hefei.coordinator").get("/api/statistics?region=9999").status()).isEqualTo(400);
		assertThat(ApiClient.anonymous(port).get("/api/statistics").status()).isEqualTo(401);
	}

	/** The reports the test compares, keyed by officer and query. */
	private Map<String, JsonNode> reports() {
		Map<String, JsonNode> reports = new HashMap<>();
		for (String[] ask : new String[][] { { "hefei.coordinator", "3401" }, { "wuhu.coordinator", "3402" },
				{ "shushan.inspector", "" }, { "anhui.coordinator", "3401" } }) {
			for (String period : List.of("", THIS_MONTH)) {
				String query = period.isEmpty() ? "?region=" + ask[1] : period + "&region=" + ask[1];
				ApiClient.Response response = as(ask[0]).get("/api/statistics" + query);
				assertThat(response.status()).as(response.toString()).isEqualTo(200);
				reports.put(ask[0] + " " + ask[1] + period, response.json());
			}
		}
		return reports;
	}

	/**
	 * How each numeric cell of a table changed, keyed by the row's leading text cells and the column; cells that did
	 * not change are left out.
	 */
	private static Map<String, Long> change(Map<String, JsonNode> before, Map<String, JsonNode> after, String who,
			String query, String table) {
		Map<String, Long> was = cells(before.get(who + " " + query), table);
		Map<String, Long> changes = new LinkedHashMap<>();
		cells(after.get(who + " " + query), table).forEach((key, value) -> {
			long delta = value - was.getOrDefault(key, 0L);
			if (delta != 0) {
				changes.put(key, delta);
			}
		});
		return changes;
	}

	private static Map<String, Long> cells(JsonNode report, String name) {
		Map<String, Long> cells = new LinkedHashMap<>();
		for (JsonNode table : report.path("tables")) {
			if (!table.path("name").asText().equals(name)) {
				continue;
			}
			List<String> columns = strings(table.path("columns"));
			for (JsonNode row : table.path("rows")) {
				StringBuilder key = new StringBuilder();
				for (int i = 0; i < columns.size(); i++) {
					JsonNode cell = row.get(i);
					if (cell.isTextual()) {
						key.append(key.isEmpty() ? "" : "/").append(cell.asText());
					}
					else if (cell.isIntegralNumber()) {
						cells.put((key.isEmpty() ? "" : key + "/") + columns.get(i), cell.asLong());
					}
				}
			}
		}
		// The summary's rows are named by their figure alone; durations are no counts that add up.
		Map<String, Long> named = new LinkedHashMap<>();
		cells.forEach((key, value) -> {
			if (!key.contains("working-days")) {
				named.put(name.equals("summary") ? key.substring(0, key.lastIndexOf('/')) : key, value);
			}
		});
		return named;
	}

	private static Map<String, Long> figures(Map<String, Integer> figures) {
		Map<String, Long> longs = new HashMap<>();
		figures.forEach((key, value) -> longs.put(key, value.longValue()));
		return longs;
	}

	private UUID createCase(ApiClient inspector, String category) {
		ApiClient.Response created = inspector.post("/api/cases", Map.of("title", "Statistics " + category, "summary",
				"Counted", "category", category, "regionCode", "3401"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	/** Proposed by the agency's inspector and approved by its supervisor: sent. */
	private UUID transfer(UUID caseId, String agency, String target, boolean crime) {
		ApiClient.Response proposed = as(agency + ".inspector").post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", target, "reason", "Not in our jurisdiction", "suspectedCrime", crime));
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		act(as(agency + ".supervisor"), caseId, "ApproveTransferTask", "approve", Map.of());
		return UUID.fromString(proposed.json().path("id").asText());
	}

	private static void act(ApiClient officer, UUID caseId, String step, String action, Map<String, ?> body) {
		JsonNode items = officer.get("/api/tasks?caseId=" + caseId + "&step=" + step).json().path("items");
		assertThat(items.size()).as(step + " of " + caseId).isEqualTo(1);
		ApiClient.Response response = officer.post("/api/tasks/" + items.get(0).path("id").asText() + "/actions/"
				+ action, body);
		assertThat(response.status()).as(step + " " + action + ": " + response).isEqualTo(204);
	}

	private static void assertRefused(ApiClient.Response response, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(403);
		assertThat(response.json().path("rule").asText()).isEqualTo(rule);
	}

	private static List<String> types(JsonNode timeline) {
		return timeline.findValuesAsText("type");
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(node -> strings.add(node.asText()));
		return strings;
	}

	/** A row as text, as the CSV writes it. */
	private static List<String> text(JsonNode row) {
		List<String> text = new ArrayList<>();
		row.forEach(cell -> text.add(cell.isNull() ? "" : cell.asText()));
		return text;
	}

	/** Numbers written alike whether a whole number came as 100 or 100.0: a workbook's cells do not tell them apart. */
	private static List<String> numbers(List<String> texts) {
		return texts.stream().map(text -> {
			try {
				double value = Double.parseDouble(text);
				return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
			}
			catch (NumberFormatException notANumber) {
				return text;
			}
		}).toList();
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null || cell.getCellType() == CellType.BLANK) {
				cells.add("");
			}
			else if (cell.getCellType() == CellType.NUMERIC) {
				cells.add(Double.toString(cell.getNumericCellValue()));
			}
			else {
				cells.add(cell.getStringCellValue());
			}
		}
		return cells;
	}
}
