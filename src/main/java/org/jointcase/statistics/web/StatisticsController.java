package org.jointcase.statistics.web;

import org.jointcase.security.SignedInOfficer;
import org.jointcase.statistics.Statistics;
import org.jointcase.statistics.StatisticsExports;
import org.jointcase.statistics.StatisticsQuery;
import org.jointcase.statistics.StatisticsReport;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of a region or one's agency over a period ({@code period=year|quarter|month|custom}, {@code from},
 * {@code to}), as JSON, one table as CSV or every table as an XLSX workbook.
 */
@RestController
class StatisticsController {

	private final Statistics statistics;

	StatisticsController(Statistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * The figures of a region subtree (coordinators) or of the officer's own agency over a period: counts only, each
	 * table with how it is counted; another region's figures are refused.
	 */
	@GetMapping("/api/statistics")
	StatisticsReport report(@AuthenticationPrincipal SignedInOfficer officer,
			@ParameterObject StatisticsQuery query) {
		return statistics.report(officer, query);
	}

	/** One table of the same figures as CSV (UTF-8, a header row), named after the region and the period. */
	@GetMapping("/api/statistics/{table}.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String table,
			@ParameterObject StatisticsQuery query) {
		return StatisticsExports.csvFile(statistics.report(officer, query), table);
	}

	/** Every table of the same figures as one XLSX workbook, one sheet per table. */
	@GetMapping("/api/statistics.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInOfficer officer,
			@ParameterObject StatisticsQuery query) {
		return StatisticsExports.xlsxFile(statistics.report(officer, query));
	}
}
