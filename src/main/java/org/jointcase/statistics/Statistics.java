package org.jointcase.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.statistics.StatisticsReport.Table;
import org.jointcase.statistics.StatisticsRepository.Sum;
import org.springframework.stereotype.Service;

/**
 * The figures of a region or an agency over a period ({@link StatisticsPolicy} decides whose), summed from the fact
 * table that the modules' events fill ({@link FactRecorder}): one query per report, whatever the number of cases.
 * Medians and 90th percentiles are nearest-rank values of the per-duration counts; a rate is a percentage with one
 * decimal, {@code null} when nothing was counted to divide by.
 */
@Service
public class Statistics {

	public static final String SUMMARY = "summary";
	public static final String CASES = "cases";
	public static final String TRANSFERS = "transfers";
	public static final String ASSISTANCE = "assistance";
	public static final String REVIEWS = "reviews";
	public static final String SUPERVISION = "supervision";
	public static final String INTAKE = "intake";
	public static final String MEDIATION = "mediation";
	public static final String CAMPAIGNS = "campaigns";
	public static final String ALERTS = "alerts";
	public static final String TREND = "trend";
	public static final String AWAITING = "awaiting";

	/** A column or figure: a count of one kind, a rate of two, or a percentile of a duration kind. */
	private record Measure(String name, FactKind kind, FactKind whole, int percentile) {

		static Measure count(String name, FactKind kind) {
			return new Measure(name, kind, null, 0);
		}

		static Measure rate(String name, FactKind part, FactKind whole) {
			return new Measure(name, part, whole, 0);
		}

		static Measure percentile(String name, FactKind kind, int percentile) {
			return new Measure(name, kind, null, percentile);
		}

		Object of(List<Sum> sums) {
			if (percentile > 0) {
				return Statistics.percentile(sums.stream().filter(s -> s.kind() == kind).toList(), percentile);
			}
			long part = total(sums, kind);
			if (whole == null) {
				return part;
			}
			long all = total(sums, whole);
			return all == 0 ? null : Math.round(1000.0 * part / all) / 10.0;
		}
	}

	private static final List<Measure> SUMMARY_FIGURES = List.of(
			Measure.count("cases-opened", FactKind.CASE_OPENED),
			Measure.count("cases-closed", FactKind.CASE_CLOSED),
			Measure.count("transfers-sent", FactKind.TRANSFER_SENT),
			Measure.count("transfers-received", FactKind.TRANSFER_RECEIVED),
			Measure.count("transfers-accepted", FactKind.TRANSFER_ACCEPTED),
			Measure.percentile("acceptance-median-working-days", FactKind.TRANSFER_ACCEPTED, 50),
			Measure.percentile("acceptance-p90-working-days", FactKind.TRANSFER_ACCEPTED, 90),
			Measure.count("transfers-disputed", FactKind.TRANSFER_DISPUTED),
			Measure.count("transfers-designated", FactKind.TRANSFER_DESIGNATED),
			Measure.count("transfers-withdrawn", FactKind.TRANSFER_WITHDRAWN),
			Measure.count("crime-transfers", FactKind.CRIME_TRANSFER_SENT),
			Measure.count("assistance-sent", FactKind.ASSISTANCE_SENT),
			Measure.count("assistance-answered", FactKind.ASSISTANCE_ANSWERED),
			Measure.rate("assistance-on-time-rate", FactKind.ASSISTANCE_ANSWERED_ON_TIME,
					FactKind.ASSISTANCE_ANSWERED),
			Measure.count("assistance-extensions", FactKind.ASSISTANCE_EXTENSION),
			Measure.count("reviews-convened", FactKind.REVIEW_CONVENED),
			Measure.count("review-opinions", FactKind.REVIEW_OPINION),
			Measure.rate("review-opinions-on-time-rate", FactKind.REVIEW_OPINION_ON_TIME, FactKind.REVIEW_OPINION),
			Measure.count("follow-ups-done", FactKind.REVIEW_FOLLOW_UP_DONE),
			Measure.count("supervision-entries", FactKind.SUPERVISION_ENTRY),
			Measure.count("intake-received", FactKind.INTAKE_RECEIVED),
			Measure.count("intake-concluded", FactKind.INTAKE_CONCLUDED),
			Measure.count("mediations-concluded", FactKind.MEDIATION_CONCLUDED),
			Measure.rate("mediation-success-rate", FactKind.MEDIATION_SUCCEEDED, FactKind.MEDIATION_CONCLUDED),
			Measure.count("amount-recovered-fen", FactKind.AMOUNT_RECOVERED),
			Measure.count("alerts-issued", FactKind.ALERT_ISSUED),
			Measure.count("alerts-acknowledged", FactKind.ALERT_ACKNOWLEDGED));

