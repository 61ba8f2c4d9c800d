package org.jointcase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CaseRecordIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseGetsAReadableReferenceOfItsAgencyAndYear() {
		ApiClient inspector = ApiClient.as(port, "wuhu.inspector");
		ApiClient.Response created = inspector.post("/api/cases", CaseFixtures.caseBody("Fake origin labels",
				CaseFixtures.WAREHOUSE_CODE));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith(created.json().path("id").asText());
		assertThat(created.json().path("reference").asText()).matches("3402-MR-20\\d\\d-\\d{5}");
		assertThat(created.json().path("ownerAgency").asText()).isEqualTo("3402-MR");
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
	}

	@Test
	void theInformantsIdentityIsShownOnlyToTheOwnerOrThroughAnExplicitGrant() {
		UUID caseId = CaseFixtures.createCase(ApiClient.as(port, "hefei.inspector"), "Complaint by phone",
				CaseFixtures.SELLER_CODE);
		ApiClient supervisor = ApiClient.as(port, "hefei.supervisor");
		CaseFixtures.share(supervisor, caseId, "3402-MR", "FULL_RECORD", false);
		CaseFixtures.share(supervisor, caseId, "340104-MR", "SUMMARY", true);

		JsonNode owner = ApiClient.as(port, "hefei.inspector").get("/api/cases/" + caseId).json().path("informant");
		assertThat(owner.path("name").asText()).isEqualTo("Li Si");
		assertThat(owner.path("contact").asText()).isEqualTo("13900000000");

		ApiClient.Response shared = ApiClient.as(port, "wuhu.inspector").get("/api/cases/" + caseId);
		assertThat(shared.json().path("informant").path("present").asBoolean()).isTrue();
		assertThat(shared.json().path("informant").path("channel").asText()).isEqualTo("HOTLINE");
		assertThat(shared.toString()).doesNotContain("Li Si").doesNotContain("13900000000");

		JsonNode granted = ApiClient.as(port, "shushan.inspector").get("/api/cases/" + caseId).json()
			.path("informant");
		assertThat(granted.path("name").asText()).isEqualTo("Li Si");
		assertThat(granted.path("identityShown").asBoolean()).isTrue();

		assertThat(ApiClient.as(port, "hefei.supervisor").get("/api/cases/" + caseId + "/timeline").json()
			.findValuesAsText("detail")).anyMatch(detail -> detail.contains("340104-MR SUMMARY INFORMANT_IDENTITY"));
	}

	@Test
	void aStaleIfMatchGets412AndTheStoredCaseIsUnchanged() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		UUID caseId = CaseFixtures.createCase(inspector, "Original title", CaseFixtures.SELLER_CODE);
		String firstETag = inspector.get("/api/cases/" + caseId).header("ETag");

		ApiClient.Response first = edit(inspector, caseId, firstETag, "First editor's title");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("ETag")).isEqualTo("\"2\"");

		ApiClient.Response stale = edit(inspector, caseId, firstETag, "Second editor's title");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().path("errors").get(0).path("field").asText()).isEqualTo("If-Match");

		ApiClient.Response missing = inspector.put("/api/cases/" + caseId,
				CaseFixtures.caseBody("No precondition", CaseFixtures.SELLER_CODE));
		assertThat(missing.status()).isEqualTo(428);

		JsonNode stored = inspector.get("/api/cases/" + caseId).json();
		assertThat(stored.path("title").asText()).isEqualTo("First editor's title");
		assertThat(stored.path("version").asLong()).isEqualTo(2);
	}

	@Test
	void aRepeatedIdempotencyKeyCreatesOneCaseAndAnotherBodyGets422() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector").header("Idempotency-Key", "retry-" + UUID.randomUUID());
		Map<String, Object> body = CaseFixtures.caseBody("Sent twice by a flaky network", CaseFixtures.SELLER_CODE);
		ApiClient.Response first = inspector.post("/api/cases", body);
		ApiClient.Response retry = inspector.post("/api/cases", body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
		assertThat(casesTitled("Sent twice by a flaky network")).isEqualTo(1);

		ApiClient.Response otherBody = inspector.post("/api/cases",
				CaseFixtures.caseBody("Another case under the same key", CaseFixtures.SELLER_CODE));
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(casesTitled("Another case under the same key")).isZero();
	}

	@Test
	void concurrentCreatesWithOneKeyCreateOneCase() throws Exception {
		ApiClient inspector = ApiClient.as(port, "shushan.inspector").header("Idempotency-Key", "race-" + UUID.randomUUID());
		Map<String, Object> body = CaseFixtures.caseBody("Created by eight racing retries", CaseFixtures.SELLER_CODE);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<ApiClient.Response>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(() -> inspector.post("/api/cases", body));
			}
			List<String> ids = new ArrayList<>();
			for (Future<ApiClient.Response> answer : pool.invokeAll(calls)) {
				ApiClient.Response response = answer.get();
				assertThat(response.status()).as(response.toString()).isIn(200, 201);
				ids.add(response.json().path("id").asText());
			}
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdown();
		}
		assertThat(casesTitled("Created by eight racing retries")).isEqualTo(1);
	}

	@Test
	void badInputNamesTheFieldAndTheRuleAndStoresNothing() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		long before = jdbc.sql("select count(*) from case_record").query(Long.class).single();

		Map<String, Object> wrongCode = CaseFixtures.caseBody("Wrong code", "91340100MA2N123402");
		assertProblem(inspector.post("/api/cases", wrongCode), 400, "parties[0].creditCode", "credit-code");

		Map<String, Object> emptyTitle = CaseFixtures.caseBody("", CaseFixtures.SELLER_CODE);
		assertProblem(inspector.post("/api/cases", emptyTitle), 400, "title", "not-blank");

		Map<String, Object> unknownCategory = new LinkedHashMap<>(CaseFixtures.caseBody("Unknown", CaseFixtures.SELLER_CODE));
		unknownCategory.put("category", "SPACE_PIRACY");
		assertProblem(inspector.post("/api/cases", unknownCategory), 400, "category", "one-of");

		Map<String, Object> unknownRegion = new LinkedHashMap<>(CaseFixtures.caseBody("Nowhere", CaseFixtures.SELLER_CODE));
		unknownRegion.put("regionCode", "999999");
		assertProblem(inspector.post("/api/cases", unknownRegion), 400, "regionCode", "known-region");

		assertThat(jdbc.sql("select count(*) from case_record").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anOversizedOrEmptyUploadIsRefusedAndStoresNothing() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		UUID caseId = CaseFixtures.createCase(inspector, "Upload limits", CaseFixtures.SELLER_CODE);

		byte[] oversized = new byte[25 * 1024 * 1024 + 1];
		ApiClient.Response tooLarge = inspector.send(multipart(inspector, caseId, "video.bin", oversized));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");

		assertProblem(inspector.send(multipart(inspector, caseId, "empty.pdf", new byte[0])), 400, "file", "not-empty");
		assertThat(inspector.get("/api/cases/" + caseId + "/documents").json().size()).isZero();
		assertThat(jdbc.sql("select count(*) from case_document where case_id = ?").param(caseId).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDocumentKeepsItsNameTypesSizeAndHashAndDownloadsByteForByte() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		UUID caseId = CaseFixtures.createCase(inspector, "Evidence photo", CaseFixtures.SELLER_CODE);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		JsonNode document = inspector.send(multipart(inspector, caseId, "门店照片.png", png)).json();
		assertThat(document.path("fileName").asText()).isEqualTo("门店照片.png");
		assertThat(document.path("declaredType").asText()).isEqualTo("application/octet-stream");
		assertThat(document.path("detectedType").asText()).isEqualTo("image/png");
		assertThat(document.path("size").asLong()).isEqualTo(png.length);
		assertThat(document.path("sha256").asText())
			.isEqualTo(java.util.HexFormat.of().formatHex(sha256(png)));
		assertThat(document.path("uploadedBy").asText()).isEqualTo("hefei.inspector");

		ApiClient.Response download = inspector.get("/api/cases/" + caseId + "/documents/"
				+ document.path("id").asText() + "/content");
		assertThat(download.bytes()).isEqualTo(png);
		assertThat(download.contentType()).isEqualTo("image/png");
		assertThat(download.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"____.png\"; filename*=UTF-8''%E9%97%A8%E5%BA%97%E7%85%A7%E7%89%87.png");
		String base64 = java.util.Base64.getEncoder().encodeToString(sha256(png));
		assertThat(download.header("Repr-Digest")).isEqualTo("sha-256=:" + base64 + ":");
		assertThat(download.header("Digest")).isEqualTo("sha-256=" + base64);
	}

	@Test
	void aDocumentKeepsOnlyItsOwnNameWhateverPathTheClientSent() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		UUID caseId = CaseFixtures.createCase(inspector, "Hostile names", CaseFixtures.SELLER_CODE);
		byte[] text = "evidence".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(inspector.send(multipart(inspector, caseId, "../../etc/passwd", text)).json().path("fileName")
			.asText()).isEqualTo("passwd");
		assertThat(inspector.send(multipart(inspector, caseId, "C:\\Users\\li\\note.txt", text)).json()
			.path("fileName").asText()).isEqualTo("note.txt");
		assertProblem(inspector.send(multipart(inspector, caseId, "../", text)), 400, "file", "file-name");
	}

	@Test
	void aLargeDocumentIsStoredInChunksAndComesBackWhole() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		UUID caseId = CaseFixtures.createCase(inspector, "Shop camera footage", CaseFixtures.SELLER_CODE);
		byte[] footage = new byte[25 * 1024 * 1024 - 4096];
		new java.util.Random(7).nextBytes(footage);
		JsonNode document = inspector.send(multipart(inspector, caseId, "footage.bin", footage)).json();
		UUID id = UUID.fromString(document.path("id").asText());
		assertThat(jdbc.sql("select count(*) from document_chunk where document_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(25);

		ApiClient.Response download = inspector.get("/api/cases/" + caseId + "/documents/" + id + "/content");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(footage.length));
		assertThat(sha256(download.bytes())).isEqualTo(sha256(footage));
	}

	@Test
	void searchFindsByCreditCodeAndTextAndNeverReturnsAnInvisibleCase() {
		String code = "92340111MA2U3K5C0N";
		UUID ownCase = CaseFixtures.createCase(ApiClient.as(port, "baohe.inspector"), "Counterfeit rice cookers", code);
		UUID sharedCase = CaseFixtures.createCase(ApiClient.as(port, "hefei.inspector"), "Rice cooker recall", code);
		CaseFixtures.share(ApiClient.as(port, "hefei.supervisor"), sharedCase, "340111-MR", "SUMMARY", false);
		UUID invisibleCase = CaseFixtures.createCase(ApiClient.as(port, "wuhu.inspector"), "Rice cookers in Wuhu", code);

		ApiClient baohe = ApiClient.as(port, "baohe.inspector");
		assertThat(ids(baohe.get("/api/cases?creditCode=" + code))).containsExactlyInAnyOrder(ownCase, sharedCase);
		assertThat(ids(baohe.get("/api/cases?q=RICE%20COOKER"))).contains(ownCase, sharedCase)
			.doesNotContain(invisibleCase);
		assertThat(ids(baohe.get("/api/cases?q=recall&creditCode=" + code))).containsExactly(sharedCase);
		assertThat(ids(ApiClient.as(port, "hefei.health.inspector").get("/api/cases?creditCode=" + code))).isEmpty();
	}

	@Test
	void pagingWalksEveryVisibleCaseOnceNewestFirst() {
		ApiClient inspector = ApiClient.as(port, "jinghu.inspector");
		List<UUID> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(0, CaseFixtures.createCase(inspector, "Paged case " + i, CaseFixtures.WAREHOUSE_CODE));
		}
		List<UUID> seen = new ArrayList<>();
		String cursor = "";
		do {
			JsonNode page = inspector.get("/api/cases?q=paged%20case&size=2&cursor=" + cursor).json();
			page.path("items").forEach(item -> seen.add(UUID.fromString(item.path("id").asText())));
			cursor = page.path("next").asText("");
		}
		while (!cursor.isEmpty());
		assertThat(seen).containsExactlyElementsOf(created);
		assertProblem(inspector.get("/api/cases?cursor=garbage"), 400, "cursor", "from-previous-page");
	}

	private List<UUID> ids(ApiClient.Response response) {
		List<UUID> ids = new ArrayList<>();
		response.json().path("items").forEach(item -> ids.add(UUID.fromString(item.path("id").asText())));
		return ids;
	}

	private ApiClient.Response edit(ApiClient client, UUID caseId, String etag, String title) {
		return client.send(client.request("/api/cases/" + caseId)
			.header("Content-Type", "application/json")
			.header("If-Match", etag)
			.PUT(HttpRequest.BodyPublishers.ofString(CaseAccessMatrixIntegrationTests
				.toJson(CaseFixtures.caseBody(title, CaseFixtures.SELLER_CODE)))));
	}

	private long casesTitled(String title) {
		return jdbc.sql("select count(*) from case_record where title = ?").param(title).query(Long.class).single();
	}

	private static HttpRequest.Builder multipart(ApiClient client, UUID caseId, String fileName, byte[] content) {
		String boundary = "jointcase-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return client.request("/api/cases/" + caseId + "/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.json().path("errors").get(0);
		assertThat(error.path("field").asText()).as(response.toString()).isEqualTo(field);
		assertThat(error.path("rule").asText()).as(response.toString()).isEqualTo(rule);
	}
}
