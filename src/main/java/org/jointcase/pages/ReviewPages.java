package org.jointcase.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.CaseFilter;
import org.jointcase.cases.CaseViews.CaseSummary;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.Cases;
import org.jointcase.directory.Directory;
import org.jointcase.reviews.ReviewInputs.Convening;
import org.jointcase.reviews.ReviewInputs.MaterialInput;
import org.jointcase.reviews.ReviewViews.ReviewView;
import org.jointcase.reviews.Reviews;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Convening a joint review (coordinators), and the review's record with the opinions, the conclusion and the
 * follow-up actions as {@link Reviews} shows them to the officer's agency.
 */
@Controller
class ReviewPages {

	private final ModelLabels labels;

	/** The cases a coordinator chooses from: the latest ones their agency sees. */
	private static final int CASE_CHOICES = 50;

	private final Reviews reviews;
	private final Cases cases;
	private final CaseDocuments documents;
	private final Directory directory;
	private final PageFormat format;
	private final Validator validator;

	ReviewPages(Reviews reviews, Cases cases, CaseDocuments documents, Directory directory,
			PageFormat format, Validator validator, ModelLabels labels) {
		this.labels = labels;
		this.reviews = reviews;
		this.cases = cases;
		this.documents = documents;
		this.directory = directory;
		this.format = format;
		this.validator = validator;
	}

	/**
	 * What the coordinator typed into the convening form; {@code materials} are {@code caseId/documentId} pairs and the
	 * times are as the browser's date and time inputs send them, in Asia/Shanghai.
	 */
	record ReviewForm(String title, String agenda, List<UUID> caseIds, List<String> participants,
			List<String> materials, String opinionDueDate, String meetingAt, String agencyName, String departmentCode,
			String regionCode) {

		static ReviewForm of(UUID caseId) {
			return new ReviewForm(null, null, caseId == null ? List.of() : List.of(caseId), List.of(), List.of(), null,
					null, null, null, null);
		}

		public AgencySearch search() {
			return new AgencySearch(agencyName, departmentCode, regionCode);
		}

		public List<UUID> chosenCases() {
			return caseIds == null ? List.of() : caseIds;
		}

		public List<String> chosenAgencies() {
			return participants == null ? List.of() : participants;
		}

		public List<String> chosenMaterials() {
			return materials == null ? List.of() : materials;
		}

		/** The request the form stands for; what cannot be read as a date or time goes into {@code errors}. */
		Convening convening(Map<String, String> errors) {
			LocalDate due = null;
			if (opinionDueDate != null && !opinionDueDate.isBlank()) {
				try {
					due = LocalDate.parse(opinionDueDate);
				}
				catch (DateTimeParseException notDate) {
					errors.put("opinionDueDate", "date");
				}
			}
			Instant meeting = null;
			if (meetingAt != null && !meetingAt.isBlank()) {
				try {
					meeting = LocalDateTime.parse(meetingAt).atZone(WorkingCalendar.ZONE).toInstant();
				}
				catch (DateTimeParseException notTime) {
					errors.put("meetingAt", "datetime");
				}
			}
			List<MaterialInput> chosen = new ArrayList<>();
			for (String material : chosenMaterials()) {
				String[] ids = material.split("/");
				try {
					UUID caseId = UUID.fromString(ids[0]);
					// A material of a case taken off the list no longer goes with the review.
					if (chosenCases().contains(caseId)) {
						chosen.add(new MaterialInput(caseId, UUID.fromString(ids[ids.length - 1])));
					}
				}
				catch (IllegalArgumentException notIds) {
					errors.put("materials", "caseId/documentId");
				}
			}
			return new Convening(title, agenda, chosenCases(), chosenAgencies(), chosen, due, meeting);
		}
	}

	/** A document of a chosen case, offered as material. */
	record MaterialChoice(String value, String caseReference, String fileName) {
	}

	@GetMapping("/reviews/new")
	String newReview(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestParam(required = false) UUID caseId, Model model) {
		return form(officer, ReviewForm.of(caseId), AgencySearch.NONE, Map.of(), model);
	}

	/** Searches the directory (the search button) or convenes the review. */
	@PostMapping("/reviews")
	String convene(@AuthenticationPrincipal SignedInOfficer officer, @ModelAttribute ReviewForm form,
			@RequestParam(required = false) String search, Model model) {
		if (search != null) {
			return form(officer, form, form.search(), Map.of(), model);
		}
		Map<String, String> errors = new HashMap<>();
		Convening convening = form.convening(errors);
		for (ConstraintViolation<Convening> violation : validator.validate(convening)) {
			errors.putIfAbsent(ActionForms.fieldOf(violation.getPropertyPath().toString()), violation.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				return "redirect:/reviews/" + reviews.convene(officer, convening, null).id();
			}
			catch (ApiProblem problem) {
				if (problem.status() != HttpStatus.BAD_REQUEST) {
					throw problem;
				}
				errors.put(ActionForms.fieldOf(problem.field()), format.problem(problem));
			}
		}
		return form(officer, form, form.search(), errors, model);
	}

	private String form(SignedInOfficer officer, ReviewForm form, AgencySearch search, Map<String, String> errors,
			Model model) {
		reviews.requireConvener(officer);
		List<CaseSummary> visible = cases.list(officer, new CaseFilter(null, null, null, null, null), null,
				CASE_CHOICES).items();
		List<MaterialChoice> materials = new ArrayList<>();
		for (CaseSummary summary : visible) {
			if (form.chosenCases().contains(summary.id())) {
				for (Document document : documents.list(officer, summary.id())) {
					materials.add(new MaterialChoice(summary.id() + "/" + document.id(), summary.reference(),
							document.fileName()));
				}
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("caseChoices", visible);
		model.addAttribute("materialChoices", materials);
		model.addAttribute("searched", search != AgencySearch.NONE);
		model.addAttribute("found", search == AgencySearch.NONE ? List.of() : search.run(directory));
		model.addAttribute("departments", directory.departments());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("errors", errors);
		return "pages/review-form";
	}

	@GetMapping("/reviews/{id}")
	String review(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		ReviewView review = reviews.get(officer, id);
		model.addAttribute("review", review);
		model.addAttribute("record", reviews.process(officer, id).orElse(null));
		return "pages/review";
	}

	@GetMapping(path = "/reviews/{id}/model", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> model(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return labels.answer(reviews.processModel(officer, id));
	}

	@PostMapping("/reviews/{id}/close-opinion-phase")
	String closeOpinionPhase(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			reviews.closeOpinionPhaseEarly(officer, id);
		}
		catch (ApiProblem problem) {
			format.explainConflict(problem, redirect, "reviewProblem");
		}
		return "redirect:/reviews/" + id;
	}

	@PostMapping("/reviews/{id}/actions/{actionId}/cancel")
	String cancelAction(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable UUID actionId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		if (!PageFormat.isReason(reason)) {
			redirect.addFlashAttribute("cancelError", actionId);
			return "redirect:/reviews/" + id + "#actions";
		}
		try {
			reviews.cancelAction(officer, id, actionId, reason);
		}
		catch (ApiProblem problem) {
			format.explainConflict(problem, redirect, "reviewProblem");
		}
		return "redirect:/reviews/" + id + "#actions";
	}
}
