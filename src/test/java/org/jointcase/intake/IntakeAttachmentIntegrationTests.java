package org.jointcase.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.intake.IntakeFixtures.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The files that come with an item, over HTTP on the real database and engine: added by the agency handling it (and
 * by the officer who took it in, until it is decided), read by the item's readers and nobody else, and the
 * documents of the case a report becomes; and an item taken in twice with one Idempotency-Key.
 */
@IntegrationTest
class IntakeAttachmentIntegrationTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
			'D', 'R' };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private ApiClient as(String username) {
		return ApiClient.as(port, username);
	}

	/** An item Hefei's desk took in about a business in Shushan, which Shushan's bureau handles. */
	private String shushanItem(String kind) {
		return receive(as("hefei.inspector"), item(kind, workOrder(),
				business("Shushan Gym Ltd", creditCode("340104"), "340104"), true)).path("id").asText();
	}

	@Test
	void theHandlingAgencyAddsAFileThatTheItemsReadersListAndDownloadByteForByte() {
		String id = shushanItem("COMPLAINT");
		ApiClient shushan = as("shushan.inspector");
		ApiClient.Response added = attach(shushan, id, "../收据.png", PNG);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		JsonNode attachment = added.json();
		String attachmentId = attachment.path("id").asText();
		String content = "/api/intake/items/" + id + "/attachments/" + attachmentId + "/content";
		assertThat(added.header("Location")).isEqualTo(content);
		assertThat(attachment.path("fileName").asText()).isEqualTo("收据.png");
		assertThat(attachment.path("mediaType").asText()).isEqualTo("image/png");
		assertThat(attachment.path("size").asLong()).isEqualTo(PNG.length);
		assertThat(attachment.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(sha256(PNG)));
		assertThat(attachment.path("uploadedBy").asText()).isEqualTo("shushan.inspector");

		JsonNode listed = shushan.get("/api/intake/items/" + id + "/attachments").json();
		assertThat(listed).extracting(a -> a.path("id").asText()).containsExactly(attachmentId);
		JsonNode item = shushan.get("/api/intake/items/" + id).json();
		assertThat(item.path("attachments")).hasSize(1);
		assertThat(item.path("attachments").get(0).path("fileName").asText()).isEqualTo("收据.png");
		assertThat(item.path("allowedActions")).extracting(JsonNode::asText).contains("add-attachment");
		assertThat(item.path("steps")).extracting(s -> s.path("action").asText()).contains("attach");

		ApiClient.Response download = shushan.get(content);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(PNG);
		assertThat(download.contentType()).isEqualTo("image/png");
		assertThat(download.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"__.png\"; filename*=UTF-8''%E6%94%B6%E6%8D%AE.png");
		assertThat(download.header("Repr-Digest"))
			.isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(sha256(PNG)) + ":");
		// Hefei took the item in and keeps a record of it: it reads the files too.
		assertThat(as("hefei.supervisor").get(content).bytes()).isEqualTo(PNG);

		assertThat(attach(shushan, id, "empty.txt", new byte[0]).json().path("rule").asText())
			.isEqualTo("not-empty");
	}

	@Test
	void anotherAgencyNeitherAddsNorListsNorDownloadsTheFilesAndIsAuditedForTrying() {
		String id = shushanItem("COMPLAINT");
		String attachmentId = attach(as("shushan.inspector"), id, "receipt.txt", bytes("Receipt 0042"))
			.json().path("id").asText();
		ApiClient jinghu = as("jinghu.inspector");

		ApiClient.Response added = attach(jinghu, id, "mine.txt", bytes("Not theirs"));
		assertThat(added.status()).isEqualTo(404);
		assertThat(added.contentType()).startsWith("application/problem+json");
		assertThat(jinghu.get("/api/intake/items/" + id + "/attachments").status()).isEqualTo(404);
		assertThat(jinghu.get("/api/intake/items/" + id + "/attachments/" + attachmentId + "/content").status())
			.isEqualTo(404);
		assertThat(as("shushan.inspector").get("/api/intake/items/" + id + "/attachments").json()).hasSize(1);
		assertThat(jdbc.sql("select action from audit_entry where officer = 'jinghu.inspector' and target_id = ? "
				+ "and outcome = 'REFUSED_NOT_VISIBLE'").param(id).query(String.class).list())
			.contains("intake.attachment.add", "intake.attachment.list", "intake.attachment.download");
	}

	@Test
	void theOfficerWhoTookTheItemInAddsFilesUntilItIsDecided() {
		String id = shushanItem("COMPLAINT");
		ApiClient hefei = as("hefei.inspector");
		assertThat(hefei.get("/api/intake/items/" + id).json().path("allowedActions")).extracting(JsonNode::asText)
			.containsExactly("read-only", "add-attachment");
		assertThat(attach(hefei, id, "letter.txt", bytes("The complainant's letter")).status()).isEqualTo(201);
		ApiClient.Response colleague = attach(as("hefei.supervisor"), id, "note.txt", bytes("A colleague's note"));
		assertThat(colleague.status()).isEqualTo(403);
		assertThat(colleague.json().path("rule").asText()).isEqualTo("handling-agency");

		acted(as("shushan.inspector"), id, "accept", Map.of());
		assertThat(attach(hefei, id, "late.txt", bytes("After the decision")).status()).isEqualTo(403);
		assertThat(as("shushan.inspector").get("/api/intake/items/" + id + "/attachments").json())
			.extracting(a -> a.path("fileName").asText()).containsExactly("letter.txt");
	}

	@Test
	void theCaseAReportBecomesHasItsFilesAsDocumentsForItsOwner() {
		String id = shushanItem("REPORT");
		ApiClient shushan = as("shushan.inspector");
		String attachmentId = attach(as("hefei.inspector"), id, "photo.png", PNG).json().path("id").asText();

		acted(shushan, id, "open-case", Map.of("title", "Expired food sold", "category", "FOOD_SAFETY"));
		String caseId = shushan.get("/api/intake/items/" + id).json().path("caseId").asText();
		JsonNode documents = shushan.get("/api/cases/" + caseId + "/documents").json();
		assertThat(documents).hasSize(1);
		JsonNode document = documents.get(0);
		assertThat(document.path("id").asText()).isEqualTo(attachmentId);
		assertThat(document.path("fileName").asText()).isEqualTo("photo.png");
		assertThat(document.path("detectedType").asText()).isEqualTo("image/png");
		assertThat(document.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(sha256(PNG)));
		assertThat(document.path("origin").asText()).contains("intake item", id);
		ApiClient.Response content = shushan.get("/api/cases/" + caseId + "/documents/" + attachmentId + "/content");
		assertThat(content.status()).isEqualTo(200);
		assertThat(content.bytes()).isEqualTo(PNG);
		assertThat(jdbc.sql("select count(*) from document_chunk where document_id = ?")
			.param(java.util.UUID.fromString(attachmentId)).query(Long.class).single()).as("one copy of the bytes")
			.isEqualTo(1);
		assertThat(shushan.get("/api/cases/" + caseId + "/timeline").json())
			.anySatisfy(entry -> assertThat(entry.path("detail").asText()).contains("photo.png", id));

		ApiClient.Response late = attach(shushan, id, "later.txt", bytes("For the case now"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().path("rule").asText()).isEqualTo("open-item");
	}

	@Test
	void theSameIdempotencyKeyTwiceAnswersTheFirstItem() {
		ApiClient hefei = as("hefei.inspector").header("Idempotency-Key", "intake-" + workOrder());
		Map<String, Object> body = item("COMPLAINT", workOrder(), business("Shushan Gym Ltd", creditCode("340104"),
				"340104"), true);
		ApiClient.Response first = hefei.post("/api/intake/items", body);
		assertThat(first.status()).isEqualTo(201);
		ApiClient.Response again = hefei.post("/api/intake/items", body);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
		assertThat(again.header("Location")).isEqualTo(first.header("Location"));
		assertThat(jdbc.sql("select count(*) from intake_item where work_order = ?").param(body.get("workOrder"))
			.query(Long.class).single()).isEqualTo(1);

		body.put("facts", "Something else");
		ApiClient.Response other = hefei.post("/api/intake/items", body);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.json().path("rule").asText()).isEqualTo("same-key-same-body");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
