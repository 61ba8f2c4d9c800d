package org.jointcase.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jointcase.calendar.Deadline;
import org.jointcase.calendar.DeadlinePeriod;
import org.jointcase.calendar.PeriodUnit;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.directory.Agency;
import org.jointcase.directory.Directory;
import org.jointcase.web.ApiProblem;
import org.springframework.context.MessageSource;
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

	private final Directory directory;
	private final MessageSource messages;

	PageFormat(Directory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
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

	/** The agency's name in the page's language, or the code itself for an agency the directory does not know. */
	public String agency(String code) {
		return code == null ? "" : directory.agency(code).map(this::agencyName).orElse(code);
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

	/** The message for {@code key}, or {@code fallback} when the bundles have none. */
	public String message(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
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
			text.append(" — ").append(deadline.rule().source());
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
