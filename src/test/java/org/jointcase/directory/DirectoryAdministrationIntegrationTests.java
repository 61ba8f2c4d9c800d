package org.jointcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.jointcase.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory and calendar administration policies, asked alike by the API and the pages: officers read the
 * directory's agencies and the calendar, administrators alone list officers and change either.
 */
@IntegrationTest
class DirectoryAdministrationIntegrationTests {

	/** Officers of 3401-MR other than the inspector, whose own name the page header shows. */
	private static final String[] HEFEI_OFFICERS = { "hefei.supervisor", "hefei.coordinator" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInspectorGetsNoOfficerListFromTheApiNorFromThePage() {
		long refusals = refusalsOf("hefei.inspector");
		ApiClient.Response api = ApiClient.as(port, "hefei.inspector").get("/api/directory/agencies/3401-MR/officers");
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.contentType()).startsWith("application/problem+json");

		PageClient.Response page = PageClient.signIn(port, "hefei.inspector").get("/admin/agencies/3401-MR");
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.text()).doesNotContain(HEFEI_OFFICERS);
		assertThat(refusalsOf("hefei.inspector")).isEqualTo(refusals + 2);
	}

	@Test
	void anInspectorReadsAgenciesWithoutActionsAndAnAdministratorWithThem() {
		JsonNode seen = ApiClient.as(port, "hefei.inspector").get("/api/directory/agencies/3401-MR").json();
		assertThat(seen.path("code").asText()).isEqualTo("3401-MR");
		assertThat(seen.path("allowedActions").size()).isZero();
		assertThat(texts(ApiClient.as(port, "admin").get("/api/directory/agencies/3401-MR").json()
			.path("allowedActions"))).containsExactlyInAnyOrder("list-officers", "create-officer");

		JsonNode officers = ApiClient.as(port, "admin").get("/api/directory/agencies/3401-MR/officers").json();
		assertThat(officers.findValuesAsText("username")).contains(HEFEI_OFFICERS).contains("hefei.inspector");
		JsonNode coordinator = java.util.stream.StreamSupport.stream(officers.spliterator(), false)
			.filter(officer -> officer.path("username").asText().equals("hefei.coordinator")).findFirst().orElseThrow();
		assertThat(texts(coordinator.path("allowedActions"))).containsExactlyInAnyOrder("change-roles", "disable");

		PageClient admin = PageClient.signIn(port, "admin");
		PageClient.Response page = admin.get("/admin/agencies/3401-MR");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(HEFEI_OFFICERS).contains("/admin/officers/hefei.inspector/roles")
			.contains("new-officer");
		// No role at all is bad input, answered on the page; the officer keeps theirs.
		assertThat(admin.post("/admin/officers/hefei.coordinator/roles", Map.of()).header("Location"))
			.endsWith("/admin/agencies/3401-MR");
		assertThat(ApiClient.as(port, "hefei.coordinator").get("/api/me").json().path("roles").toString())
			.isEqualTo("[\"COORDINATOR\"]");
		assertThat(ApiClient.as(port, "hefei.inspector").get("/api/directory/agencies/9999-XX/officers").status())
			.isEqualTo(403);
		assertThat(ApiClient.as(port, "admin").get("/api/directory/agencies/9999-XX/officers").status())
			.isEqualTo(404);
	}

	@Test
	void aSignedInNonAdministratorIsRefusedEveryDirectoryChangeOnThePages() {
		PageClient supervisor = PageClient.signIn(port, "hefei.supervisor");
		PageClient.Response agencies = supervisor.get("/admin/agencies");
		assertThat(agencies.status()).isEqualTo(200);
		assertThat(agencies.text()).contains("3401-MR").doesNotContain("new-agency");

		assertThat(supervisor.post("/admin/agencies", Map.of("departmentCode", "MR", "regionCode", "340102",
				"nameZh", "瑶海区市场监督管理局", "nameEn", "Yaohai")).status()).isEqualTo(403);
		assertThat(supervisor.post("/admin/officers/hefei.inspector/enabled", Map.of("enabled", "false"))
			.status()).isEqualTo(403);
		assertThat(supervisor.post("/admin/officers/hefei.inspector/roles", Map.of("roles", "ADMINISTRATOR")).status())
			.isEqualTo(403);
		assertThat(supervisor.post("/admin/officers/hefei.inspector/roles", Map.of()).status())
			.isEqualTo(403);
		assertThat(supervisor.post("/admin/agencies/3401-MR/officers", Map.of("username", "sneaky",
				"displayName", "Sneaky", "password", "a-long-password", "roles", "ADMINISTRATOR")).status())
			.isEqualTo(403);
		assertThat(ApiClient.as(port, "sneaky", "a-long-password").get("/api/me").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, "hefei.inspector").get("/api/me").json().path("roles").toString())
			.isEqualTo("[\"INSPECTOR\"]");
	}

	@Test
	void everyOfficerReadsTheCalendarAndOnlyAdministratorsChangeAYear() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		JsonNode year = inspector.get("/api/calendar/years/2026").json();
		assertThat(year.path("year").asInt()).isEqualTo(2026);
		assertThat(year.path("allowedActions").size()).isZero();
		assertThat(texts(ApiClient.as(port, "admin").get("/api/calendar/years/2026").json().path("allowedActions")))
			.containsExactly("change-year");
		assertThat(inspector.get("/api/calendar/due-date?start=2026-09-25&workingDays=7").status()).isEqualTo(200);

		long refusals = refusalsOf("hefei.inspector");
		ApiClient.Response refused = inspector.put("/api/calendar/years/2030",
				Map.of("notice", "Made up", "holidays", List.of(), "workingDays", List.of()));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().path("title").asText() + refused.json().path("detail").asText())
			.contains("administrators");
		assertThat(refusalsOf("hefei.inspector")).isEqualTo(refusals + 1);
		assertThat(inspector.get("/api/calendar/years/2030").status()).isEqualTo(404);

		PageClient session = PageClient.signIn(port, "hefei.inspector");
		PageClient.Response page = session.get("/admin/calendar/2026");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).doesNotContain("edit-calendar");
		assertThat(session.post("/admin/calendar/2030", Map.of("notice", "Made up", "holidays", "",
				"workingDays", "")).status()).isEqualTo(403);
		assertThat(inspector.get("/api/calendar/years/2030").status()).isEqualTo(404);
	}

	private long refusalsOf(String officer) {
		return jdbc.sql("select count(*) from audit_entry where officer = ? and outcome = 'REFUSED_FORBIDDEN'")
			.param(officer).query(Long.class).single();
	}

	private static List<String> texts(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}
}
