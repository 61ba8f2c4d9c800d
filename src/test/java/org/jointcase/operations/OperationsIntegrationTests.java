package org.jointcase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operators see and retry what the engine could not do, without any case data; nobody else does. */
@IntegrationTest
class OperationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	private String instance;
	private String marker;

	/** The test model's one step names no delegate, so its job fails at once and, with one try, is an incident. */
	@BeforeEach
	void aStepThatFails() {
		marker = "variable-" + UUID.randomUUID();
		instance = runtime.startProcessInstanceByKey("test-failing-step", Map.of("marker", marker)).getId();
	}

	@AfterEach
	void endIt() {
		runtime.deleteProcessInstance(instance, "test over");
	}

	@Test
	void aFailedJobShowsUpAsIncidentAndFailedJobAndIsRetried() {
		ApiClient operator = ApiClient.as(port, "operator");
		JsonNode incident = awaitIncident(operator);
		assertThat(incident.path("type").asText()).isEqualTo("failedJob");
		assertThat(incident.path("processDefinitionKey").asText()).isEqualTo("test-failing-step");
		assertThat(incident.path("activityId").asText()).isEqualTo("FailingStep");
		assertThat(incident.path("occurredAt").asText()).isNotBlank();
		String jobId = incident.path("jobId").asText();

		ApiClient.Response jobs = operator.get("/api/operations/failed-jobs");
		assertThat(jobs.status()).isEqualTo(200);
		JsonNode job = find(jobs.json(), "id", jobId);
		assertThat(job.path("retries").asInt()).isZero();
		assertThat(job.path("processInstanceId").asText()).isEqualTo(instance);
		assertThat(job.path("activityId").asText()).isEqualTo("FailingStep");
		// Neither the variables nor the exception's text, which may quote case data.
		for (ApiClient.Response answer : List.of(jobs, operator.get("/api/operations/incidents"))) {
			assertThat(answer.toString()).doesNotContain(marker).doesNotContainIgnoringCase("noSuchDelegate")
				.doesNotContainIgnoringCase("exception");
		}

		ApiClient.Response retried = operator.post("/api/operations/failed-jobs/" + jobId + "/retry", Map.of("retries", 2));
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().path("retries").asInt()).isEqualTo(2);
		assertThat(operator.post("/api/operations/failed-jobs/no-such-job/retry", "").status()).isEqualTo(404);
		assertThat(operator.post("/api/operations/failed-jobs/" + jobId + "/retry", Map.of("retries", 0)).status())
			.isEqualTo(400);
	}

	@Test
	void nobodyButOperatorsGetsIn() {
		for (String officer : new String[] { "admin", "hefei.inspector", "auditor", "anhui.coordinator" }) {
			ApiClient client = ApiClient.as(port, officer);
			for (ApiClient.Response refused : List.of(client.get("/api/operations/incidents"),
					client.get("/api/operations/failed-jobs"),
					client.post("/api/operations/failed-jobs/any/retry", ""))) {
				assertThat(refused.status()).as(officer).isEqualTo(403);
				assertThat(refused.contentType()).startsWith("application/problem+json");
			}
		}
		ApiClient anonymous = ApiClient.anonymous(port);
		assertThat(anonymous.get("/api/operations/incidents").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/operations/failed-jobs").status()).isEqualTo(401);
		assertThat(anonymous.post("/api/operations/failed-jobs/any/retry", "").status()).isEqualTo(401);
	}

	@Test
	void metricsAreForOperators() {
		assertThat(ApiClient.as(port, "admin").get("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "operator").get("/actuator/prometheus").status()).isEqualTo(200);
		assertThat(ApiClient.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
	}

	private JsonNode awaitIncident(ApiClient operator) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			ApiClient.Response incidents = operator.get("/api/operations/incidents");
			assertThat(incidents.status()).isEqualTo(200);
			JsonNode incident = find(incidents.json(), "processInstanceId", instance);
			if (!incident.isMissingNode()) {
				return incident;
			}
			sleep();
		}
		throw new AssertionError("No incident for " + instance + " within 60 s");
	}

	private static JsonNode find(JsonNode list, String field, String value) {
		for (JsonNode item : list) {
			if (item.path(field).asText().equals(value)) {
				return item;
			}
		}
		return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new AssertionError(interrupted);
		}
	}
}
