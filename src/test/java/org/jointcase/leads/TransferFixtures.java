package org.jointcase.leads;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;

/** Steps of a transfer through the API that the lead tests share. */
final class TransferFixtures {

	private TransferFixtures() {
	}

	static UUID createCase(ApiClient inspector, String title, String creditCode) {
		ApiClient.Response created = inspector.post("/api/cases", Map.of("title", title, "summary", title + " reported",
				"category", "PRODUCT_QUALITY", "regionCode", "3401", "parties",
				List.of(Map.of("kind", "BUSINESS", "name", title + " Ltd", "creditCode", creditCode)), "informant",
				Map.of("name", "Wang Wu", "contact", "13800000000", "channel", "ONLINE")));
		if (created.status() != 201) {
			throw new AssertionError(created.toString());
		}
		return UUID.fromString(created.json().path("id").asText());
	}

	static UUID upload(ApiClient inspector, UUID caseId, String fileName, String content) {
		String boundary = "jointcase-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return UUID.fromString(inspector.send(inspector.request("/api/cases/" + caseId + "/documents")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))).json().path("id").asText());
	}

	static int proposeStatus(ApiClient inspector, UUID caseId, String target) {
		return inspector.post("/api/cases/" + caseId + "/transfers", Map.of("targetAgency", target, "reason",
				"Not in our jurisdiction")).status();
	}

	static UUID propose(ApiClient inspector, UUID caseId, String target) {
		ApiClient.Response proposed = inspector.post("/api/cases/" + caseId + "/transfers",
				Map.of("targetAgency", target, "reason", "Not in our jurisdiction"));
		if (proposed.status() != 201) {
			throw new AssertionError(proposed.toString());
		}
		return UUID.fromString(proposed.json().path("id").asText());
	}

	/** The officer's open task at {@code step} for the case, from their inbox. */
	static JsonNode taskJson(ApiClient officer, UUID caseId, String step) {
		for (JsonNode task : officer.get("/api/tasks?caseId=" + caseId + "&step=" + step).json().path("items")) {
			return task;
		}
		throw new AssertionError("No open " + step + " in the inbox for case " + caseId);
	}

	static String task(ApiClient officer, UUID caseId, String step) {
		return taskJson(officer, caseId, step).path("id").asText();
	}

	static void act(ApiClient officer, UUID caseId, String step, String action, Map<String, ?> body) {
		ApiClient.Response response = officer.post("/api/tasks/" + task(officer, caseId, step) + "/actions/" + action,
				body);
		if (response.status() != 204) {
			throw new AssertionError(step + " " + action + ": " + response);
		}
	}
}
