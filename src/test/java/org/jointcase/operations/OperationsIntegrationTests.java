package org.jointcase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.OptimisticLockingException;
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

	@Autowired
	EngineMetrics engineMetrics;

	private String instance;
	private String marker;

	/** The test model's one step names no delegate, so its job fails at once and, with one try, is an incident. */
	@BeforeEach
	void aStepThatFails() {
		marker = "variable-" + UUID.randomUUID();
		instance = runtime.startProcessInstanceByKey("test-failing-step", Map.of("marker", marker)).getId();
	}

	/** The job executor may be failing the step's job at this moment: the delete then waits for it and tries again. */
	@AfterEach
	void endIt() {
		for (int attempt = 1;; attempt++) {
			try {
				runtime.deleteProcessInstance(instance, "test over");
				return;
			}
			catch (OptimisticLockingException concurrent) {
				if (attempt == 10) {
					throw concurrent;
				}
				sleep();
			}
		}
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

		// Health and metrics report it, to operators.
		JsonNode incidents = operator.get("/actuator/health").json().path("components").path("incidents");
		assertThat(incidents.path("status").asText()).isEqualTo("INCIDENTS");
		assertThat(incidents.path("details").path("openIncidents").asLong()).isPositive();
		engineMetrics.read();
		assertThat(operator.get("/actuator/prometheus").toString())
			.containsPattern("jointcase_engine_incidents\\{[^}]*process=\"test-failing-step\"[^}]*} [1-9]")
			.contains("jointcase_engine_jobs_due", "jointcase_engine_jobs_failed", "camunda_job_successful_total",
					"camunda_job_failed_total");

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

	@Test
	void healthDetailsAreForOperators() {
		JsonNode forOperators = ApiClient.as(port, "operator").get("/actuator/health/readiness").json();
		assertThat(forOperators.path("status").asText()).isEqualTo("UP");
		assertThat(forOperators.path("components").path("db").path("status").asText()).isEqualTo("UP");
		assertThat(forOperators.path("components").has("processEngine")).isTrue();
		for (ApiClient other : List.of(ApiClient.anonymous(port), ApiClient.as(port, "admin"))) {
			JsonNode statusOnly = other.get("/actuator/health/readiness").json();
			assertThat(statusOnly.path("status").asText()).isEqualTo("UP");
			assertThat(statusOnly.has("components")).isFalse();
			assertThat(statusOnly.has("details")).isFalse();
		}
	}

	@Test
	void everyAnswerAndProblemCarriesTheRequestId() {
		ApiClient.Response given = ApiClient.as(port, "admin").header("X-Request-Id", "probe-42.a")
			.get("/api/operations/incidents");
		assertThat(given.status()).isEqualTo(403);
		assertThat(given.header("X-Request-Id")).isEqualTo("probe-42.a");
		assertThat(given.json().path("requestId").asText()).isEqualTo("probe-42.a");

		ApiClient.Response generated = ApiClient.anonymous(port).header("X-Request-Id", "not a token; " + "x".repeat(80))
			.get("/api/operations/incidents");
		assertThat(generated.status()).isEqualTo(401);
		String id = generated.header("X-Request-Id");
		assertThat(id).matches("[0-9a-f-]{36}");
		assertThat(generated.json().path("requestId").asText()).isEqualTo(id);

		ApiClient.Response springsOwn = ApiClient.as(port, "operator").delete("/api/operations/incidents");
		assertThat(springsOwn.status()).isEqualTo(405);
		assertThat(springsOwn.json().path("requestId").asText()).isEqualTo(springsOwn.header("X-Request-Id"));
		assertThat(ApiClient.anonymous(port).get("/actuator/health/liveness").header("X-Request-Id")).isNotBlank();
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