	private static final List<Measure> TRANSFER_COLUMNS = List.of(Measure.count("sent", FactKind.TRANSFER_SENT),
			Measure.count("received", FactKind.TRANSFER_RECEIVED),
			Measure.count("accepted", FactKind.TRANSFER_ACCEPTED),
			Measure.count("disputed", FactKind.TRANSFER_DISPUTED),
			Measure.count("designated", FactKind.TRANSFER_DESIGNATED),
			Measure.count("withdrawn", FactKind.TRANSFER_WITHDRAWN),
			Measure.count("crime-transfers", FactKind.CRIME_TRANSFER_SENT),
			Measure.percentile("acceptance-median-working-days", FactKind.TRANSFER_ACCEPTED, 50),
			Measure.percentile("acceptance-p90-working-days", FactKind.TRANSFER_ACCEPTED, 90));

	private static final List<Measure> ASSISTANCE_COLUMNS = List.of(Measure.count("sent", FactKind.ASSISTANCE_SENT),
			Measure.count("answered", FactKind.ASSISTANCE_ANSWERED),
			Measure.count("answered-on-time", FactKind.ASSISTANCE_ANSWERED_ON_TIME),
			Measure.rate("on-time-rate", FactKind.ASSISTANCE_ANSWERED_ON_TIME, FactKind.ASSISTANCE_ANSWERED),
			Measure.count("replies-accepted", FactKind.ASSISTANCE_REPLY_ACCEPTED),
			Measure.count("extensions", FactKind.ASSISTANCE_EXTENSION));

	private static final List<Measure> REVIEW_COLUMNS = List.of(Measure.count("convened", FactKind.REVIEW_CONVENED),
			Measure.count("opinions", FactKind.REVIEW_OPINION),
			Measure.count("opinions-on-time", FactKind.REVIEW_OPINION_ON_TIME),
			Measure.rate("on-time-rate", FactKind.REVIEW_OPINION_ON_TIME, FactKind.REVIEW_OPINION),
			Measure.count("follow-ups-done", FactKind.REVIEW_FOLLOW_UP_DONE));

	private static final List<Measure> SUPERVISION_COLUMNS = List.of(
			Measure.count("supervision-entries", FactKind.SUPERVISION_ENTRY));

	private static final List<Measure> MEDIATION_COLUMNS = List.of(
			Measure.count("concluded", FactKind.MEDIATION_CONCLUDED),
			Measure.count("succeeded", FactKind.MEDIATION_SUCCEEDED),
			Measure.rate("success-rate", FactKind.MEDIATION_SUCCEEDED, FactKind.MEDIATION_CONCLUDED),
			Measure.count("amount-recovered-fen", FactKind.AMOUNT_RECOVERED));

	private static final List<Measure> ALERT_COLUMNS = List.of(Measure.count("issued", FactKind.ALERT_ISSUED),
			Measure.count("acknowledged", FactKind.ALERT_ACKNOWLEDGED));

