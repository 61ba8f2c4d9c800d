package org.jointcase.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The request hash is canonical: the same request hashes alike whatever the order of its maps, in every JVM. */
class IdempotencyTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	record Party(String name, String creditCode) {
	}

	record Input(String title, List<Party> parties, Map<String, Object> extra) {
	}

	@Test
	void theOrderOfKeysDoesNotChangeTheHash() throws Exception {
		Map<String, Object> inOrder = new LinkedHashMap<>();
		inOrder.put("a", 1);
		inOrder.put("b", Map.of("y", 2, "x", 3));
		Map<String, Object> reversed = new LinkedHashMap<>();
		reversed.put("b", new TreeMap<>(Map.of("x", 3, "y", 2)));
		reversed.put("a", 1);
		assertThat(hash("op", inOrder)).isEqualTo(hash("op", reversed));
		assertThat(hash("op", new Input("t", List.of(new Party("Shop", "913")), inOrder)))
			.isEqualTo(hash("op", new Input("t", List.of(new Party("Shop", "913")), reversed)));
		// A body as the task actions receive it: JSON in whichever order the client wrote it.
		assertThat(hash("op", JSON.readTree("{\"note\":\"n\",\"informantIdentityTravels\":true}")))
			.isEqualTo(hash("op", JSON.readTree("{\"informantIdentityTravels\":true,\"note\":\"n\"}")));
	}

	@Test
	void anotherBodyOrOperationChangesTheHash() {
		assertThat(hash("op", Map.of("a", 1))).isNotEqualTo(hash("op", Map.of("a", 2)));
		assertThat(hash("op", Map.of("a", 1))).isNotEqualTo(hash("other", Map.of("a", 1)));
		assertThat(hash("op", new Party("Shop", null))).isEqualTo(hash("op", Map.of("name", "Shop")));
	}

	private static String hash(String operation, Object body) {
		return Idempotency.hash(new Idempotency.Request("officer", "key", operation, body));
	}
}
