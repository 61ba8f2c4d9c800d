package org.jointcase.pages;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jointcase.assistance.AssistanceRequests;
import org.jointcase.assistance.NewAssistanceRequest;
import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.Cases;
import org.jointcase.directory.Directory;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking other agencies for assistance from the case page, and the request's record as
 * {@link AssistanceRequests} cuts it for the officer's agency: the requester sees every addressed agency, an
 * addressed agency its own part.
 */
@Controller
class AssistancePages {

	private final ModelLabels labels;

	private final AssistanceRequests requests;
	private final Cases cases;
	private final CaseDocuments documents;
	private final Directory directory;
	private final PageFormat format;
	private final Validator validator;

	AssistancePages(AssistanceRequests requests, Cases cases, CaseDocuments documents, Directory directory,
			PageFormat format, Validator validator, ModelLabels labels) {
		this.labels = labels;
		this.requests = requests;
		this.cases = cases;
		this.documents = documents;
		this.directory = directory;
		this.format = format;
		this.validator = validator;
	}

	/** One item as typed; a row left empty is skipped, and one empty row is always offered for one more. */
	record ItemForm(String question, String toCheck, String businessName, String creditCode) {

		boolean blank() {
			return isBlank(question) && isBlank(toCheck) && isBlank(businessName) && isBlank(creditCode);
		}

		NewAssistanceRequest.Item item() {
			return new NewAssistanceRequest.Item(question, isBlank(toCheck) ? null : toCheck,
					new NewAssistanceRequest.Business(businessName, isBlank(creditCode) ? null : creditCode.trim()));
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}
	}

	record AssistanceForm(List<ItemForm> items, List<String> addressees, List<UUID> documentIds, String agencyName,
			String departmentCode, String regionCode, String idempotencyKey) {

		static AssistanceForm blank() {
			return new AssistanceForm(List.of(), List.of(), List.of(), null, null, null, UUID.randomUUID().toString());
		}

		public AgencySearch search() {
			return new AgencySearch(agencyName, departmentCode, regionCode);
		}

		public List<String> chosenAgencies() {
			return addressees == null ? List.of() : addressees;
		}

		public List<UUID> chosenDocuments() {
			return documentIds == null ? List.of() : documentIds;
		}

		/** The typed items without empty rows, and one empty row after them. */
		public List<ItemForm> rows() {
			List<ItemForm> rows = new ArrayList<>(filled());
			rows.add(new ItemForm(null, null, null, null));
			return rows;
		}

		List<ItemForm> filled() {
			return items == null ? List.of() : items.stream().filter(item -> item != null && !item.blank()).toList();
		}

		NewAssistanceRequest request() {
			return new NewAssistanceRequest(filled().stream().map(ItemForm::item).toList(), chosenAgencies(),
					chosenDocuments());
		}
	}

	@GetMapping("/cases/{caseId}/assistance-requests/new")
	String newRequest(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId, Model model) {
		return form(officer, caseId, AssistanceForm.blank(), AgencySearch.NONE, Map.of(), model);
	}

	/** Searches the directory, adds an item row, or sends the request to the supervisor. */
	@PostMapping("/cases/{caseId}/assistance-requests")
	String create(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId,
			@ModelAttribute AssistanceForm form, @RequestParam(required = false) String search, Model model) {
		if (search != null) {
			return form(officer, caseId, form, form.search(), Map.of(), model);
		}
		Map<String, String> errors = new HashMap<>();
		NewAssistanceRequest request = form.request();
		for (ConstraintViolation<NewAssistanceRequest> violation : validator.validate(request)) {
			errors.putIfAbsent(field(violation.getPropertyPath().toString()), violation.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				return "redirect:/assistance-requests/" + requests.create(officer, caseId, request,
						form.idempotencyKey()).id();
			}
			catch (ApiProblem problem) {
				if (problem.status() == HttpStatus.NOT_FOUND || problem.status() == HttpStatus.FORBIDDEN) {
					throw problem;
				}
				errors.put(problem.field() == null ? "request" : field(problem.field()), format.problem(problem));
			}
		}
		return form(officer, caseId, form, form.search(), errors, model);
	}

