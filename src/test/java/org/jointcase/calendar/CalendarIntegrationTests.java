package org.jointcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jointcase.ApiClient;
import org.jointcase.ClusterNode;
import org.jointcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CalendarIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ShippedCalendars shippedCalendars;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerAsksForADueDateUnderARule() {
		// Mon 2 Mar 2026 + 15 working days, no holiday between: Mon 23 Mar, passing at 00:00 Shanghai on Tue 24.
		JsonNode deadline = inspector().get("/api/calendar/due-date?start=2026-03-02&workingDays=15&rule=verify-lead")
			.json();
		assertThat(deadline.path("dueDate").asText()).isEqualTo("2026-03-23");
		assertThat(deadline.path("dueAt").asText()).isEqualTo("2026-03-23T16:00:00Z");
		assertThat(deadline.path("rule").path("code").asText()).isEqualTo("verify-lead");
		assertThat(deadline.path("rule").path("source").asText()).endsWith("art. 18");
		assertThat(deadline.path("calendarKnown").asBoolean()).isTrue();
		assertThat(deadline.path("unknownYears")).isEmpty();
	}

	@Test
	void theShippedScheduleIsInTheDatabaseAndCountsItsHolidays() {
		// 09:30 Fri 26 Sep 2025 + 6 working days: Sun 28 +1, Mon 29 +2, Tue 30 +3, holiday to Wed 8 Oct, Thu 9 +4,
		// Fri 10 +5, Sat 11 (worked) +6.
		JsonNode deadline = inspector().get("/api/calendar/due-date?start=2025-09-26T09:30&workingDays=6").json();
		assertThat(deadline.path("dueDate").asText()).isEqualTo("2025-10-11");
		assertThat(deadline.path("rule").path("code").asText()).isEqualTo("custom");

		JsonNode years = inspector().get("/api/calendar/years").json();
		assertThat(years.findValuesAsText("year")).contains("2025", "2026");
		JsonNode year2026 = inspector().get("/api/calendar/years/2026").json();
		assertThat(year2026.path("notice").asText()).contains("国办发明电〔2025〕7号");
		assertThat(year2026.path("workingDays").toString()).contains("2026-02-14", "2026-02-28");
		assertThat(year2026.path("holidays").get(1).path("first").asText()).isEqualTo("2026-02-15");
	}

	@Test
	void storingTheShippedSchedulesAgainAtTheNextStartChangesNothing() {
		String counts = "select (select count(*) from calendar_year) || '/' || (select count(*) from calendar_holiday)"
				+ " || '/' || (select count(*) from calendar_working_day)";
		String before = jdbc.sql(counts).query(String.class).single();
		shippedCalendars.run(null);
		assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
	}

	@Test
	void aPeriodIntoAYearWithoutScheduleSaysSo() {
		// Neither 2029 nor 2030 has a schedule: Mon 24 Dec 2029 + 10 working days counted Monday to Friday: Tue 25
		// to Fri 28 +1..+4, Mon 31 +5, Tue 1 Jan 2030 +6 (New Year's Day unknown), Wed 2 to Fri 4 +7..+9, Mon 7 +10.
		JsonNode deadline = inspector().get("/api/calendar/due-date?start=2029-12-24&workingDays=10").json();
		assertThat(deadline.path("dueDate").asText()).isEqualTo("2030-01-07");
		assertThat(deadline.path("calendarKnown").asBoolean()).isFalse();
		assertThat(deadline.path("unknownYears").toString()).isEqualTo("[2029,2030]");
		assertThat(inspector().get("/api/calendar/years/2030").status()).isEqualTo(404);
	}

	@Test
	void hoursFromADateTimeWithOffset() {
		JsonNode deadline = inspector().get("/api/calendar/due-date?start=2025-09-30T15:00%2B08:00&hours=24").json();
		assertThat(deadline.path("dueAt").asText()).isEqualTo("2025-10-01T07:00:00Z");
	}

	@Test
	void theRulesWithTheirPeriodsAndSources() {
		JsonNode rules = inspector().get("/api/calendar/rules").json();
		assertThat(rules.findValuesAsText("code")).contains("verify-lead", "crime-transfer-send", "review-opinion");
		JsonNode send = rules.findParents("code").stream()
			.filter(rule -> rule.path("code").asText().equals("crime-transfer-send"))
			.findFirst()
			.orElseThrow();
		assertThat(send.path("period").path("amount").asInt()).isEqualTo(24);
		assertThat(send.path("period").path("unit").asText()).isEqualTo("HOURS");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			start=2026-03-02                              | workingDays | exactly-one-period
			start=2026-03-02&workingDays=5&hours=4        | hours       | exactly-one-period
			start=2026-03-02&workingDays=-1               | workingDays | min
			start=2026-03-02&naturalDays=1001             | naturalDays | max
			start=2026-03-02&hours=ten                    | hours       | type
			start=2026-03-02&workingDays=5&rule=no-such   | rule        | known-rule
			start=2026-02-30&workingDays=5                | start       | iso-date-or-date-time
			start=yesterday&workingDays=5                 | start       | iso-date-or-date-time
			start=%2B999999999-12-31&workingDays=5        | start       | range
			workingDays=5                                 | start       | required
			""")
	void badInputIsAProblemNamingTheFieldAndRule(String query, String field, String rule) {
		ApiClient.Response response = inspector().get("/api/calendar/due-date?" + query);
		assertProblem(response, 400, field, rule);
	}

	@Test
	void onlyAnAdministratorReplacesAYearAndOnlyWithConsistentData() {
		Map<String, Object> schedule2027 = Map.of("notice", "国务院办公厅关于2027年部分节假日安排的通知",
				"holidays", List.of(Map.of("name", "Spring Festival (春节)", "first", "2027-02-06", "last", "2027-02-13")),
				"workingDays", List.of("2027-01-30"));
		assertThat(inspector().put("/api/calendar/years/2027", schedule2027).status()).isEqualTo(403);
		assertThat(inspector().get("/api/calendar/years/2027").status()).isEqualTo(404);

		ApiClient admin = ApiClient.as(port, "admin");
		ApiClient.Response stored = admin.put("/api/calendar/years/2027", schedule2027);
		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		assertThat(stored.json().path("holidays").get(0).path("last").asText()).isEqualTo("2027-02-13");

		// Fri 29 Jan 2027 + 2 working days: Sat 30 (now worked) +1, Mon 1 Feb +2; the year is known now.
		JsonNode deadline = inspector().get("/api/calendar/due-date?start=2027-01-29&workingDays=2").json();
		assertThat(deadline.path("dueDate").asText()).isEqualTo("2027-02-01");
		assertThat(deadline.path("calendarKnown").asBoolean()).isTrue();

		// Mon 1 Feb 2027 is no weekend day: refused, and the stored 2027 stays as it was.
		Map<String, Object> mondayWorked = Map.of("notice", "国务院办公厅关于2027年部分节假日安排的通知", "holidays",
				List.of(), "workingDays", List.of("2027-01-30", "2027-02-01"));
		assertProblem(admin.put("/api/calendar/years/2027", mondayWorked), 400, "workingDays[1]", "weekend");
		assertProblem(admin.put("/api/calendar/years/2027", Map.of("holidays", List.of(), "workingDays", List.of())),
				400, "notice", "not-blank");
		// The same schedule, each reader with the actions they may take on it.
		ObjectNode read = (ObjectNode) inspector().get("/api/calendar/years/2027").json();
		assertThat(read.remove("allowedActions")).isEmpty();
		assertThat(((ObjectNode) stored.json()).remove("allowedActions").toString()).isEqualTo("[\"change-year\"]");
		assertThat(read).isEqualTo(((ObjectNode) stored.json()).without("allowedActions"));
	}

	@Test
	void aYearReplacedOnAnotherNodeCountsHereAtOnce() {
		// Fri 3 Oct 2031 + 1 working day: Mon 6 Oct, until the other node makes that day a holiday: Tue 7 Oct.
		String question = "/api/calendar/due-date?start=2031-10-03&workingDays=1";
		ApiClient here = ApiClient.as(port, "admin");
		assertThat(here.put("/api/calendar/years/2031", Map.of("notice", "2031 schedule", "holidays", List.of(),
				"workingDays", List.of())).status()).isEqualTo(200);
		assertThat(inspector().get(question).json().path("dueDate").asText()).isEqualTo("2031-10-06");

		ApiClient there = ApiClient.as(ClusterNode.second().port(), "admin");
		assertThat(there.put("/api/calendar/years/2031", Map.of("notice", "2031 schedule, revised", "holidays",
				List.of(Map.of("name", "Day off", "first", "2031-10-06", "last", "2031-10-06")), "workingDays",
				List.of())).status()).isEqualTo(200);

		assertThat(inspector().get(question).json().path("dueDate").asText()).isEqualTo("2031-10-07");
	}

	private ApiClient inspector() {
		return ApiClient.as(port, "hefei.inspector");
	}

	private static void assertProblem(ApiClient.Response response, int status, String field, String rule) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.json().path("errors").get(0);
		assertThat(error.path("field").asText()).as(response.toString()).isEqualTo(field);
		assertThat(error.path("rule").asText()).as(response.toString()).isEqualTo(rule);
	}
}
