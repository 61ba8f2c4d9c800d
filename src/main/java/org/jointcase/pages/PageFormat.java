package org.jointcase.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jointcase.calendar.Deadline;
import org.jointcase.calendar.DeadlinePeriod;
import org.jointcase.calendar.PeriodUnit;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Officer;
import org.jointcase.web.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the templates call as {@code @fmt}: times in Asia/Shanghai whatever the server's zone, names of agencies and
 * regions in the page's language, and the words that explain a deadline.
 */
@Component("fmt")
class PageFormat {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(WorkingCalendar.ZONE);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final Pattern DETAIL_TOKEN = Pattern.compile("(?<instant>\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z)"
			+ "|(?<agency>\\b\\d{2,6}-[A-Z]{2,4}\\b)|\\b[A-Z][A-Z_]*[A-Z]\\b");

	private final Directory directory;
	private final MessageSource messages;
	private final WorkingCalendar calendar;

	PageFormat(Directory directory, MessageSource messages, WorkingCalendar calendar) {
		this.directory = directory;
		this.messages = messages;
		this.calendar = calendar;
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/**
	 * When a task is due as officers count it: the last day to act on, or for a deadline in hours the time it
	 * passes. {@code dueAt} alone (midnight after the last day) would read as a day late.
	 */
	public String due(Deadline deadline, Instant dueAt) {
		if (deadline == null || deadline.period().unit() == PeriodUnit.HOURS) {
			return dateTime(dueAt);
		}
		return date(deadline.dueDate());
	}

	/**
	 * How much time is left, in the words officers count it: working days left, due today, or working days overdue.
	 * Empty for a deadline in hours (its time says it) and for none.
	 */
	public String daysLeft(Deadline deadline) {
		if (deadline == null || deadline.period().unit() == PeriodUnit.HOURS) {
			return "";
		}
		LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
		int left = calendar.workingDaysLeft(today, deadline.dueDate());
		if (today.isAfter(deadline.dueDate())) {
			return messages.getMessage("due.overdueBy", new Object[] { Math.max(1, -left) },
					LocaleContextHolder.getLocale());
		}
		return left <= 1 ? message("due.today", "Due today")
				: messages.getMessage("due.left", new Object[] { left }, LocaleContextHolder.getLocale());
	}

	/** The value of a {@code datetime-local} input for an instant, in Asia/Shanghai. */
	public String inputDateTime(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(WorkingCalendar.ZONE)
			.format(instant);
	}

	public boolean chinese() {
		return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	public String agencyName(Agency agency) {
		return agency == null ? "" : chinese() ? agency.nameZh() : agency.nameEn();
	}

	/**
	 * A confidential value as the pages show it until the officer asks to see it: a name by its first character
	 * (王*), a phone number or other contact by its first three characters and its last (139****6).
	 */
	public String masked(String value) {
		if (value == null || value.isBlank()) {
			return "";
		}
		int[] points = value.strip().codePoints().toArray();
		if (points.length <= 4) {
			return new String(points, 0, 1) + "*";
		}
		return new String(points, 0, 3) + "****" + new String(points, points.length - 1, 1);
	}

	/** The agency's name in the page's language, or the code itself for an agency the directory does not know. */
	public String agency(String code) {
		return code == null ? "" : directory.agency(code).map(this::agencyName).orElse(code);
	}

	/** A candidate group ({@code 3401-MR:supervisor}) as officers read it: the agency's name and the role's. */
	public String group(String candidateGroup) {
		if (candidateGroup == null || !candidateGroup.contains(":")) {
			return candidateGroup == null ? "" : agency(candidateGroup);
		}
		String role = candidateGroup.substring(candidateGroup.indexOf(':') + 1);
		return agency(candidateGroup.substring(0, candidateGroup.indexOf(':'))) + " · "
				+ message("role." + role.toUpperCase(Locale.ROOT), role);
	}

	/** The officer's name as the directory keeps it, or the username of one it no longer knows. */
	public String officer(String username) {
		return username == null ? "" : directory.officer(username).map(Officer::displayName).orElse(username);
	}

	public String region(String code) {
		return code == null ? "" : directory.region(code)
			.map(region -> chinese() ? region.nameZh() : region.nameEn())
			.orElse(code);
	}

	/** The name of a constant or an identifier as words, for labels no message bundle has: {@code dueDate} → "Due date". */
	public static String words(String identifier) {
		if (identifier == null || identifier.isEmpty()) {
			return "";
		}
		String spaced = identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ')
			.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/**
	 * A detail the platform wrote into a timeline or a step, in the page's language. Such details hold only data:
	 * agency codes (shown by name), constants such as {@code FULL_RECORD} (their {@code value.*} message), times
	 * (in Asia/Shanghai), and what officers typed, which stays as it is.
	 */
	public String detail(String detail) {
		if (detail == null) {
			return "";
		}
		Matcher token = DETAIL_TOKEN.matcher(detail);
		StringBuilder words = new StringBuilder();
		while (token.find()) {
			String found = token.group();
			String word = token.group("instant") != null ? dateTime(Instant.parse(found))
					: token.group("agency") != null ? agency(found) : message("value." + found, found);
			token.appendReplacement(words, Matcher.quoteReplacement(word));
		}
		return token.appendTail(words).toString();
	}

	/** The message for {@code key}, or {@code fallback} when the bundles have none. */
	public String message(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	/** A text whose message codes are tried in turn, with its default where the bundles have none. */
	public String text(MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/** A refusal of a service in the officer's language: the message for its rule, else its English detail. */
	public String problem(ApiProblem problem) {
		return message("problem." + problem.rule(), problem.getMessage());
	}

	/**
	 * Explains on the record page a change that came too late (409) under the flash attribute {@code attribute};
	 * any other refusal goes on to the error page.
	 */
	public void explainConflict(ApiProblem problem, RedirectAttributes redirect, String attribute) {
		if (problem.status() != HttpStatus.CONFLICT) {
			throw problem;
		}
		redirect.addFlashAttribute(attribute, problem(problem));
	}

	/**
	 * What a page shows beside its subject where the officer may see it: empty where the owning module refuses the
	 * read (which it has audited), so that the page shows the rest instead of an error.
	 */
	static <T> Optional<T> ifVisible(Supplier<T> read) {
		try {
			return Optional.of(read.get());
		}
		catch (ApiProblem notVisible) {
			return Optional.empty();
		}
	}

	/** Whether a reason typed into a record page's form is one the services take: given, at most 2,000 characters. */
	public static boolean isReason(String reason) {
		return !reason.isBlank() && reason.length() <= 2000;
	}

	public String period(DeadlinePeriod period) {
		if (period == null) {
			return "";
		}
		return messages.getMessage("period." + period.unit().name(), new Object[] { period.amount() },
				period.toString(), LocaleContextHolder.getLocale());
	}

	/** Why a task is due when it is: the rule, its period and source, and extensions — the due date's tooltip. */
	public String rule(Deadline deadline) {
		if (deadline == null) {
			return message("task.noDeadline", "No deadline");
		}
		StringBuilder text = new StringBuilder(message("rule." + deadline.rule().code(), deadline.rule().text()))
			.append(" (").append(period(deadline.period())).append(')');
		if (deadline.rule().source() != null) {
			text.append(" — ").append(message("rule.source." + deadline.rule().code(), deadline.rule().source()));
		}
		deadline.extensions().forEach(extension -> text.append("; ")
			.append(message("task.extendedBy", "extended by")).append(' ').append(period(extension)));
		if (!deadline.calendarKnown()) {
			text.append("; ").append(message("task.calendarUnknown", "counted Monday to Friday: no holiday schedule for "))
				.append(deadline.unknownYears());
		}
		return text.toString();
	}
}
