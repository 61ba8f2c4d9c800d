package org.jointcase.statistics;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a report asks for, as the API and the pages take it from the query string.
 *
 * @param region the region's code; {@code null} for the officer's own region (a coordinator) or agency (others)
 * @param period {@code year}, {@code quarter}, {@code month} (the one containing {@code from}, else today) or
 *        {@code custom} ({@code from} to {@code to}); {@code null} for {@code year}
 */
public record StatisticsQuery(String region, String period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
}
