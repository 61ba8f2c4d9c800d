package org.jointcase.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.CaseViews.CaseView;
import org.jointcase.cases.Cases;
import org.jointcase.directory.Directory;
import org.jointcase.leads.LeadTransfers;
import org.jointcase.leads.TransferProposal;
import org.jointcase.leads.TransferView;
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
 * Proposing a transfer from the case page, with the conflict check shown before it is sent, and the transfer record
 * that sender, target and designating agency read alike. {@link LeadTransfers} decides who may do and see what.
 */
@Controller
class TransferPages {

	private final ModelLabels labels;

	private final LeadTransfers transfers;
	private final Cases cases;
	private final CaseDocuments documents;
	private final Directory directory;
	private final PageFormat format;
	private final Validator validator;

	TransferPages(LeadTransfers transfers, Cases cases, CaseDocuments documents, Directory directory,
			PageFormat format, Validator validator, ModelLabels labels) {
		this.labels = labels;
		this.format = format;
		this.transfers = transfers;
		this.cases = cases;
		this.documents = documents;
		this.directory = directory;
		this.validator = validator;
	}

	/**
	 * What the officer typed into the transfer form. {@code idempotencyKey} is made when the form is first shown, so
	 * that a second press of the button answers the transfer the first one made.
	 */
	record TransferForm(String targetAgency, String reason, Boolean suspectedCrime, List<UUID> documentIds,
			String agencyName, String departmentCode, String regionCode, String idempotencyKey) {

		static TransferForm blank() {
			return new TransferForm(null, null, null, List.of(), null, null, null, UUID.randomUUID().toString());
		}

		public AgencySearch search() {
			return new AgencySearch(agencyName, departmentCode, regionCode);
		}

		TransferProposal proposal() {
			return new TransferProposal(targetAgency, reason, Boolean.TRUE.equals(suspectedCrime), chosen());
		}

		public List<UUID> chosen() {
			return documentIds == null ? List.of() : documentIds;
		}
	}

	@GetMapping("/cases/{caseId}/transfers/new")
	String newTransfer(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId, Model model) {
		return form(officer, caseId, TransferForm.blank(), AgencySearch.NONE, Map.of(), model);
	}

	/**
	 * Searches the directory (the search button) or proposes the transfer. A refused proposal comes back with what
	 * was typed and each refusal beside its field; one the service refuses for the case as a whole above the form.
	 */
	@PostMapping("/cases/{caseId}/transfers")
	String propose(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId,
			@ModelAttribute TransferForm form, @RequestParam(required = false) String search, Model model) {
		if (search != null) {
			return form(officer, caseId, form, form.search(), Map.of(), model);
		}
		Map<String, String> errors = new HashMap<>();
		for (ConstraintViolation<TransferProposal> violation : validator.validate(form.proposal())) {
			errors.putIfAbsent(ActionForms.fieldOf(violation.getPropertyPath().toString()), violation.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				TransferView proposed = transfers.propose(officer, caseId, form.proposal(), form.idempotencyKey());
				return "redirect:/transfers/" + proposed.id();
			}
			catch (ApiProblem problem) {
				if (problem.status() == HttpStatus.NOT_FOUND || problem.status() == HttpStatus.FORBIDDEN) {
					throw problem;
				}
				errors.put(problem.field() == null ? "caseId" : problem.field(), format.problem(problem));
			}
		}
		return form(officer, caseId, form, form.search(), errors, model);
	}

	private String form(SignedInOfficer officer, UUID caseId, TransferForm form, AgencySearch search,
			Map<String, String> errors, Model model) {
		CaseView caseView = cases.get(officer, caseId);
		model.addAttribute("caseView", caseView);
		model.addAttribute("check", transfers.check(officer, caseId));
		model.addAttribute("documents", documents.list(officer, caseId));
		model.addAttribute("form", form);
		model.addAttribute("searched", search != AgencySearch.NONE);
		model.addAttribute("found", search == AgencySearch.NONE ? List.of()
				: search.run(directory).stream().filter(a -> !a.code().equals(officer.agencyCode())).toList());
		model.addAttribute("chosenAgencies", form.targetAgency() == null || form.targetAgency().isBlank() ? List.of()
				: List.of(form.targetAgency()));
		model.addAttribute("departments", directory.departments());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("errors", errors);
		return "pages/transfer-form";
	}

	@GetMapping("/transfers/{id}")
	String transfer(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		TransferView transfer = transfers.get(officer, id);
		model.addAttribute("transfer", transfer);
		model.addAttribute("record", transfers.process(officer, id).orElse(null));
		return "pages/transfer";
	}

	@GetMapping(path = "/transfers/{id}/model", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<byte[]> model(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return labels.answer(transfers.processModel(officer, id));
	}

	@PostMapping("/transfers/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (!PageFormat.isReason(reason)) {
			redirect.addFlashAttribute("withdrawError", true);
		}
		else {
			try {
				transfers.withdraw(officer, id, reason.trim());
			}
			catch (ApiProblem problem) {
				format.explainConflict(problem, redirect, "withdrawProblem");
			}
		}
		return "redirect:/transfers/" + id;
	}
}