	private static final List<Measure> TREND_COLUMNS = List.of(Measure.count("cases-opened", FactKind.CASE_OPENED),
			Measure.count("transfers-sent", FactKind.TRANSFER_SENT),
			Measure.count("transfers-accepted", FactKind.TRANSFER_ACCEPTED),
			Measure.count("assistance-sent", FactKind.ASSISTANCE_SENT),
			Measure.count("assistance-answered", FactKind.ASSISTANCE_ANSWERED),
			Measure.count("reviews-convened", FactKind.REVIEW_CONVENED),
			Measure.count("supervision-entries", FactKind.SUPERVISION_ENTRY));

	/**
	 * The kinds no event counts yet (no path closes a case): listed apart, so that nobody reads their zero as a
	 * figure.
	 */
	private static final Set<FactKind> AWAITING_KINDS = EnumSet.of(FactKind.CASE_CLOSED);

	private final StatisticsRepository repository;
	private final StatisticsPolicy policy;

	Statistics(StatisticsRepository repository, StatisticsPolicy policy) {
		this.repository = repository;
		this.policy = policy;
	}

	/**
	 * The report the query asks for; 400 for a bad period or an unknown region, 403 for a region the officer may not
	 * read.
	 */
	public StatisticsReport report(SignedInOfficer officer, StatisticsQuery query) {
		StatisticsPeriod days = StatisticsPeriod.of(query.period(), query.from(), query.to(),
				LocalDate.now(WorkingCalendar.ZONE));
		StatisticsScope scope = policy.scope(officer, query.region());
		StatisticsRepository.Sums read = repository.sums(scope.regionCode(), scope.agencyCode(), days.from(),
				days.to());
		List<Sum> sums = read.perAgency();
		Map<String, List<Sum>> byAgency = sums.stream()
			.collect(Collectors.groupingBy(Sum::agencyCode, TreeMap::new, Collectors.toList()));
		return new StatisticsReport(scope, days, List.of(summary(sums), cases(sums),
				perAgency(TRANSFERS, byAgency, TRANSFER_COLUMNS), perAgency(ASSISTANCE, byAgency, ASSISTANCE_COLUMNS),
				perAgency(REVIEWS, byAgency, REVIEW_COLUMNS), perAgency(SUPERVISION, byAgency, SUPERVISION_COLUMNS),
				intake(sums), perAgency(MEDIATION, byAgency, MEDIATION_COLUMNS), campaigns(sums),
				perAgency(ALERTS, byAgency, ALERT_COLUMNS), trend(read.perMonth(), days), awaiting(sums)));
	}

	private static Table summary(List<Sum> sums) {
		return new Table(SUMMARY, List.of("figure", "value"),
				SUMMARY_FIGURES.stream().map(m -> Arrays.asList(m.name(), m.of(sums))).toList());
	}

	private static Table cases(List<Sum> sums) {
		Map<List<String>, List<Sum>> byGroup = new TreeMap<>((a, b) -> String.join("/", a).compareTo(String.join("/",
				b)));
		sums.stream().filter(s -> s.kind() == FactKind.CASE_OPENED || s.kind() == FactKind.CASE_CLOSED)
			.forEach(s -> byGroup.computeIfAbsent(List.of(s.departmentCode(), s.category()), k -> new ArrayList<>())
				.add(s));
		List<List<Object>> rows = byGroup.entrySet().stream()
			.map(e -> List.<Object>of(e.getKey().get(0), e.getKey().get(1), total(e.getValue(), FactKind.CASE_OPENED),
					total(e.getValue(), FactKind.CASE_CLOSED)))
			.toList();
		return new Table(CASES, List.of("department", "category", "opened", "closed"), rows);
	}

	/** Intake items received by channel and concluded by outcome, one row per channel or outcome counted. */
	private static Table intake(List<Sum> sums) {
		List<List<Object>> rows = new ArrayList<>();
		rows.addAll(byCategory("received", sums, FactKind.INTAKE_RECEIVED));
		rows.addAll(byCategory("concluded", sums, FactKind.INTAKE_CONCLUDED));
		return new Table(INTAKE, List.of("measure", "category", "items"), rows);
	}

