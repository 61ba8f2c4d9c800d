package org.jointcase.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcase.intake.IntakeFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Routing (分流) on the demo directory, each rule as the item shows it. */
@IntegrationTest
class IntakeRoutingIntegrationTests {

	@LocalServerPort
	int port;

	private JsonNode routed(java.util.Map<String, Object> business) {
		return receive(ApiClient.as(port, "hefei.inspector"), item("COMPLAINT", workOrder(), business, true));
	}

	@Test
	void aDistrictWithAnAgencyGetsTheItem() {
		JsonNode item = routed(business("Shushan Gym Ltd", null, "340104"));
		assertThat(item.path("agencyCode").asText()).isEqualTo("340104-MR");
		assertThat(item.path("status").asText()).isEqualTo("ROUTED");
		assertThat(item.path("routing").path("rule").asText()).isEqualTo("business-region");
		assertThat(item.path("currentStep").asText()).isEqualTo(IntakeProcess.ACCEPT);
		JsonNode asShushan = ApiClient.as(port, "shushan.inspector").get("/api/intake/items/" + item.path("id").asText())
			.json();
		assertThat(asShushan.path("allowedActions")).extracting(JsonNode::asText).contains("accept", "refuse", "forward");
	}

	@Test
	void aDistrictWithoutAnAgencyFallsBackToTheCity() {
		// Luyang district (340103) has no market-regulation agency in the demo directory.
		JsonNode item = routed(business("Luyang Bakery", null, "340103"));
		assertThat(item.path("agencyCode").asText()).isEqualTo("3401-MR");
		assertThat(item.path("routing").path("rule").asText()).isEqualTo("city-fallback");
		assertThat(item.path("routing").path("detail").asText()).contains("340103");
	}

	@Test
	void onlyTheCreditCodeRoutesByItsDivisionCode() {
		String code = creditCode("340111");
		JsonNode item = routed(business("Baohe Phones Ltd", code, null));
		assertThat(item.path("agencyCode").asText()).isEqualTo("340111-MR");
		assertThat(item.path("routing").path("rule").asText()).isEqualTo("credit-code-division");
		assertThat(item.path("routing").path("detail").asText()).contains(code);

		JsonNode cityRegistered = routed(business("Wuhu Motors Ltd", creditCode("340200"), null));
		assertThat(cityRegistered.path("agencyCode").asText()).isEqualTo("3402-MR");
	}

	@Test
	void whatTheRulesCannotPlaceGoesToTheCoordinatorsTriage() {
		JsonNode item = routed(business("Nanjing Travel Ltd", null, "320102"));
		assertThat(item.path("status").asText()).isEqualTo("TRIAGE");
		assertThat(item.path("agencyCode").isMissingNode() || item.path("agencyCode").isNull()).isTrue();
		assertThat(item.path("triageAgency").asText()).isEqualTo("34-MR");
		assertThat(item.path("routing").path("rule").asText()).isEqualTo("triage");

		ApiClient coordinator = ApiClient.as(port, "anhui.coordinator");
		String id = item.path("id").asText();
		JsonNode triaged = coordinator.get("/api/intake/items/" + id).json();
		assertThat(triaged.path("allowedActions")).extracting(JsonNode::asText).contains("assign");
		assertThat(triaged.path("person").path("identityShown").asBoolean()).isFalse();
		assertThat(coordinator.get("/api/intake/items?status=TRIAGE&size=200").json())
			.extracting(entry -> entry.path("id").asText()).contains(id);

		acted(coordinator, id, "assign", java.util.Map.of("agencyCode", "340202-MR", "reason", "The shop is in Jinghu"));
		JsonNode assigned = ApiClient.as(port, "jinghu.inspector").get("/api/intake/items/" + id).json();
		assertThat(assigned.path("routing").path("rule").asText()).isEqualTo("designated");
		assertThat(assigned.path("currentStep").asText()).isEqualTo(IntakeProcess.ACCEPT);
		assertThat(assigned.path("person").path("name").asText()).isEqualTo("Zhao Liu");
		// The triage is over: the coordinators keep a read-only record.
		assertThat(coordinator.get("/api/intake/items/" + id).json().path("allowedActions"))
			.extracting(JsonNode::asText).containsExactly("read-only");
	}
}