	/**
	 * A violation's path as the form names its field: {@code items[0].business.name} is the row's
	 * {@code items[0].businessName}; a list refused as a whole ({@code addressees[2]}) is the list.
	 */
	static String field(String path) {
		String named = path.replace("business.name", "businessName").replace("business.creditCode", "creditCode");
		return named.startsWith("items[") ? named : ActionForms.fieldOf(named);
	}

	private String form(SignedInOfficer officer, UUID caseId, AssistanceForm form, AgencySearch search,
			Map<String, String> errors, Model model) {
		requests.requireAsker(officer, caseId);
		model.addAttribute("caseView", cases.get(officer, caseId));
		model.addAttribute("documents", documents.list(officer, caseId));
		model.addAttribute("form", form);
		model.addAttribute("searched", search != AgencySearch.NONE);
		model.addAttribute("found", search == AgencySearch.NONE ? List.of()
				: search.run(directory).stream().filter(a -> !a.code().equals(officer.agencyCode())).toList());
		model.addAttribute("departments", directory.departments());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("errors", errors);
		return "pages/assistance-form";
	}

	@GetMapping("/assistance-requests/{id}")
	String request(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		model.addAttribute("request", requests.get(officer, id));
		model.addAttribute("record", requests.process(officer, id).orElse(null));
		return "pages/assistance";
	}

	@GetMapping(path = "/assistance-requests/{id}/model", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> model(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return labels.answer(requests.processModel(officer, id));
	}

	/** The requester replaces an agency that declined, as the API's readdress does. */
	@PostMapping("/assistance-requests/{id}/addressees/{agency}/readdress")
	String readdress(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable String agency, @RequestParam(defaultValue = "") String agencyCode,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (agencyCode.isBlank()) {
			redirect.addFlashAttribute("readdressProblem", format.message("assistance.readdress.agency", "Agency to ask instead"));
			redirect.addFlashAttribute("readdressAgency", agency);
			return "redirect:/assistance-requests/" + id;
		}
		try {
			requests.readdress(officer, id, agency, agencyCode.trim(), reason.isBlank() ? null : reason.trim());
		}
		catch (ApiProblem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND || problem.status() == HttpStatus.FORBIDDEN) {
				throw problem;
			}
			redirect.addFlashAttribute("readdressProblem", format.problem(problem));
			redirect.addFlashAttribute("readdressAgency", agency);
		}
		return "redirect:/assistance-requests/" + id;
	}

	/** The addressed agency asks for more working days before its period ends, as the API's extension request. */
	@PostMapping("/assistance-requests/{id}/addressees/{agency}/extension")
	String askExtension(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable String agency, @RequestParam(required = false) Integer workingDays,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (workingDays == null || workingDays < 1 || workingDays > 60 || !PageFormat.isReason(reason)
				|| reason.length() > 500) {
			redirect.addFlashAttribute("extensionError", true);
			return "redirect:/assistance-requests/" + id;
		}
		try {
			requests.askExtension(officer, id, agency, workingDays, reason.trim());
		}
		catch (ApiProblem problem) {
			format.explainConflict(problem, redirect, "extensionProblem");
		}
		return "redirect:/assistance-requests/" + id;
	}

	/** The addressed agency uploads a document for its reply, which the reply in the inbox then names. */
	@PostMapping("/assistance-requests/{id}/addressees/{agency}/documents")
	String upload(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable String agency, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadError", true);
			return "redirect:/assistance-requests/" + id;
		}
		try (InputStream content = file.getInputStream()) {
			requests.upload(officer, id, agency, file.getOriginalFilename(), file.getContentType(), content);
		}
		catch (ApiProblem problem) {
			format.explainConflict(problem, redirect, "uploadProblem");
		}
		return "redirect:/assistance-requests/" + id;
	}

	@PostMapping("/assistance-requests/{id}/cancel")
	String cancel(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (!PageFormat.isReason(reason)) {
			redirect.addFlashAttribute("cancelError", true);
			return "redirect:/assistance-requests/" + id;
		}
		try {
			requests.cancel(officer, id, reason.trim());
		}
		catch (ApiProblem problem) {
			format.explainConflict(problem, redirect, "cancelProblem");
		}
		return "redirect:/assistance-requests/" + id;
	}
}
