package org.jointcase.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcase.ApiClient;

/** Request bodies and set-up steps that the case tests share. */
final class CaseFixtures {

	/** Valid unified social credit codes (GB 32100 check characters computed). */
	static final String SELLER_CODE = "91340100MA2N123401";
	static final String WAREHOUSE_CODE = "91340200MA8P56780L";

	private CaseFixtures() {
	}

	static Map<String, Object> caseBody(String title, String creditCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("summary", "Prepaid gym cards sold, then the gym closed without refunds");
		body.put("category", "PREPAID_CARD");
		body.put("regionCode", "340104");
		body.put("parties", List.of(
				Map.of("kind", "BUSINESS", "name", "Hefei Fitness Ltd", "creditCode", creditCode, "address",
						"1 Changjiang Road", "regionCode", "340104"),
				Map.of("kind", "PERSON", "name", "Zhang San", "idNumber", "340104199001011234")));
		body.put("informant", Map.of("name", "Li Si", "contact", "13900000000", "channel", "HOTLINE"));
		return body;
	}

	static UUID createCase(ApiClient inspector, String title, String creditCode) {
		ApiClient.Response created = inspector.post("/api/cases", caseBody(title, creditCode));
		if (created.status() != 201) {
			throw new AssertionError("Case not created: " + created);
		}
		return UUID.fromString(created.json().path("id").asText());
	}

	static UUID share(ApiClient supervisor, UUID caseId, String agency, String scope, boolean informant) {
		ApiClient.Response shared = supervisor.post("/api/cases/" + caseId + "/shares", Map.of("agencyCode", agency,
				"scope", scope, "includeInformant", informant, "reason", "Joint investigation of the seller"));
		if (shared.status() != 201) {
			throw new AssertionError("Not shared: " + shared);
		}
		return UUID.fromString(shared.json().path("id").asText());
	}
}
