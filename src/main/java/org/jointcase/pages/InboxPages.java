package org.jointcase.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.Cases;
import org.jointcase.leads.LeadTransferProcess;
import org.jointcase.leads.LeadTransfers;
import org.jointcase.alerts.Alerts;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.DeadlineNotice;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.Notices;
import org.jointcase.tasks.SavedFilters;
import org.jointcase.tasks.OpenTask;
import org.jointcase.tasks.TaskDeadlines;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox and the task pages: the officer's open tasks and notices, and one page per task with a form for each
 * action of its step. Everything goes through {@link Inbox}, {@link TaskDeadlines} and {@link Notices}, which decide
 * who may see and do what; the pages draw a button or form only for an action in the record's {@code allowedActions}.
 */
@Controller
class InboxPages {

	private static final int PAGE_SIZE = 25;

	private final Inbox inbox;
	private final Notices notices;
	private final Alerts alerts;
	private final TaskDeadlines deadlines;
	private final CaseDocuments documents;
	private final ActionForms forms;
	private final PageFormat format;
	private final Cases cases;
	private final LeadTransfers transfers;
	private final SavedFilters savedFilters;
	private final Validator validator;

	InboxPages(Inbox inbox, Notices notices, TaskDeadlines deadlines, CaseDocuments documents, ActionForms forms,
			PageFormat format, Cases cases, LeadTransfers transfers, SavedFilters savedFilters, Validator validator,
			Alerts alerts) {
		this.savedFilters = savedFilters;
		this.validator = validator;
		this.format = format;
		this.cases = cases;
		this.transfers = transfers;
		this.inbox = inbox;
		this.alerts = alerts;
		this.notices = notices;
		this.deadlines = deadlines;
		this.documents = documents;
		this.forms = forms;
	}

