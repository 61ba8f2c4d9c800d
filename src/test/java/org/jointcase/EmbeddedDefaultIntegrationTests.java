package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default of {@code mvn spring-boot:run}: H2 file database, the demo directory, and a first case; no
 * identity provider, so the API takes the demo passwords over HTTP Basic.
 */
class EmbeddedDefaultIntegrationTests {

	@Test
	void startsOnAnH2FileDatabaseWhereADemoOfficerCanAskWhoTheyAre(@TempDir Path folder) {
		String url = "jdbc:h2:file:" + folder.resolve("jointcase")
				+ ";DEFAULT_NULL_ORDERING=HIGH";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JointcaseApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + url)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			ApiClient.Response me = ApiClient.as(port, "wuhu.inspector", ApiClient.DEMO_PASSWORD).get("/api/me");
			assertThat(me.status()).isEqualTo(200);
			assertThat(me.json().path("agency").path("code").asText()).isEqualTo("3402-MR");
			assertThat(me.json().path("region").path("nameZh").asText()).isEqualTo("芜湖市");

			// The case record and the inbox work on H2 too: record a case, find it, send it on its way.
			ApiClient inspector = ApiClient.as(port, "wuhu.inspector", ApiClient.DEMO_PASSWORD);
			ApiClient.Response created = inspector.post("/api/cases", java.util.Map.of("title", "Demo case", "summary",
					"Tried on the embedded database", "category", "OTHER", "regionCode", "3402"));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(inspector.get("/api/cases?q=demo").json().path("items").size()).isEqualTo(1);
			String caseId = created.json().path("id").asText();
			assertThat(inspector.post("/api/cases/" + caseId + "/transfers", java.util.Map.of("targetAgency", "3401-MR",
					"reason", "Seller in Hefei")).status()).isEqualTo(201);
			assertThat(ApiClient.as(port, "wuhu.supervisor", ApiClient.DEMO_PASSWORD).get("/api/tasks").json()
				.path("items").size()).isEqualTo(1);
		}
	}
}
