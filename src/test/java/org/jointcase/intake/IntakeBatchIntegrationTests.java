package org.jointcase.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.intake.IntakeFixtures.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Batch files over HTTP: CSV and XLSX, progress while running, refused rows, re-upload, malformed files. */
@IntegrationTest
class IntakeBatchIntegrationTests {

	static final String HEADER = "kind,channel,workOrder,receivedAt,personName,personContact,realName,businessName,"
			+ "creditCode,businessAddress,businessRegion,facts,amount,desiredOutcome";

	@LocalServerPort
	int port;

	private final String run = workOrder();

	/** {@code valid} good rows, then a row with an unknown kind and one with a bad credit code. */
	static List<List<String>> rows(String prefix, int valid) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < valid; i++) {
			rows.add(List.of(i % 2 == 0 ? "COMPLAINT" : "REPORT", "PLATFORM_12315", prefix + "-" + i,
					"2026-03-02T09:15:00+08:00", "Sun " + i, "1380000" + String.format("%04d", i % 10000), "true",
					"Batch Shop " + (i % 7), "", "Road " + i, "340104", "Prepaid card not refunded", "100.50",
					"Refund"));
		}
		rows.add(List.of("PRAISE", "PLATFORM_12315", prefix + "-bad-kind", "", "", "", "false", "Shop", "", "",
				"340104", "Facts", "", ""));
		rows.add(List.of("REPORT", "LETTER", prefix + "-bad-code", "", "", "", "false", "Shop", "91340104MA2N12340X",
				"", "340104", "Facts", "", ""));
		return rows;
	}

	static byte[] csv(List<List<String>> rows) {
		StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		rows.forEach(row -> text.append(String.join(",", row)).append("\r\n"));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("items");
			List<String> header = List.of(HEADER.split(","));
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				first.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static ApiClient.Response upload(ApiClient officer, String fileName, byte[] content) {
		String boundary = "intake-batch-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return officer.send(officer.request("/api/intake/batches")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Polls the batch until it is done; {@code seen} collects each answer's rows read while it ran. */
	static JsonNode untilDone(ApiClient officer, String location, List<Integer> seen) throws InterruptedException {
		long until = System.nanoTime() + 600_000_000_000L;
		while (System.nanoTime() < until) {
			JsonNode batch = officer.get(location).json();
			if ("DONE".equals(batch.path("status").asText())) {
				return batch;
			}
			seen.add(batch.path("rowsRead").asInt());
			Thread.sleep(100);
		}
		throw new AssertionError("The batch did not finish: " + location);
	}

	@Test
	void aCsvFileIsImportedWithItsRefusedRowsReportedAndNothingTwice() throws InterruptedException {
		ApiClient officer = ApiClient.as(port, "hefei.inspector");
		byte[] file = csv(rows(run, 300));
		ApiClient.Response uploaded = upload(officer, "12315-export.csv", file);
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().path("status").asText()).isEqualTo("RUNNING");
		assertThat(uploaded.json().path("totalRows").asInt()).isEqualTo(302);
		String location = uploaded.header("Location");
		List<Integer> seen = new ArrayList<>();
		JsonNode done = untilDone(officer, location, seen);
		assertThat(seen).as("progress observed while running").isNotEmpty().isSorted();
		assertThat(done.path("rowsRead").asInt()).isEqualTo(302);
		assertThat(done.path("imported").asInt()).isEqualTo(300);
		assertThat(done.path("refused").asInt()).isEqualTo(2);
		assertThat(done.path("refusedRows")).extracting(r -> r.path("row").asInt() + " " + r.path("field").asText()
				+ " " + r.path("rule").asText())
			.containsExactly("302 kind one-of", "303 creditCode credit-code");

		JsonNode again = untilDone(officer, upload(officer, "12315-export.csv", file).header("Location"),
				new ArrayList<>());
		assertThat(again.path("imported").asInt()).isZero();
		assertThat(again.path("alreadyImported").asInt()).isEqualTo(300);
		assertThat(again.path("refused").asInt()).isEqualTo(2);
		assertThat(ApiClient.as(port, "shushan.inspector").get("/api/intake/items?business=Batch%20Shop%203&size=200")
			.json()).extracting(e -> e.path("workOrder").asText()).filteredOn(w -> w.startsWith(run)).hasSize(43);
		assertThat(ApiClient.as(port, "wuhu.inspector").get(location).status()).isEqualTo(404);
	}

	@Test
	void aRowThatFailsAmongGoodOnesInItsChunkIsRefusedAloneAndTheOthersAreImported() throws InterruptedException {
		ApiClient officer = ApiClient.as(port, "hefei.inspector");
		List<List<String>> first = rows(run, 10).subList(0, 10);
		assertThat(untilDone(officer, upload(officer, "first.csv", csv(first)).header("Location"), new ArrayList<>())
			.path("imported").asInt()).isEqualTo(10);

		List<List<String>> second = new ArrayList<>(rows(run, 30).subList(0, 30));
		List<String> changed = new ArrayList<>(second.get(4));
		changed.set(11, "Other facts under the same work order");
		second.set(4, changed);
		JsonNode done = untilDone(officer, upload(officer, "second.csv", csv(second)).header("Location"),
				new ArrayList<>());
		assertThat(done.path("imported").asInt()).isEqualTo(20);
		assertThat(done.path("alreadyImported").asInt()).isEqualTo(9);
		assertThat(done.path("refusedRows")).extracting(r -> r.path("row").asInt() + " " + r.path("field").asText()
				+ " " + r.path("rule").asText())
			.containsExactly("6 workOrder same-work-order-same-item");
	}

	@Test
	void anXlsxFileIsImportedAlike() throws Exception {
		ApiClient officer = ApiClient.as(port, "hefei.inspector");
		ApiClient.Response uploaded = upload(officer, "odr.xlsx", xlsx(rows(run + "x", 5)));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().path("format").asText()).isEqualTo("XLSX");
		JsonNode done = untilDone(officer, uploaded.header("Location"), new ArrayList<>());
		assertThat(done.path("imported").asInt()).isEqualTo(5);
		assertThat(done.path("refusedRows")).extracting(r -> r.path("row").asInt()).containsExactly(7, 8);
	}

	@Test
	void aMalformedFileIsRefusedWhole() {
		ApiClient officer = ApiClient.as(port, "hefei.inspector");
		ApiClient.Response corrupt = upload(officer, "broken.xlsx", "PK\u0003\u0004 not a workbook".getBytes());
		assertThat(corrupt.status()).isEqualTo(400);
		assertThat(corrupt.json().path("errors").get(0).path("rule").asText()).isEqualTo("batch-xlsx");

		ApiClient.Response columns = upload(officer, "short.csv", ("kind,channel\r\nCOMPLAINT,LETTER\r\n")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(columns.status()).isEqualTo(400);
		assertThat(columns.json().path("errors").get(0).path("rule").asText()).isEqualTo("batch-columns");
		assertThat(columns.json().path("detail").asText()).contains("workOrder");

		ApiClient.Response notUtf8 = upload(officer, "latin.csv", new byte[] { 'k', (byte) 0xff, (byte) 0xfe, '\n' });
		assertThat(notUtf8.status()).isEqualTo(400);
		assertThat(upload(officer, "items.pdf", csv(rows(run + "p", 1))).status()).isEqualTo(400);
	}
}
