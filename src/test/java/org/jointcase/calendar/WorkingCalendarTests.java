package org.jointcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jointcase.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Due dates on the real 2025 and 2026 holiday schedules, read from the files the application ships. Each expected date
 * is worked out by hand in the comment above it: "+n" marks the n-th working day counted.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkingCalendarTests {

	private static final List<CalendarYear> SHIPPED = ShippedCalendars.read();

	private final WorkingCalendar calendar = new WorkingCalendar(
			year -> SHIPPED.stream().filter(schedule -> schedule.year() == year).findFirst());

	private final DeadlineRules rules = DeadlineRulesTests.defaults();

	@Test
	void theShippedSchedulesNameTheirStateCouncilNotices() {
		assertThat(SHIPPED).extracting(CalendarYear::year).containsExactly(2025, 2026);
		assertThat(SHIPPED.get(0).notice()).contains("2025年部分节假日安排", "国办发明电〔2024〕12号");
		assertThat(SHIPPED.get(1).notice()).contains("2026年部分节假日安排", "国办发明电〔2025〕7号");
	}

	@Test
	void springFestival2025CountsTheAdjustedSundayAndSaturday() {
		// Fri 24 Jan; Sat 25 off; Sun 26 worked +1; Mon 27 +2.
		assertThat(due("2025-01-24", DeadlinePeriod.workingDays(2)).dueDate()).isEqualTo("2025-01-27");
		// Mon 27 Jan; Tue 28 Jan to Tue 4 Feb holiday; Wed 5 +1, Thu 6 +2, Fri 7 +3, Sat 8 worked +4, Sun 9 off,
		// Mon 10 +5, Tue 11 +6, Wed 12 +7.
		assertThat(due("2025-01-27", rules.rule(DeadlineRules.ACCEPT_COMPLAINT)).dueDate()).isEqualTo("2025-02-12");
	}

	@Test
	void springFestival2026() {
		// Fri 13 Feb; Sat 14 worked +1; Sun 15 to Mon 23 holiday; Tue 24 +2, Wed 25 +3, Thu 26 +4, Fri 27 +5,
		// Sat 28 worked +6; Sun 1 Mar off; Mon 2 Mar +7.
		assertThat(due("2026-02-13", DeadlinePeriod.workingDays(7)).dueDate()).isEqualTo("2026-03-02");
	}

	@Test
	void nationalDay2025CountsSunday28SeptemberAndSaturday11October() {
		// Fri 26 Sep; Sat 27 off; Sun 28 worked +1; Mon 29 +2, Tue 30 +3; Wed 1 to Wed 8 Oct holiday; Thu 9 +4,
		// Fri 10 +5, Sat 11 worked +6: a deadline may fall on an adjusted Saturday.
		assertThat(due("2025-09-26", DeadlinePeriod.workingDays(6)).dueDate()).isEqualTo("2025-10-11");
		// ... Sun 12 off; Mon 13 to Fri 17 +7..+11; Mon 20 +12, Tue 21 +13, Wed 22 +14, Thu 23 +15.
		assertThat(due("2025-09-26", rules.rule(DeadlineRules.VERIFY_LEAD)).dueDate()).isEqualTo("2025-10-23");
	}

	@Test
	void aPeriodSpansNewYearFrom2025Into2026() {
		// Mon 22 Dec; Tue 23 to Fri 26 +1..+4; Mon 29 +5, Tue 30 +6, Wed 31 +7; Thu 1 to Sat 3 Jan holiday;
		// Sun 4 Jan worked +8; Mon 5 to Fri 9 +9..+13; Mon 12 +14, Tue 13 +15.
		Deadline deadline = due("2025-12-22", DeadlinePeriod.workingDays(15));
		assertThat(deadline.dueDate()).isEqualTo("2026-01-13");
		assertThat(deadline.calendarKnown()).isTrue();
		assertThat(deadline.unknownYears()).isEmpty();
	}

	@Test
	void theStartDayIsNotCountedAndDaysAreThoseOfShanghai() {
		// 00:30 on Mon 2 Mar in Shanghai is still Sun 1 Mar in UTC: the start day is Monday, so Tue 3 is +1.
		Instant earlyMonday = shanghai("2026-03-02T00:30");
		Deadline deadline = calendar.dueDate(earlyMonday, DeadlinePeriod.workingDays(1),
				DeadlineRule.custom(DeadlinePeriod.workingDays(1)));
		assertThat(deadline.dueDate()).isEqualTo("2026-03-03");
		// The whole of the due date is available: it passes at the following midnight in Shanghai.
		assertThat(deadline.dueAt()).isEqualTo(shanghai("2026-03-04T00:00"));
		assertThat(due("2026-03-02", DeadlinePeriod.workingDays(1)).dueDate()).isEqualTo("2026-03-03");
	}

	@Test
	void naturalDaysEndingOnANonWorkingDayMoveToTheNextWorkingDay() {
		// Mon 29 Sep 2025 + 3 days = Thu 2 Oct, a holiday until Wed 8 Oct: due Thu 9 Oct.
		Deadline deadline = due("2025-09-29", rules.rule(DeadlineRules.CRIME_TRANSFER_DECISION));
		assertThat(deadline.dueDate()).isEqualTo("2025-10-09");
		// Wed 4 Mar 2026 + 3 days = Sat 7 Mar: due Mon 9 Mar.
		assertThat(due("2026-03-04", DeadlinePeriod.naturalDays(3)).dueDate()).isEqualTo("2026-03-09");
		// Wed 8 Oct 2025 + 3 days = Sat 11 Oct, an adjusted working day: due that Saturday.
		assertThat(due("2025-10-08", DeadlinePeriod.naturalDays(3)).dueDate()).isEqualTo("2025-10-11");
	}

	@Test
	void hoursArePlainElapsedHoursWhateverTheDay() {
		// 15:00 on Tue 30 Sep 2025 + 24 h = 15:00 on Wed 1 Oct, a holiday; the reminder comes after 19 h 12 min.
		Deadline deadline = calendar.dueDate(shanghai("2025-09-30T15:00"), rules.rule(DeadlineRules.CRIME_TRANSFER_SEND));
		assertThat(deadline.dueAt()).isEqualTo(shanghai("2025-10-01T15:00"));
		assertThat(deadline.dueDate()).isEqualTo("2025-10-01");
		assertThat(deadline.reminderAt()).isEqualTo(shanghai("2025-10-01T10:12"));
		assertThat(deadline.calendarKnown()).isTrue();
	}

	@Test
	void theReminderComesWhenFourFifthsOfTheTimeHavePassed() {
		// Mon 2 Mar 2026 00:00 + 15 working days: Tue 3 to Fri 6 +1..+4, Mon 9 to Fri 13 +5..+9, Mon 16 to Fri 20
		// +10..+14, Mon 23 +15. It passes at 00:00 on Tue 24 Mar, 22 days after the start; 80 % of 22 days is
		// 17 days 14 h 24 min: 14:24 on Thu 19 Mar.
		Deadline deadline = due("2026-03-02", rules.rule(DeadlineRules.VERIFY_LEAD));
		assertThat(deadline.dueDate()).isEqualTo("2026-03-23");
		assertThat(deadline.dueAt()).isEqualTo(shanghai("2026-03-24T00:00"));
		assertThat(deadline.reminderAt()).isEqualTo(shanghai("2026-03-19T14:24"));
		assertThat(deadline.rule().code()).isEqualTo(DeadlineRules.VERIFY_LEAD);
	}

	@Test
	void aYearWithoutScheduleFallsBackToMondayToFridayAndSaysSoOnce(CapturedOutput output) {
		// Thu 24 Dec 2026; Fri 25 +1; Mon 28 to Thu 31 +2..+5; 2027 has no schedule, so Fri 1 Jan counts +6;
		// Mon 4 to Fri 8 +7..+11; Mon 11 +12, Tue 12 +13, Wed 13 +14, Thu 14 +15.
		Deadline deadline = due("2026-12-24", DeadlinePeriod.workingDays(15));
		assertThat(deadline.dueDate()).isEqualTo("2027-01-14");
		assertThat(deadline.calendarKnown()).isFalse();
		assertThat(deadline.unknownYears()).containsExactly(2027);

		due("2027-03-01", DeadlinePeriod.workingDays(3));
		assertThat(output.getOut().split("No holiday schedule for 2027", -1)).hasSize(2);
	}

	@Test
	void anExtensionCountsFromTheCurrentDueDate() {
		// Due Mon 23 Mar 2026 (above). + 15 working days: Tue 24 to Fri 27 +1..+4, Mon 30 to Fri 3 Apr +5..+9;
		// Sat 4 to Mon 6 Apr Qingming; Tue 7 to Fri 10 +10..+13; Mon 13 +14, Tue 14 +15.
		Deadline deadline = due("2026-03-02", rules.rule(DeadlineRules.VERIFY_LEAD));
		Deadline extended = calendar.extend(deadline, DeadlinePeriod.workingDays(15));
		assertThat(extended.dueDate()).isEqualTo("2026-04-14");
		assertThat(extended.start()).isEqualTo(deadline.start());
		assertThat(extended.period()).isEqualTo(DeadlinePeriod.workingDays(15));
		assertThat(extended.extensions()).containsExactly(DeadlinePeriod.workingDays(15));
		assertThat(extended.reminderAt()).isAfter(deadline.dueAt());
	}

	@Test
	void timePausedForTestingMovesTheDueDateByTheWorkingDaysItCovered() {
		// Due Mon 23 Mar 2026 (above). Paused Thu 5 Mar, resumed Wed 11 Mar: it covered Fri 6, Mon 9, Tue 10 and
		// Wed 11, 4 working days. Mon 23 + 4: Tue 24 +1, Wed 25 +2, Thu 26 +3, Fri 27 +4.
		Deadline deadline = due("2026-03-02", rules.rule(DeadlineRules.VERIFY_LEAD));
		Deadline resumed = calendar.resume(deadline, shanghai("2026-03-05T10:00"), shanghai("2026-03-11T09:00"));
		assertThat(resumed.dueDate()).isEqualTo("2026-03-27");
		assertThat(resumed.pauses()).containsExactly(
				new DeadlinePause(shanghai("2026-03-05T10:00"), shanghai("2026-03-11T09:00")));
	}

	@Test
	void holidaysInsideAPauseWereNotWorkingDaysAndDoNotMoveTheDueDate() {
		// Mon 27 Apr 2026 + 15: Tue 28 to Thu 30 +1..+3; Fri 1 to Tue 5 May Labour Day; Wed 6 to Fri 8 +4..+6;
		// Sat 9 worked +7; Sun 10 off; Mon 11 to Fri 15 +8..+12; Mon 18 +13, Tue 19 +14, Wed 20 +15.
		Deadline deadline = due("2026-04-27", DeadlinePeriod.workingDays(15));
		assertThat(deadline.dueDate()).isEqualTo("2026-05-20");
		// Paused Thu 30 Apr, resumed Fri 8 May: it covered Wed 6, Thu 7 and Fri 8 only. Wed 20 + 3: Thu 21 +1,
		// Fri 22 +2, Mon 25 +3.
		Deadline resumed = calendar.resume(deadline, shanghai("2026-04-30T16:00"), shanghai("2026-05-08T11:00"));
		assertThat(resumed.dueDate()).isEqualTo("2026-05-25");
	}

	@Test
	void aPauseMustLieWithinTheDeadline() {
		Deadline deadline = due("2026-03-02", DeadlinePeriod.workingDays(5));
		assertThatThrownBy(() -> calendar.resume(deadline, shanghai("2026-03-04T10:00"), shanghai("2026-03-03T10:00")))
			.isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.field()).isEqualTo("resumedAt"));
		assertThatThrownBy(() -> calendar.resume(deadline, shanghai("2026-03-20T10:00"), shanghai("2026-03-21T10:00")))
			.isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.field()).isEqualTo("pausedAt"));
	}

	@Test
	void aDeadlineIsStoredAsPlainJsonAndReadBackUnchanged() throws Exception {
		Deadline deadline = calendar.resume(calendar.extend(due("2026-12-24", rules.rule(DeadlineRules.ASSISTANCE)),
				DeadlinePeriod.workingDays(15)), shanghai("2026-12-28T09:00"), shanghai("2026-12-30T09:00"));
		ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
		assertThat(json.readValue(json.writeValueAsString(deadline), Deadline.class)).isEqualTo(deadline);
	}

	private Deadline due(String startDate, DeadlineRule rule) {
		return calendar.dueDate(shanghai(startDate + "T00:00"), rule);
	}

	private Deadline due(String startDate, DeadlinePeriod period) {
		return due(startDate, DeadlineRule.custom(period));
	}

	private static Instant shanghai(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
	}
}
