package org.jointcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.jointcase.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What makes a holiday schedule inconsistent, checked before an administrator's edit is stored. */
class CalendarYearsTests {

	private static final Holiday SPRING_FESTIVAL = holiday("2027-02-06", "2027-02-13");

	@ParameterizedTest(name = "{0}: {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			a working day on a Monday             | workingDays[1]     | weekend
			a working day inside a holiday        | workingDays[1]     | not-a-holiday
			a working day listed twice            | workingDays[1]     | distinct
			a working day in another year         | workingDays[1]     | inside-year
			a holiday ending in another year      | holidays[1].last   | inside-year
			a holiday ending before it begins     | holidays[1].last   | not-before-first
			two overlapping holidays              | holidays[1]        | no-overlap
			a holiday without name                | holidays[1].name   | not-blank
			no notice                             | notice             | not-blank
			a year out of range                   | year               | range
			""")
	void refusesAnInconsistentScheduleNamingTheFieldAndRule(String mistake, String field, String rule) {
		assertThatThrownBy(() -> CalendarYears.checked(schedule(mistake)))
			.isInstanceOfSatisfying(ApiProblem.class, problem -> {
				assertThat(problem.field()).isEqualTo(field);
				assertThat(problem.rule()).isEqualTo(rule);
			});
	}

	@Test
	void acceptsAConsistentSchedule() {
		assertThat(CalendarYears.checked(schedule("no mistake")).year()).isEqualTo(2027);
	}

	/** A 2027 schedule, valid but for the one mistake named. */
	private static CalendarYear schedule(String mistake) {
		Holiday second = switch (mistake) {
			case "a holiday ending in another year" -> holiday("2027-12-31", "2028-01-01");
			case "a holiday ending before it begins" -> holiday("2027-05-05", "2027-05-01");
			case "two overlapping holidays" -> holiday("2027-02-13", "2027-02-14");
			case "a holiday without name" -> new Holiday(" ", LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-05"));
			default -> holiday("2027-05-01", "2027-05-05");
		};
		String workingDay = switch (mistake) {
			case "a working day on a Monday" -> "2027-02-15";
			case "a working day inside a holiday" -> "2027-02-13";
			case "a working day listed twice" -> "2027-02-20";
			case "a working day in another year" -> "2028-02-19";
			default -> "2027-02-27";
		};
		return new CalendarYear(mistake.equals("a year out of range") ? 1999 : 2027,
				mistake.equals("no notice") ? "" : "国务院办公厅关于2027年部分节假日安排的通知", List.of(SPRING_FESTIVAL, second),
				List.of(LocalDate.parse("2027-02-20"), LocalDate.parse(workingDay)));
	}

	private static Holiday holiday(String first, String last) {
		return new Holiday("A holiday", LocalDate.parse(first), LocalDate.parse(last));
	}
}
