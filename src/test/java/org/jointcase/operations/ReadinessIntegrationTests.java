package org.jointcase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.ApplicationProcess;
import org.junit.jupiter.api.Test;

/**
 * The application on a PostgreSQL of the test's own, which the test then stops: readiness answers DOWN within 2 s,
 * as a load balancer needs to take the node out, instead of waiting for the connection pool. The database is created
 * from nothing by Flyway, Camunda's tables included, as in production.
 */
class ReadinessIntegrationTests {

	private static final Duration PROBE = Duration.ofSeconds(2);

	@Test
	void readinessIsDownWithinTwoSecondsOnceTheDatabaseIsGone() throws Exception {
		try (ScratchPostgres database = ScratchPostgres.start();
				ApplicationProcess application = ApplicationProcess.start(List.of("-Xmx384m"),
						Map.of("spring.datasource.url", database.url(), "spring.datasource.username",
								ScratchPostgres.APPLICATION_ROLE, "spring.datasource.password",
								ScratchPostgres.APPLICATION_ROLE, "spring.flyway.user", "postgres",
								"spring.flyway.password", ""))) {
			// Probes come unauthenticated; the operator (demo password, no identity provider here) sees the components.
			ApiClient probe = ApiClient.anonymous(application.port());
			ApiClient operator = ApiClient.as(application.port(), "operator", "jointcase");
			JsonNode ready = operator.get("/actuator/health/readiness").json();
			assertThat(ready.path("status").asText()).as(application.logTail()).isEqualTo("UP");
			assertThat(ready.path("components").path("db").path("status").asText()).isEqualTo("UP");

			database.stop();

			for (int attempt = 0; attempt < 3; attempt++) {
				long started = System.nanoTime();
				ApiClient.Response answer = probe.get("/actuator/health/readiness");
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				System.out.printf("Readiness probe %d with the database stopped: %d ms, %d%n", attempt, took.toMillis(),
						answer.status());
				assertThat(took).as("probe %d took %s", attempt, took).isLessThan(PROBE);
				assertThat(answer.status()).isEqualTo(503);
				assertThat(answer.json().path("status").asText()).isEqualTo("DOWN");
			}
			// Which component is down is for operators, who cannot sign in now: the directory is in that database.
			// Alive all the same: an orchestrator should not restart a node because its database is away.
			assertThat(probe.get("/actuator/health/liveness").status()).isEqualTo(200);
		}
	}
}
