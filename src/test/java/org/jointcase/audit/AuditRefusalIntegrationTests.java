package org.jointcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Refusals by role are recorded by the audit module itself, once each, and only for signed-in officers. */
@IntegrationTest
class AuditRefusalIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void inspectorsAndSupervisorsAreRefusedTheTrailAndEachRefusalIsRecordedOnce() {
		for (String officer : List.of("hefei.inspector", "hefei.supervisor")) {
			long before = lastSequence();
			ApiClient client = ApiClient.as(port, officer);
			ApiClient.Response entries = client.get("/api/audit/entries?officer=admin");
			assertThat(entries.status()).isEqualTo(403);
			assertThat(entries.contentType()).startsWith("application/problem+json");
			assertThat(client.get("/api/audit/verification").status()).isEqualTo(403);

			List<JsonNode> recorded = recordedSince(before, officer);
			assertThat(recorded).hasSize(2).allSatisfy(entry -> {
				assertThat(entry.path("outcome").asText()).isEqualTo("REFUSED_FORBIDDEN");
				assertThat(entry.path("agencyCode").asText()).isEqualTo("3401-MR");
				assertThat(entry.path("action").asText()).isEqualTo("method.call");
				assertThat(entry.path("targetType").asText()).isEqualTo("method");
			});
			assertThat(recorded).extracting(entry -> entry.path("targetId").asText())
				.containsExactly("AuditTrail.verify", "AuditTrail.entries");
			assertThat(recorded).extracting(entry -> entry.path("detail").asText())
				.containsExactly("GET /api/audit/verification", "GET /api/audit/entries");
			assertThat(lastSequence()).isEqualTo(before + 2);
		}
	}

	@Test
	void refusalsByTheUrlRulesAreRecordedWithTheRequest() {
		long before = lastSequence();
		assertThat(ApiClient.as(port, "wuhu.inspector").get("/actuator/metrics?name=x").status()).isEqualTo(403);

		List<JsonNode> recorded = recordedSince(before, "wuhu.inspector");
		assertThat(recorded).hasSize(1);
		assertThat(recorded.get(0).path("action").asText()).isEqualTo("http.request");
		assertThat(recorded.get(0).path("targetId").asText()).isEqualTo("GET /actuator/metrics");
		assertThat(recorded.get(0).path("agencyCode").asText()).isEqualTo("3402-MR");
		assertThat(lastSequence()).isEqualTo(before + 1);
	}

	@Test
	void callersWhoDoNotTryToSignInAndAllowedRequestsLeaveNoEntry() {
		long before = lastSequence();
		assertThat(ApiClient.anonymous(port).get("/api/audit/entries").status()).isEqualTo(401);
		assertThat(ApiClient.anonymous(port).get("/").status()).isEqualTo(302);
		assertThat(ApiClient.as(port, "hefei.inspector").get("/api/me").status()).isEqualTo(200);
		assertThat(ApiClient.as(port, "hefei.inspector").get("/api/no-such-thing").status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "auditor").get("/api/audit/verification").status()).isEqualTo(200);
		assertThat(lastSequence()).isEqualTo(before);
	}

	private long lastSequence() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	/** The officer's entries after {@code sequence}, newest first, as an auditor reads them. */
	private List<JsonNode> recordedSince(long sequence, String officer) {
		JsonNode page = ApiClient.as(port, "auditor").get("/api/audit/entries?size=20&officer=" + officer).json();
		return page.path("items").valueStream().filter(entry -> entry.path("sequence").asLong() > sequence).toList();
	}
}