	/**
	 * The inbox with its filters: process and step, a search in case references and titles ({@code q}), whose
	 * tasks ({@code who}: {@code mine}, {@code claimed}, {@code unclaimed}), overdue only, and the order
	 * ({@code sort=-due} latest due first); the officer's saved filters beside them.
	 */
	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam(required = false) String process,
			@RequestParam(required = false) String step, @RequestParam(required = false) String q,
			@RequestParam(required = false) String who, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "due") String sort, @RequestParam(required = false) String cursor,
			HttpServletRequest request, Model model) {
		String processFilter = blankToNull(process);
		String stepFilter = blankToNull(step);
		Boolean claimed = "claimed".equals(who) ? Boolean.TRUE : "unclaimed".equals(who) ? Boolean.FALSE : null;
		model.addAttribute("page", inbox.open(officer, new Inbox.Filter(processFilter, stepFilter, null, overdue,
				blankToNull(q), claimed, "mine".equals(who)), "-due".equals(sort), cursor, PAGE_SIZE));
		model.addAttribute("counts", inbox.counts(officer));
		model.addAttribute("alerts", alerts.activeFor(officer));
		model.addAttribute("process", processFilter);
		model.addAttribute("step", stepFilter);
		model.addAttribute("q", q);
		model.addAttribute("who", who);
		model.addAttribute("sort", sort);
		model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
		model.addAttribute("steps", inbox.steps(officer));
		model.addAttribute("savedFilters", savedFilters.of(officer));
		model.addAttribute("query", request.getQueryString() == null ? ""
				: request.getQueryString().replaceAll("(^|&)cursor=[^&]*", ""));
		return "pages/inbox";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/**
	 * Claims every chosen task the officer may claim, each through {@link Inbox#claim} as one claim would; those
	 * claimed by someone else meanwhile are named in the answer, the others stay claimed.
	 */
	@PostMapping("/inbox/claims")
	String claimAll(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestParam(name = "taskIds", required = false) List<String> taskIds,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		int claimed = 0;
		int missed = 0;
		for (String taskId : taskIds == null ? List.<String>of() : taskIds) {
			try {
				inbox.claim(officer, taskId);
				claimed++;
			}
			catch (ApiProblem meanwhile) {
				if (meanwhile.status() != HttpStatus.CONFLICT) {
					throw meanwhile;
				}
				missed++;
			}
		}
		redirect.addFlashAttribute("claimed", claimed);
		redirect.addFlashAttribute("missed", missed);
		return "redirect:/inbox" + (back.isBlank() ? "" : "?" + back);
	}

	/** Saves the inbox's current filters under a name; the same name replaces the filter saved before. */
	@PostMapping("/inbox/saved-filters")
	String saveFilter(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		SavedFilters.NewFilter filter = new SavedFilters.NewFilter(name, query);
		if (!validator.validate(filter).isEmpty()) {
			redirect.addFlashAttribute("filterError", true);
		}
		else {
			try {
				savedFilters.save(officer, filter);
			}
			catch (ApiProblem full) {
				format.explainConflict(full, redirect, "filterProblem");
			}
		}
		return "redirect:/inbox" + (query.isBlank() ? "" : "?" + query);
	}

	@PostMapping("/inbox/saved-filters/{id}/delete")
	String deleteFilter(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		savedFilters.delete(officer, id);
		return "redirect:/inbox";
	}

	/** Reminders and supervision entries, newest first: unread ones unless {@code all}, of one kind if given. */
	@GetMapping("/notices")
	String notices(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestParam(required = false) DeadlineNotice.Kind kind, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("page", notices.page(officer, new Notices.Filter(kind, null, null, null, all), cursor,
				PAGE_SIZE));
		model.addAttribute("kind", kind);
		model.addAttribute("all", all);
		return "pages/notices";
	}

	@PostMapping("/notices/{id}/acknowledge")
	String acknowledge(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		notices.acknowledge(officer, id);
		return "redirect:/notices";
	}

	@GetMapping("/tasks/{id}")
	String task(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id, Model model) {
		return taskPage(officer, id, null, new LinkedMultiValueMap<>(), Map.of(), null, model);
	}

	@PostMapping("/tasks/{id}/claim")
	String claim(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		inbox.claim(officer, id);
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/unclaim")
	String unclaim(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id) {
		inbox.unclaim(officer, id);
		return "redirect:/tasks/" + id;
	}

	/**
	 * Takes the action with the form's values as its JSON body. A refusal about a field shows the form again with
	 * the message beside that field and everything entered kept.
	 */
	@PostMapping("/tasks/{id}/actions/{action}")
	String act(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id, @PathVariable String action,
			@RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
		OpenTask task = inbox.task(officer, id);
		ActionForms.ActionForm form = forms.forms(task, inbox.actionTypes(officer, id)).stream()
			.filter(f -> f.action().equals(action))
			.findFirst()
			.orElseThrow(() -> ApiProblem.notFound("Action"));
		Map<String, String> errors = new HashMap<>();
		ObjectNode body = forms.body(form, values, errors);
		if (!errors.isEmpty()) {
			return refused(officer, id, action, values, errors, model);
		}
		try {
			inbox.act(officer, id, action, body, null);
		}
		catch (ConstraintViolationException invalid) {
			invalid.getConstraintViolations().forEach(violation -> errors.putIfAbsent(
					ActionForms.fieldOf(violation.getPropertyPath().toString()), violation.getMessage()));
			return refused(officer, id, action, values, errors, model);
		}
		catch (ApiProblem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			errors.put(problem.field() == null ? "" : ActionForms.fieldOf(problem.field()), format.problem(problem));
			return refused(officer, id, action, values, errors, model);
		}
		redirect.addFlashAttribute("done", format.message("step." + task.process() + "." + task.step(), task.stepName()));
		return "redirect:/inbox";
	}

	private String refused(SignedInOfficer officer, String id, String action, MultiValueMap<String, String> values,
			Map<String, String> errors, Model model) {
		model.addAttribute("refused", true);
		return taskPage(officer, id, action, values, errors, null, model);
	}

	@PostMapping("/tasks/{id}/deadline/{change}")
	String changeDeadline(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable String id,
			@PathVariable String change, @RequestParam(required = false) Integer workingDays,
			@RequestParam(defaultValue = "") String reason, Model model) {
		String error = reason.isBlank() || reason.length() > 500 ? "reason"
				: "extension".equals(change) && (workingDays == null || workingDays < 1 || workingDays > 60)
						? "workingDays" : null;
		if (error != null) {
			return taskPage(officer, id, null, new LinkedMultiValueMap<>(), Map.of(), error, model);
		}
		try {
			switch (change) {
				case "extension" -> deadlines.extend(officer, id, workingDays, reason.trim());
				case "suspension" -> deadlines.suspend(officer, id, reason.trim());
				case "resumption" -> deadlines.resume(officer, id, reason.trim());
				default -> throw ApiProblem.notFound("Page");
			}
		}
		catch (ApiProblem problem) {
			if (!TaskDeadlines.EXTENSION_LIMIT.equals(problem.rule())) {
				throw problem;
			}
			return taskPage(officer, id, null, new LinkedMultiValueMap<>(), Map.of(), problem.rule(), model);
		}
		return "redirect:/tasks/" + id;
	}

	private String taskPage(SignedInOfficer officer, String id, String action, MultiValueMap<String, String> values,
			Map<String, String> errors, String deadlineError, Model model) {
		OpenTask task = inbox.task(officer, id);
		List<ActionForms.ActionForm> actionForms = forms.forms(task, inbox.actionTypes(officer, id));
		model.addAttribute("task", task);
		// What the decision is about, where the officer may see it.
		model.addAttribute("caseView", task.caseId() == null ? null
				: PageFormat.ifVisible(() -> cases.get(officer, task.caseId())).orElse(null));
		model.addAttribute("transfer", LeadTransferProcess.KEY.equals(task.process()) && task.recordId() != null
				? PageFormat.ifVisible(() -> transfers.get(officer, UUID.fromString(task.recordId()))).orElse(null)
				: null);
		List<ActionForms.ActionForm> allowed = actionForms.stream()
			.filter(form -> task.allowedActions().contains(form.action()))
			.toList();
		model.addAttribute("primaryForms", allowed.stream().filter(ActionForms.ActionForm::primary).toList());
		model.addAttribute("secondaryForms", allowed.stream().filter(form -> !form.primary()).toList());
		model.addAttribute("documents", needsDocuments(actionForms) ? documentsOf(officer, task) : List.of());
		model.addAttribute("submitted", action);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("deadlineError", deadlineError);
		return "pages/task";
	}

	private static boolean needsDocuments(List<ActionForms.ActionForm> actionForms) {
		return actionForms.stream().flatMap(f -> f.fields().stream())
			.anyMatch(f -> f.kind() == ActionForms.Kind.DOCUMENTS);
	}

	/** The documents of the task's case the officer may see, to choose from; none when they see no documents. */
	private List<Document> documentsOf(SignedInOfficer officer, OpenTask task) {
		if (task.caseId() == null) {
			return List.of();
		}
		try {
			return documents.list(officer, task.caseId());
		}
		catch (ApiProblem notVisible) {
			return List.of();
		}
	}
}
