package org.jointcase.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CamundaAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void camundasRestApiIsForAdministratorsOnly() {
		assertThat(ApiClient.anonymous(port).get("/engine-rest/engine").status()).isEqualTo(401);
		for (String officer : new String[] { "hefei.inspector", "hefei.supervisor", "anhui.coordinator", "auditor" }) {
			ApiClient.Response refused = ApiClient.as(port, officer).get("/engine-rest/process-definition");
			assertThat(refused.status()).as(officer).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		ApiClient.Response admin = ApiClient.as(port, "admin").get("/engine-rest/engine");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.json().get(0).path("name").asText()).isEqualTo("default");
	}
}