	/** The totals of the approved campaign reports, one row per reported figure. */
	private static Table campaigns(List<Sum> sums) {
		List<List<Object>> rows = byCategory("reported", sums, FactKind.CAMPAIGN_REPORTED).stream()
			.map(row -> row.subList(1, row.size()))
			.toList();
		return new Table(CAMPAIGNS, List.of("campaign-figure", "total"), rows);
	}

	/** {@code [measure, category, total]} per category of the kind, in the order of the categories. */
	private static List<List<Object>> byCategory(String measure, List<Sum> sums, FactKind kind) {
		Map<String, Long> totals = new TreeMap<>();
		sums.stream().filter(s -> s.kind() == kind).forEach(s -> totals.merge(s.category(), s.value(), Long::sum));
		return totals.entrySet().stream().map(e -> List.<Object>of(measure, e.getKey(), e.getValue())).toList();
	}

	/** One row per agency that has a fact of the table's kinds, in the order of the agency codes. */
	private static Table perAgency(String name, Map<String, List<Sum>> byAgency, List<Measure> columns) {
		Set<FactKind> kinds = EnumSet.noneOf(FactKind.class);
		columns.forEach(m -> kinds.add(m.kind()));
		List<List<Object>> rows = byAgency.entrySet().stream()
			.filter(agency -> agency.getValue().stream().anyMatch(s -> kinds.contains(s.kind())))
			.map(agency -> row(agency.getKey(), agency.getValue(), columns))
			.toList();
		return new Table(name, header("agency", columns), rows);
	}

	/** One row per month of the period, the months without facts included. */
	private static Table trend(List<Sum> sums, StatisticsPeriod days) {
		Map<YearMonth, List<Sum>> byMonth = sums.stream()
			.collect(Collectors.groupingBy(s -> YearMonth.of(s.year(), s.month())));
		List<List<Object>> rows = new ArrayList<>();
		for (YearMonth month = YearMonth.from(days.from()); !month.isAfter(YearMonth.from(days.to()));
				month = month.plusMonths(1)) {
			rows.add(row(month.toString(), byMonth.getOrDefault(month, List.of()), TREND_COLUMNS));
		}
		return new Table(TREND, header("month", TREND_COLUMNS), rows);
	}

	private static Table awaiting(List<Sum> sums) {
		return new Table(AWAITING, List.of("figure", "value"), AWAITING_KINDS.stream()
			.map(kind -> List.<Object>of(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), total(sums, kind)))
			.toList());
	}

	private static List<Object> row(String first, List<Sum> sums, List<Measure> columns) {
		List<Object> row = new ArrayList<>();
		row.add(first);
		columns.forEach(m -> row.add(m.of(sums)));
		return row;
	}

	private static List<String> header(String first, List<Measure> columns) {
		return Stream.concat(Stream.of(first), columns.stream().map(Measure::name)).toList();
	}

	private static long total(List<Sum> sums, FactKind kind) {
		return sums.stream().filter(s -> s.kind() == kind).mapToLong(Sum::value).sum();
	}

	/**
	 * The nearest-rank percentile of the durations: the smallest duration by which at least {@code p} % of them are
	 * counted; {@code null} for none.
	 */
	static Integer percentile(List<Sum> durations, int p) {
		long count = durations.stream().mapToLong(Sum::value).sum();
		if (count == 0) {
			return null;
		}
		long rank = (long) Math.ceil(p / 100.0 * count);
		Map<Integer, Long> byDays = new TreeMap<>();
		durations.forEach(s -> byDays.merge(s.workingDays(), s.value(), Long::sum));
		long seen = 0;
		for (Map.Entry<Integer, Long> entry : byDays.entrySet()) {
			seen += entry.getValue();
			if (seen >= rank) {
				return entry.getKey();
			}
		}
		throw new IllegalStateException("unreachable: the ranks add up to " + count);
	}
}
