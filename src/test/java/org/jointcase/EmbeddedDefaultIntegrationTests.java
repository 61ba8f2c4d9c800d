package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default of {@code mvn spring-boot:run}: H2 file database and the demo directory. */
class EmbeddedDefaultIntegrationTests {

	@Test
	void startsOnAnH2FileDatabaseWhereADemoOfficerCanAskWhoTheyAre(@TempDir Path folder) {
		String url = "jdbc:h2:file:" + folder.resolve("jointcase")
				+ ";DEFAULT_NULL_ORDERING=HIGH";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JointcaseApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + url)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			ApiClient.Response me = ApiClient.as(port, "wuhu.inspector").get("/api/me");
			assertThat(me.status()).isEqualTo(200);
			assertThat(me.json().path("agency").path("code").asText()).isEqualTo("3402-MR");
			assertThat(me.json().path("region").path("nameZh").asText()).isEqualTo("芜湖市");
		}
	}
}
