package org.jointcase.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.Inbox;
import org.jointcase.tasks.Notices;
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
	private final TaskDeadlines deadlines;
	private final CaseDocuments documents;
	private final ActionForms forms;

	InboxPages(Inbox inbox, Notices notices, TaskDeadlines deadlines, CaseDocuments documents, ActionForms forms) {
		this.inbox = inbox;
		this.notices = notices;
		this.deadlines = deadlines;
		this.documents = documents;
		this.forms = forms;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam(required = false) String process,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String cursor,
			Model model) {
		String processFilter = process == null || process.isBlank() ? null : process;
		model.addAttribute("page", inbox.open(officer, new Inbox.Filter(processFilter, null, null, overdue), false,
				cursor, PAGE_SIZE));
		model.addAttribute("counts", inbox.counts(officer));
		model.addAttribute("notices", notices.of(officer, false));
		model.addAttribute("process", processFilter);
		model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
		return "pages/inbox";
	}

	@PostMapping("/notices/{id}/acknowledge")
	String acknowledge(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		notices.acknowledge(officer, id);
		return "redirect:/inbox";
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
			errors.put(problem.field() == null ? "" : ActionForms.fieldOf(problem.field()), problem.getMessage());
			return refused(officer, id, action, values, errors, model);
		}
		redirect.addFlashAttribute("done", task.stepName());
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
		model.addAttribute("forms", actionForms);
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
