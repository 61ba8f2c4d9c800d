package org.jointcase.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcase.ApiClient;
import org.jointcase.ClusterNode;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One Idempotency-Key mechanism for every creation, across two nodes of a cluster (the shared context and
 * {@link ClusterNode#second()}): the retry reaching the other node — as a retry after a restart does — gets the
 * first answer (status, body, Location), also when its JSON lists the same fields in another order; the same key with
 * another body gets 422. Task actions and proposals: {@code TransferRacesIntegrationTests}.
 */
@IntegrationTest
class IdempotencyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseCreationRetriedOnTheOtherNodeAnswersTheFirstCase() {
		String key = "case-" + UUID.randomUUID();
		Map<String, Object> body = caseBody("Retried on the other node");
		ApiClient.Response first = as(port, "hefei.inspector", key).post("/api/cases", body);
		ApiClient.Response retry = as(ClusterNode.second().port(), "hefei.inspector", key).post("/api/cases", body);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(jdbc.sql("select count(*) from case_record where title = ?").param("Retried on the other node")
			.query(Long.class).single()).isEqualTo(1);

		ApiClient.Response otherBody = as(ClusterNode.second().port(), "hefei.inspector", key).post("/api/cases",
				caseBody("Another case under that key"));
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(otherBody.json().path("errors").findValuesAsText("rule")).containsExactly("same-key-same-body");
		// Keys are the officer's own: another officer's same key is another request.
		assertThat(as(port, "hefei.supervisor", key).post("/api/cases", body).status()).isEqualTo(201);
	}

	@Test
	void anAssistanceRequestRetriedWithItsFieldsInAnotherOrderAnswersTheFirstRequest() {
		UUID caseId = UUID.fromString(ApiClient.as(port, "hefei.inspector").post("/api/cases", caseBody("Assisted"))
			.json().path("id").asText());
		String key = "assist-" + UUID.randomUUID();
		String path = "/api/cases/" + caseId + "/assistance-requests";
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("question", "Is the seller registered with you?");
		item.put("toCheck", "Business licence and address");
		item.put("business", Map.of("name", "Hefei Fitness Ltd"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", List.of(item));
		body.put("addressees", List.of("3402-MR"));
		Map<String, Object> reordered = new LinkedHashMap<>();
		reordered.put("addressees", List.of("3402-MR"));
		Map<String, Object> itemReordered = new LinkedHashMap<>();
		itemReordered.put("business", Map.of("name", "Hefei Fitness Ltd"));
		itemReordered.put("toCheck", "Business licence and address");
		itemReordered.put("question", "Is the seller registered with you?");
		reordered.put("items", List.of(itemReordered));

		ApiClient.Response first = as(port, "hefei.inspector", key).post(path, body);
		ApiClient.Response retry = as(ClusterNode.second().port(), "hefei.inspector", key).post(path, reordered);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
		assertThat(ApiClient.as(port, "hefei.inspector").get(path).json().size()).isEqualTo(1);
	}

	@Test
	void aReviewConvenedTwiceWithOneKeyIsOneReview() {
		UUID caseId = UUID.fromString(ApiClient.as(port, "hefei.inspector").post("/api/cases", caseBody("Reviewed"))
			.json().path("id").asText());
		String key = "review-" + UUID.randomUUID();
		Map<String, Object> convening = Map.of("title", "Reviewed once", "agenda", "Who handles it?", "caseIds",
				List.of(caseId), "participants", List.of("3401-MR", "3401-PS"), "meetingAt",
				Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());

		ApiClient.Response first = as(port, "hefei.coordinator", key).post("/api/reviews", convening);
		ApiClient.Response retry = as(ClusterNode.second().port(), "hefei.coordinator", key).post("/api/reviews",
				convening);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
		assertThat(jdbc.sql("select count(*) from review where title = ?").param("Reviewed once").query(Long.class)
			.single()).isEqualTo(1);
	}

	private static ApiClient as(int port, String officer, String key) {
		return ApiClient.as(port, officer).header(Idempotency.HEADER, key);
	}

	private static Map<String, Object> caseBody(String title) {
		return Map.of("title", title, "summary", title + ", sent again", "category", "OTHER", "regionCode", "3401");
	}
}
