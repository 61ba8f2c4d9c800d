package org.jointcase.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.intake.IntakeFixtures.*;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hot spots at the threshold (5 items in 30 days) and not below it, and the transfer conflict check. */
@IntegrationTest
class IntakeHotSpotIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final String code = creditCode("340104");

	private String takeIn() {
		return receive(ApiClient.as(port, "hefei.inspector"),
				item("COMPLAINT", workOrder(), business("Hot Gym Ltd", code, "340104"), true)).path("id").asText();
	}

	private List<Map<String, Object>> hotSpotNotices() {
		return jdbc.sql("select addressed_agency, addressed_role from deadline_notice where kind = 'HOT_SPOT' "
				+ "and record_id = ?").param(code).query().listOfRows();
	}

	@Test
	void theItemThatReachesTheThresholdTellsTheAgencyAndTheCoordinatorsOnce() {
		ApiClient shushan = ApiClient.as(port, "shushan.inspector");
		String last = null;
		for (int i = 0; i < 4; i++) {
			last = takeIn();
		}
		assertThat(hotSpotNotices()).isEmpty();
		assertThat(shushan.get("/api/intake/items/" + last).json().path("hotSpot").asBoolean()).isFalse();
		assertThat(shushan.get("/api/intake/hot-spots").json()).extracting(s -> s.path("creditCode").asText())
			.doesNotContain(code);

		String fifth = takeIn();
		List<Map<String, Object>> notices = hotSpotNotices();
		assertThat(notices).extracting(n -> n.get("addressed_role")).containsExactlyInAnyOrder("supervisor",
				"coordinator");
		assertThat(notices).extracting(n -> n.get("addressed_agency")).contains("340104-MR");
		assertThat(ApiClient.as(port, "shushan.supervisor").get("/api/notices").json().path("items"))
			.extracting(n -> n.path("recordId").asText()).contains(code);
		assertThat(shushan.get("/api/intake/items/" + fifth).json().path("hotSpot").asBoolean()).isTrue();
		JsonNode spot = null;
		for (JsonNode s : shushan.get("/api/intake/hot-spots").json()) {
			if (code.equals(s.path("creditCode").asText())) {
				spot = s;
			}
		}
		assertThat(spot).isNotNull();
		assertThat(spot.path("items").asInt()).isEqualTo(5);

		takeIn();
		assertThat(hotSpotNotices()).hasSize(2);
	}

	@Test
	void theTransferConflictCheckListsOpenItemsAboutTheBusiness() {
		String item = takeIn();
		ApiClient shushan = ApiClient.as(port, "shushan.inspector");
		ApiClient.Response created = shushan.post("/api/cases", Map.of("title", "Hot gym", "summary", "Fees kept",
				"category", "PREPAID_CARD", "regionCode", "340104", "parties",
				List.of(Map.of("kind", "BUSINESS", "name", "Hot Gym Ltd", "creditCode", code))));
		assertThat(created.status()).isEqualTo(201);
		JsonNode check = shushan.get("/api/cases/" + created.json().path("id").asText() + "/transfer-check").json();
		assertThat(check.path("openIntakeItems")).extracting(i -> i.path("id").asText()).contains(item);
		assertThat(check.path("openIntakeItems").get(0).path("agencyCode").asText()).isEqualTo("340104-MR");
		assertThat(check.toString()).doesNotContain("Zhao Liu", "prepaid fees");
	}
}
