package org.jointcase.statistics;

import java.time.LocalDate;
import java.util.List;

import org.jointcase.statistics.StatisticsRepository.Sum;
import org.jointcase.web.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of the report: nearest-rank percentiles of per-duration counts, and the days of each period. */
class StatisticsTests {

	@Test
	void medianAndNinetiethPercentileAreNearestRankValuesOfTheCounts() {
		// Durations 1, 1, 2, 2, 2, 3, 5, 8, 8, 13 working days, spread over two agencies' rows.
		List<Sum> durations = List.of(sum("A", 1, 2), sum("A", 2, 2), sum("B", 2, 1), sum("B", 3, 1), sum("A", 5, 1),
				sum("B", 8, 2), sum("A", 13, 1));
		assertThat(Statistics.percentile(durations, 50)).isEqualTo(2);
		assertThat(Statistics.percentile(durations, 90)).isEqualTo(8);
		assertThat(Statistics.percentile(List.of(sum("A", 4, 1)), 90)).isEqualTo(4);
		assertThat(Statistics.percentile(List.of(), 50)).isNull();
	}

	@Test
	void aPeriodIsTheCalendarYearQuarterOrMonthOfItsDayOrACustomSpan() {
		LocalDate today = LocalDate.of(2026, 5, 20);
		assertThat(StatisticsPeriod.of(null, null, null, today)).isEqualTo(new StatisticsPeriod(
				StatisticsPeriod.Kind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		assertThat(StatisticsPeriod.of("quarter", LocalDate.of(2025, 8, 3), null, today)).isEqualTo(
				new StatisticsPeriod(StatisticsPeriod.Kind.QUARTER, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
		assertThat(StatisticsPeriod.of("MONTH", null, null, today)).isEqualTo(new StatisticsPeriod(
				StatisticsPeriod.Kind.MONTH, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
		assertThat(StatisticsPeriod.of("custom", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 3), today).to())
			.isEqualTo(LocalDate.of(2026, 2, 3));
		assertThatThrownBy(() -> StatisticsPeriod.of("custom", LocalDate.of(2026, 2, 3), null, today))
			.isInstanceOf(ApiProblem.class).hasFieldOrPropertyWithValue("rule", "custom-span");
		assertThatThrownBy(() -> StatisticsPeriod.of("custom", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 2),
				today)).hasFieldOrPropertyWithValue("rule", "not-before-from");
		assertThatThrownBy(() -> StatisticsPeriod.of("custom", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1),
				today)).hasFieldOrPropertyWithValue("rule", "at-most-5-years");
		assertThatThrownBy(() -> StatisticsPeriod.of("week", null, null, today))
			.hasFieldOrPropertyWithValue("rule", "period-kind");
	}

	private static Sum sum(String agency, int workingDays, long count) {
		return new Sum(FactKind.TRANSFER_ACCEPTED, agency, "MR", "", 2026, 5, workingDays, count);
	}
}
