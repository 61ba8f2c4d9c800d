package org.jointcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jointcase.ApiClient;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DirectoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officersReadRegionsAsATreeDepartmentsAndAgencies() {
		ApiClient inspector = ApiClient.as(port, "wuhu.inspector");
		JsonNode anhui = inspector.get("/api/directory/regions").json().get(0);
		assertThat(anhui.path("code").asText()).isEqualTo("34");
		JsonNode hefei = anhui.path("children").get(0);
		assertThat(hefei.path("nameEn").asText()).isEqualTo("Hefei");
		assertThat(hefei.path("children").findValuesAsText("code")).contains("340104", "340111");

		assertThat(inspector.get("/api/directory/departments").json().findValuesAsText("code"))
			.contains("MR", "PS", "COM", "CT", "HE");

		assertThat(inspector.get("/api/directory/agencies?department=PS&region=3401").json().findValuesAsText("code"))
			.containsExactly("3401-PS", "340104-PS");
		assertThat(inspector.get("/api/directory/agencies?name=wuhu%20market").json().findValuesAsText("code"))
			.containsExactly("3402-MR");
		assertThat(inspector.get("/api/directory/agencies?name=" + java.net.URLEncoder.encode("蜀山",
				java.nio.charset.StandardCharsets.UTF_8)).json().findValuesAsText("code"))
			.contains("340104-MR", "340104-PS")
			.allMatch(code -> code.startsWith("340104-"));
		assertThat(inspector.get("/api/directory/agencies/3402-MR").json().path("regionCode").asText())
			.isEqualTo("3402");
		assertThat(inspector.get("/api/directory/agencies/9999-XX").status()).isEqualTo(404);
	}

	@Test
	void anInspectorCannotChangeTheDirectory() {
		ApiClient inspector = ApiClient.as(port, "hefei.inspector");
		assertThat(inspector.post("/api/directory/agencies", agency("MR", "340102", "瑶海区市场监督管理局")).status())
			.isEqualTo(403);
		assertThat(inspector.put("/api/directory/officers/hefei.inspector/roles",
				Map.of("roles", new String[] { "ADMINISTRATOR" })).status()).isEqualTo(403);
		assertThat(inspector.put("/api/directory/officers/wuhu.inspector/enabled", Map.of("enabled", false)).status())
			.isEqualTo(403);
		assertThat(agencyCount("340102-MR")).isZero();
		assertThat(ApiClient.as(port, "hefei.inspector").get("/api/me").json().path("roles").toString())
			.isEqualTo("[\"INSPECTOR\"]");
	}

	@Test
	void anAdministratorCreatesAnAgencyAndAnOfficerAndChangesRoles() {
		ApiClient admin = ApiClient.as(port, "admin");
		ApiClient.Response created = admin.post("/api/directory/agencies", agency("HE", "340104", "蜀山区卫生健康委员会"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("code").asText()).isEqualTo("340104-HE");

		assertThat(admin.post("/api/directory/officers", Map.of("username", "shushan.health", "displayName",
				"Shushan Health", "agencyCode", "340104-HE", "password", "another-password", "roles",
				new String[] { "INSPECTOR" })).status()).isEqualTo(201);
		ApiClient.Response changed = admin.put("/api/directory/officers/shushan.health/roles",
				Map.of("roles", new String[] { "INSPECTOR", "SUPERVISOR" }));
		assertThat(changed.json().path("roles").toString()).contains("INSPECTOR").contains("SUPERVISOR");
		assertThat(ApiClient.as(port, "shushan.health", "another-password").get("/api/me").json().path("roles")
			.toString()).contains("INSPECTOR").contains("SUPERVISOR");
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		ApiClient admin = ApiClient.as(port, "admin");

		ApiClient.Response unknownRegion = admin.post("/api/directory/agencies", agency("MR", "349999", "不存在"));
		assertField(unknownRegion, 400, "regionCode", "known-region");

		ApiClient.Response duplicate = admin.post("/api/directory/agencies", agency("MR", "3401", "合肥市市场监督管理局"));
		assertField(duplicate, 409, "departmentCode", "one-agency-per-department-and-region");

		ApiClient.Response emptyName = admin.post("/api/directory/agencies",
				Map.of("departmentCode", "CT", "regionCode", "340111", "nameZh", "", "nameEn", "Baohe Culture"));
		assertField(emptyName, 400, "nameZh", "not-blank");

		ApiClient.Response unknownAgency = admin.post("/api/directory/officers", Map.of("username", "ghost",
				"displayName", "Ghost", "agencyCode", "0000-MR", "password", "long-enough-password", "roles",
				new String[] { "INSPECTOR" }));
		assertField(unknownAgency, 400, "agencyCode", "known-agency");

		ApiClient.Response shortPassword = admin.post("/api/directory/officers", Map.of("username", "ghost",
				"displayName", "Ghost", "agencyCode", "3401-MR", "password", "short", "roles",
				new String[] { "INSPECTOR" }));
		assertField(shortPassword, 400, "password", "min-length");
		assertThat(shortPassword.toString()).doesNotContain("short\"");

		assertThat(agencyCount("349999-MR") + agencyCount("340111-CT")).isZero();
		assertThat(jdbc.sql("select count(*) from officer where username = 'ghost'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select name_zh from agency where code = '3401-MR'").query(String.class).single())
			.isEqualTo("合肥市市场监督管理局");
	}

	private static Map<String, String> agency(String department, String region, String name) {
		return Map.of("departmentCode", department, "regionCode", region, "nameZh", name, "nameEn", name);
	}

	private long agencyCount(String code) {
		return jdbc.sql("select count(*) from agency where code = ?").param(code).query(Long.class).single();
	}

	private static void assertField(ApiClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.json().path("errors").get(0);
		assertThat(error.path("field").asText()).isEqualTo(field);
		assertThat(error.path("rule").asText()).isEqualTo(rule);
	}
}
