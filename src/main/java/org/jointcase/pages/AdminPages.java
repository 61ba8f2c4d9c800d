package org.jointcase.pages;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.jointcase.calendar.CalendarYear;
import org.jointcase.calendar.CalendarYearView;
import org.jointcase.calendar.CalendarYears;
import org.jointcase.calendar.Holiday;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.directory.Directory;
import org.jointcase.directory.NewAgency;
import org.jointcase.directory.NewOfficer;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages: agencies and their officers, and the yearly holiday schedule. They call the same
 * {@link Directory} and {@link CalendarYears} methods as the API, which decide who may list officers and change
 * anything; other officers get the 403 page. Buttons follow the views' {@code allowedActions}.
 */
@Controller
class AdminPages {

	private final Directory directory;
	private final CalendarYears years;
	private final Validator validator;

	AdminPages(Directory directory, CalendarYears years, Validator validator) {
		this.directory = directory;
		this.years = years;
		this.validator = validator;
	}

	@GetMapping("/admin/agencies")
	String agencies(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam(required = false) String q,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("allowedActions", directory.allowedActions(officer.officer()));
		model.addAttribute("agencies", directory.searchAgencies(q == null || q.isBlank() ? null : q.trim(), null, null));
		model.addAttribute("departments", directory.departments());
		model.addAttribute("regions", directory.regions());
		return "pages/admin-agencies";
	}

	@PostMapping("/admin/agencies")
	String createAgency(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam Map<String, String> values,
			Model model) {
		NewAgency agency = new NewAgency(values.getOrDefault("departmentCode", ""),
				values.getOrDefault("regionCode", ""), values.getOrDefault("nameZh", ""),
				values.getOrDefault("nameEn", ""));
		Map<String, String> errors = validate(agency);
		if (errors.isEmpty()) {
			try {
				return "redirect:/admin/agencies/" + directory.createAgency(officer.officer(), agency).agency().code();
			}
			catch (ApiProblem problem) {
				errors.put(fieldOf(problem), problem.getMessage());
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return agencies(officer, null, model);
	}

	@GetMapping("/admin/agencies/{code}")
	String agency(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String code, Model model) {
		// The officers first: they are what the policy guards, and an unknown agency is refused there too.
		model.addAttribute("officers", directory.officersOf(officer.officer(), code));
		model.addAttribute("agency", directory.agency(officer.officer(), code).orElseThrow());
		model.addAttribute("roles", Role.values());
		return "pages/admin-agency";
	}

	@PostMapping("/admin/agencies/{code}/officers")
	String createOfficer(@AuthenticationPrincipal SignedInOfficer actor, @PathVariable String code,
			@RequestParam Map<String, String> values,
			@RequestParam(name = "roles", required = false) List<Role> roles, Model model) {
		NewOfficer officer = new NewOfficer(values.getOrDefault("username", "").trim(),
				values.getOrDefault("displayName", ""), code, values.getOrDefault("password", ""),
				roles == null ? Set.of() : EnumSet.copyOf(roles));
		Map<String, String> errors = validate(officer);
		if (errors.isEmpty()) {
			try {
				directory.createOfficer(actor.officer(), officer);
				return "redirect:/admin/agencies/" + code;
			}
			catch (ApiProblem problem) {
				errors.put(fieldOf(problem), problem.getMessage());
			}
		}
		values.remove("password");
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		model.addAttribute("chosenRoles", roles == null ? List.of() : roles);
		return agency(actor, code, model);
	}

	@PostMapping("/admin/officers/{username}/enabled")
	String setEnabled(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String username,
			@RequestParam boolean enabled) {
		return "redirect:/admin/agencies/" + directory.setEnabled(officer.officer(), username, enabled).agencyCode();
	}

	@PostMapping("/admin/officers/{username}/roles")
	String changeRoles(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String username,
			@RequestParam(name = "roles", required = false) List<Role> roles, RedirectAttributes redirect) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (roles != null) {
			chosen.addAll(roles);
		}
		try {
			return "redirect:/admin/agencies/" + directory.changeRoles(officer.officer(), username, chosen).agencyCode();
		}
		catch (ApiProblem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			redirect.addFlashAttribute("rolesError", username);
			return "redirect:/admin/agencies/" + directory.officer(username).orElseThrow().agencyCode();
		}
	}

	@GetMapping("/admin/calendar")
	String thisYear() {
		return "redirect:/admin/calendar/" + Year.now(WorkingCalendar.ZONE).getValue();
	}

	@GetMapping("/admin/calendar/{year}")
	String calendar(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable int year, Model model) {
		CalendarYearView view = years.year(officer, year);
		CalendarYear schedule = view.schedule();
		model.addAttribute("year", year);
		model.addAttribute("known", view.known());
		model.addAttribute("allowedActions", view.allowedActions());
		model.addAttribute("schedule", schedule);
		model.addAttribute("months", CalendarMonths.of(schedule));
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of("notice", schedule.notice(),
					"holidays", String.join("\n", schedule.holidays().stream()
						.map(h -> h.first() + " " + h.last() + " " + h.name()).toList()),
					"workingDays", String.join("\n", schedule.workingDays().stream().map(LocalDate::toString).toList())));
		}
		return "pages/admin-calendar";
	}

	/**
	 * Replaces the year's schedule from two text areas: one holiday per line ({@code 2026-10-01 2026-10-07 National
	 * Day}) and one adjusted working day per line. The whole schedule is checked by {@link CalendarYears#replace}.
	 */
	@PostMapping("/admin/calendar/{year}")
	String replaceCalendar(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable int year,
			@RequestParam Map<String, String> values, Model model) {
		Map<String, String> errors = new HashMap<>();
		List<Holiday> holidays = new ArrayList<>();
		List<LocalDate> workingDays = new ArrayList<>();
		try {
			for (String line : lines(values.get("holidays"))) {
				String[] parts = line.split("\\s+", 3);
				holidays.add(new Holiday(parts.length > 2 ? parts[2] : "", LocalDate.parse(parts[0]),
						LocalDate.parse(parts[1])));
			}
		}
		catch (DateTimeParseException | ArrayIndexOutOfBoundsException malformed) {
			errors.put("holidays", "format");
		}
		try {
			lines(values.get("workingDays")).forEach(line -> workingDays.add(LocalDate.parse(line)));
		}
		catch (DateTimeParseException malformed) {
			errors.put("workingDays", "format");
		}
		if (errors.isEmpty()) {
			try {
				years.replace(officer,
						new CalendarYear(year, values.getOrDefault("notice", "").trim(), holidays, workingDays));
				return "redirect:/admin/calendar/" + year;
			}
			catch (ApiProblem problem) {
				if (problem.status() != HttpStatus.BAD_REQUEST) {
					throw problem;
				}
				errors.put(fieldOf(problem), problem.getMessage());
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return calendar(officer, year, model);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
	}

	/** {@code holidays[2].last} is shown beside the holidays text area. */
	private static String fieldOf(ApiProblem problem) {
		if (problem.field() == null) {
			return "";
		}
		int bracket = problem.field().indexOf('[');
		return bracket < 0 ? problem.field() : problem.field().substring(0, bracket);
	}

	private <T> Map<String, String> validate(T request) {
		Map<String, String> errors = new HashMap<>();
		validator.validate(request).forEach(violation -> errors.putIfAbsent(violation.getPropertyPath().toString(),
				violation.getMessage()));
		return errors;
	}
}
