package org.jointcase.campaigns;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.calendar.WorkingCalendar;

/** Request bodies and set-up steps that the campaign tests share. */
public final class CampaignFixtures {

	private CampaignFixtures() {
	}

	/** A monthly campaign from today over forty days, asking for inspections, cases, transfers and amounts recovered. */
	public static Map<String, Object> launch(String title, String regionCode, List<String> departments) {
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("theme", List.of("PREPAID_CARD", "FOOD_SAFETY"));
		body.put("regionCode", regionCode);
		body.put("departments", departments);
		body.put("startsOn", today.toString());
		body.put("endsOn", today.plusDays(40).toString());
		body.put("schedule", "MONTHLY");
		body.put("figures", List.of("BUSINESSES_INSPECTED", "CASES_OPENED", "LEADS_TRANSFERRED", "AMOUNT_RECOVERED"));
		return body;
	}

	/** A report giving every figure {@link #launch} asks for. */
	public static Map<String, Object> report(long inspected, long cases, long transfers, long recovered) {
		return Map.of("businessesInspected", inspected, "casesOpened", cases, "leadsTransferred", transfers,
				"amountRecovered", recovered, "narrative", "Inspected the prepaid-card sellers of the district");
	}

	/** The one open task at {@code step} of the campaign in the officer's inbox. */
	public static String task(ApiClient officer, String campaignId, String step) {
		JsonNode items = officer.get("/api/tasks?process=coordinated-action&step=" + step + "&size=100").json()
			.path("items");
		List<String> found = StreamSupport.stream(items.spliterator(), false)
			.filter(t -> t.path("recordId").asText().equals(campaignId))
			.map(t -> t.path("id").asText())
			.toList();
		if (found.size() != 1) {
			throw new AssertionError(step + " tasks of " + campaignId + ": " + found);
		}
		return found.get(0);
	}

	/** Takes an action at a task, which must succeed (204). */
	public static void act(ApiClient officer, String task, String action, Object body) {
		ApiClient.Response done = officer.post("/api/tasks/" + task + "/actions/" + action, body);
		if (done.status() != 204) {
			throw new AssertionError(action + " at " + task + ": " + done);
		}
	}

	/** The agency's inspector reports period 1 and its supervisor approves it. */
	public static void reportAndApprove(ApiClient inspector, ApiClient supervisor, String campaignId,
			Map<String, Object> report) {
		act(inspector, task(inspector, campaignId, CoordinatedAction.SUBMIT_REPORT_TASK), "submit", report);
		act(supervisor, task(supervisor, campaignId, CoordinatedAction.APPROVE_REPORT_TASK), "approve", Map.of());
	}
}
