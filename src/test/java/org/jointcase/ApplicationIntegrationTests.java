package org.jointcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessEngine processEngine;

	@Test
	void flywayCreatesJointcasesAndCamundasTablesOnTheEmptyTestDatabase() {
		List<String> migrations = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class).list();
		assertThat(migrations).contains("1", "2");
		assertThat(jdbc.sql("select count(*) from region").query(Long.class).single()).isGreaterThanOrEqualTo(10);
		List<String> camundaTables = jdbc.sql("""
				select lower(table_name) from information_schema.tables
				where table_schema = 'public' and lower(table_name) in ('act_ru_task', 'act_ru_job', 'act_hi_procinst')
				""").query(String.class).list();
		assertThat(camundaTables).containsExactlyInAnyOrder("act_ru_task", "act_ru_job", "act_hi_procinst");
		// Camunda's tables come from its own scripts, run by Flyway as the owner; the engine only checks them.
		assertThat(migrations).contains("135");
		assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'act_ru_task'").query(String.class)
			.single()).isEqualTo(TestDatabase.USER);
		assertThat(processEngine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
	}

	@Test
	void engineRunsItsJobExecutorAndKeepsHistoryForATimeToLive() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
			.getProcessEngineConfiguration();
		assertThat(configuration.getJobExecutor().isActive()).isTrue();
		assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P365D");
		assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
		assertThat(configuration.getHistory()).isEqualTo("full");
	}

	@Test
	void loadBalancerReadsLivenessAndReadinessWithoutSigningIn() {
		ApiClient anonymous = ApiClient.anonymous(port);
		assertThat(anonymous.get("/actuator/health/liveness").json().path("status").asText()).isEqualTo("UP");
		ApiClient.Response readiness = anonymous.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().path("status").asText()).isEqualTo("UP");
	}

	@Test
	void anAddressNothingServesIsAProblemForTheApi() {
		ApiClient.Response missing = ApiClient.as(port, "hefei.inspector").get("/api/no-such-thing");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	@Test
	void prometheusMetricsAreForOperatorsOnly() {
		assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, "hefei.inspector").get("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "admin").get("/actuator/prometheus").status()).isEqualTo(403);
		ApiClient.Response metrics = ApiClient.as(port, "operator").get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.toString()).contains("jvm_memory_used_bytes");
	}

	@Test
	void everyOperationInTheOpenApiDescriptionCarriesItsSecurityRequirement() {
		assertThat(ApiClient.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
		assertThat(ApiClient.anonymous(port).get("/v3/api-docs.yaml").status()).isEqualTo(401);
		ApiClient.Response yaml = ApiClient.as(port, "hefei.inspector").get("/v3/api-docs.yaml");
		assertThat(yaml.status()).isEqualTo(200);
		assertThat(yaml.toString()).contains("openapi: 3.1.0").contains("/api/cases:");
		JsonNode api = ApiClient.as(port, "hefei.inspector").get("/v3/api-docs").json();
		assertThat(api.path("components").path("securitySchemes").path("basicAuth").path("scheme").asText())
			.isEqualTo("basic");
		assertThat(api.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asText())
			.isEqualTo("bearer");
		List<JsonNode> operations = api.path("paths").valueStream().flatMap(JsonNode::valueStream).toList();
		assertThat(operations).isNotEmpty();
		assertThat(operations).allSatisfy(operation -> assertThat(operation.path("security").toString())
			.contains("bearerAuth").contains("basicAuth"));
		assertThat(ApiClient.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}
}
