package org.jointcase.intake;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;

/** Items through the API, as the intake tests take them in and decide them. */
public final class IntakeFixtures {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private IntakeFixtures() {
	}

	/** A fresh work-order number: unique to this run. */
	public static String workOrder() {
		return "WO-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
	}

	/** A valid credit code registered in {@code division} (6 digits), unique to this run. */
	public static String creditCode(String division) {
		StringBuilder code = new StringBuilder("91").append(division);
		for (int i = 0; i < 9; i++) {
			code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		return code.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
	}

	public static Map<String, Object> item(String kind, String workOrder, Map<String, Object> business, boolean realName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("channel", "HOTLINE_12315");
		body.put("workOrder", workOrder);
		body.put("person", realName ? Map.of("name", "Zhao Liu", "contact", "13900001111", "realName", true)
				: Map.of("realName", false));
		body.put("business", business);
		body.put("facts", "The gym closed and kept the prepaid fees");
		body.put("amount", 2400);
		body.put("desiredOutcome", "Refund of the fees");
		return body;
	}

	public static Map<String, Object> business(String name, String creditCode, String regionCode) {
		Map<String, Object> business = new LinkedHashMap<>();
		business.put("name", name);
		if (creditCode != null) {
			business.put("creditCode", creditCode);
		}
		if (regionCode != null) {
			business.put("regionCode", regionCode);
		}
		return business;
	}

	public static JsonNode receive(ApiClient officer, Map<String, Object> body) {
		ApiClient.Response received = officer.post("/api/intake/items", body);
		if (received.status() != 201) {
			throw new AssertionError(received.toString());
		}
		return received.json();
	}

	/** Adds a file to the item, as multipart field {@code file} with its name and bytes. */
	public static ApiClient.Response attach(ApiClient officer, String itemId, String fileName, byte[] content) {
		String boundary = "intake-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(head);
		body.writeBytes(content);
		body.writeBytes(tail);
		return officer.send(officer.request("/api/intake/items/" + itemId + "/attachments")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The item's open task id. */
	static String openTask(ApiClient officer, String itemId) {
		for (JsonNode task : officer.get("/api/intake/items/" + itemId).json().path("tasks")) {
			if (task.path("closedAt").isMissingNode() || task.path("closedAt").isNull()) {
				return task.path("id").asText();
			}
		}
		throw new AssertionError("No open step on item " + itemId);
	}

	static ApiClient.Response act(ApiClient officer, String itemId, String action, Map<String, ?> body) {
		return officer.post("/api/tasks/" + openTask(officer, itemId) + "/actions/" + action, body);
	}

	public static void acted(ApiClient officer, String itemId, String action, Map<String, ?> body) {
		ApiClient.Response response = act(officer, itemId, action, body);
		if (response.status() != 204) {
			throw new AssertionError(action + ": " + response);
		}
	}
}
