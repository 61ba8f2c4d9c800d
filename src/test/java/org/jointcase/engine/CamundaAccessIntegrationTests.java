package org.jointcase.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine is no way in over HTTP: Camunda's REST API is not part of the application. */
@IntegrationTest
class CamundaAccessIntegrationTests {

	private static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://example.org">
			  <process id="injected" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <startEvent id="start"/>
			  </process>
			</definitions>
			""";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Test
	void noHttpPathDeploysOrAnswersFromTheEngine() {
		long deployments = repository.createDeploymentQuery().count();
		for (String officer : new String[] { "admin", "hefei.inspector", "operator" }) {
			ApiClient client = ApiClient.as(port, officer);
			for (String path : new String[] { "/engine-rest/deployment/create", "//engine-rest/deployment/create" }) {
				assertNot2xx(officer + " POST " + path, client.send(deployment(client, path)));
			}
			for (String path : new String[] { "/engine-rest/engine", "/engine-rest/process-instance", "/engine-rest/task",
					"/engine-rest/variable-instance", "/engine-rest/process-definition" }) {
				assertNot2xx(officer + " GET " + path, client.get(path));
			}
		}
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("injected").count()).isZero();
	}

	/**
	 * Every GET operation of the API description without path parameters, as administrator and as operator, while a
	 * process instance holds a variable with a value found nowhere else: no answer contains it.
	 */
	@Test
	void noApiAnswerCarriesProcessVariables() {
		String marker = "variable-" + UUID.randomUUID();
		String instance = runtime.startProcessInstanceByKey("test-failing-step", Map.of("marker", marker)).getId();
		try {
			JsonNode api = ApiClient.as(port, "operator").get("/v3/api-docs").json();
			List<String> paths = new ArrayList<>();
			api.path("paths").fieldNames().forEachRemaining(path -> {
				if (!path.contains("{") && api.path("paths").path(path).has("get")) {
					paths.add(path);
				}
			});
			assertThat(paths).contains("/api/operations/incidents", "/api/operations/failed-jobs");
			assertThat(api.path("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/"));
			for (String officer : new String[] { "admin", "operator" }) {
				for (String path : paths) {
					assertThat(ApiClient.as(port, officer).get(path).toString()).as(officer + " " + path)
						.doesNotContain(marker);
				}
			}
		}
		finally {
			runtime.deleteProcessInstance(instance, "test over");
		}
	}

	private static void assertNot2xx(String what, ApiClient.Response response) {
		assertThat(response.status() / 100).as(what + ": " + response.status()).isNotEqualTo(2);
	}

	private static HttpRequest.Builder deployment(ApiClient client, String path) {
		String boundary = "b" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ninjected\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"injected.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + MODEL + "\r\n--" + boundary + "--\r\n";
		return client.request(path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}
}
