package org.jointcase.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;

/** Steps and readings over HTTP that the assistance request tests share. */
final class AssistanceFixtures {

	static final String SELLER_CODE = "91340100MA2N123401";

	private AssistanceFixtures() {
	}

	/** A case of the inspector's agency naming a business and a person, with an informant. */
	static UUID createCase(ApiClient inspector) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Gym closed after selling prepaid cards");
		body.put("summary", "Prepaid gym cards sold, then the gym closed without refunds");
		body.put("category", "PREPAID_CARD");
		body.put("regionCode", "340104");
		body.put("parties", List.of(Map.of("kind", "BUSINESS", "name", "Hefei Fitness Ltd", "creditCode", SELLER_CODE,
				"regionCode", "340104"), Map.of("kind", "PERSON", "name", "Zhang San", "idNumber", "340104199001011234")));
		body.put("informant", Map.of("name", "Li Si", "contact", "13900000000", "channel", "HOTLINE"));
		ApiClient.Response created = inspector.post("/api/cases", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asText());
	}

	/** The officer's one open task of this process at {@code step} on the case. */
	static String myTask(ApiClient officer, UUID caseId, String step) {
		JsonNode items = officer.get("/api/tasks?process=assistance-request&step=" + step + "&caseId=" + caseId).json()
			.path("items");
		assertThat(items.size()).as(step).isEqualTo(1);
		return items.get(0).path("id").asText();
	}

	/** The open task at {@code step} of the part of the request that concerns {@code agency}, as the requester sees it. */
	static String stepOf(ApiClient requester, String id, String agency, String step) {
		for (JsonNode candidate : addressee(requester.get("/api/assistance-requests/" + id).json(), agency)
			.path("steps")) {
			if (candidate.path("step").asText().equals(step)) {
				return candidate.path("taskId").asText();
			}
		}
		throw new AssertionError("No " + step + " for " + agency);
	}

	static void act(ApiClient officer, String taskId, String action, Object body) {
		ApiClient.Response response = officer.post("/api/tasks/" + taskId + "/actions/" + action, body);
		assertThat(response.status()).as(action + ": " + response).isEqualTo(204);
	}

	static JsonNode addressee(JsonNode request, String agency) {
		for (JsonNode addressee : request.path("addressees")) {
			if (addressee.path("agencyCode").asText().equals(agency)) {
				return addressee;
			}
		}
		throw new AssertionError(agency + " is not among " + request.path("addressees"));
	}

	static List<String> agencies(JsonNode request) {
		List<String> agencies = new ArrayList<>();
		request.path("addressees").forEach(a -> agencies.add(a.path("agencyCode").asText()));
		return agencies;
	}

	static List<String> ids(JsonNode documents) {
		List<String> ids = new ArrayList<>();
		documents.forEach(d -> ids.add(d.path("id").asText()));
		return ids;
	}
}
