package org.jointcase.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The common superior on the demo tree (Anhui > Hefei, Wuhu > their districts). */
@IntegrationTest
class CommonSuperiorIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} and {1}: {3}")
	@CsvSource(nullValues = "none", textBlock = """
			340104-MR, 340111-MR, 3401-MR, two districts of one city: the city bureau
			340111-MR, 340104-MR, 3401-MR, the order does not matter
			340104-MR, 340202-MR, 34-MR, districts of different cities: the province
			3401-MR,   3402-MR,   34-MR, two cities: the province
			3401-MR,   340104-MR, 3401-MR, a city and a district inside it: the city itself
			340104-PS, 3402-PS,   34-PS, the rule holds for every department
			340104-MR, 340104-MR, 340104-MR, an agency with itself
			3401-MR,   3401-PS,   none, different departments in one city
			340104-MR, 3402-PS,   none, different departments and cities
			340104-MR, 0000-MR,   none, an unknown agency
			""")
	void commonSuperior(String first, String second, String expected, String why) {
		Optional<String> superior = directory.commonSuperior(first, second).map(Agency::code);
		assertThat(superior).isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void whereTheLowestCommonRegionHasNoAgencyOfTheDepartmentTheNextRegionUpDecides() {
		// Transport has no agencies in the demo directory: give it two Hefei districts and the province, no city.
		for (String[] agency : new String[][] { { "340102", "瑶海区交通运输局" }, { "340103", "庐阳区交通运输局" },
				{ "34", "安徽省交通运输厅" } }) {
			jdbc.sql("insert into agency (code, department_code, region_code, name_zh, name_en) values (?, 'TR', ?, ?, ?)")
				.params(Agency.codeOf(agency[0], "TR"), agency[0], agency[1], agency[1])
				.update();
		}
		assertThat(directory.commonSuperior("340102-TR", "340103-TR").map(Agency::code)).contains("34-TR");
	}
}
