package org.jointcase.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jointcase.cases.CaseCategory;
import org.jointcase.directory.Department;
import org.jointcase.directory.Directory;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.statistics.Statistics;
import org.jointcase.statistics.StatisticsExports;
import org.jointcase.statistics.StatisticsQuery;
import org.jointcase.statistics.StatisticsReport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The statistics of the officer's region or agency: the tables with a month-by-month chart and a per-agency chart,
 * both drawn by the server as SVG, links to their CSV and XLSX exports, and the printable one-page year summary.
 */
@Controller
class StatisticsPages {

	/** The chart's drawing height, in SVG user units. */
	static final int CHART_HEIGHT = 120;

	private final Statistics statistics;
	private final Directory directory;
	private final PageFormat format;

	StatisticsPages(Statistics statistics, Directory directory, PageFormat format) {
		this.statistics = statistics;
		this.directory = directory;
		this.format = format;
	}

	/** One bar of a chart: its label, value and height scaled to the largest value. */
	record Bar(String label, long value, int height, int percent) {
	}

	@GetMapping("/statistics")
	String statistics(@AuthenticationPrincipal SignedInOfficer officer, StatisticsQuery query, Model model) {
		StatisticsReport report = statistics.report(officer, query);
		model.addAttribute("report", report);
		model.addAttribute("categories", Arrays.stream(CaseCategory.values()).collect(Collectors.toMap(Enum::name,
				category -> format.chinese() ? category.nameZh() : category.nameEn())));
		model.addAttribute("departments", directory.departments().stream().collect(Collectors.toMap(
				Department::code, department -> format.chinese() ? department.nameZh() : department.nameEn())));
		model.addAttribute("trend", bars(report.table(Statistics.TREND), 1));
		model.addAttribute("agencyBars", bars(report.table(Statistics.TRANSFERS), 1));
		// The exports count what the page shows: they take the page's own query.
		String asked = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
		model.addAttribute("query", asked == null ? "" : "?" + asked);
		return "pages/statistics";
	}

	@GetMapping("/statistics/{table}.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String table,
			StatisticsQuery query) {
		return StatisticsExports.csvFile(statistics.report(officer, query), table);
	}

	@GetMapping("/statistics.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInOfficer officer, StatisticsQuery query) {
		return StatisticsExports.xlsxFile(statistics.report(officer, query));
	}

	@GetMapping("/statistics/summary")
	String summary(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		LocalDate anchor = year == null ? null : LocalDate.of(year, 1, 1);
		model.addAttribute("report", statistics.report(officer, new StatisticsQuery(region, "year", anchor, null)));
		return "pages/statistics-summary";
	}

	/** The bars of a table's {@code column}: one per row, labelled by the row's first value. */
	private static List<Bar> bars(StatisticsReport.Table table, int column) {
		long largest = table.rows().stream().mapToLong(row -> value(row.get(column))).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			long value = value(row.get(column));
			int percent = largest == 0 ? 0 : (int) Math.round(100.0 * value / largest);
			bars.add(new Bar(row.get(0).toString(), value, percent * CHART_HEIGHT / 100, percent));
		}
		return bars;
	}

	private static long value(Object cell) {
		return cell instanceof Number number ? number.longValue() : 0;
	}
}
