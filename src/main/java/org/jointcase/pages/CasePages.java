package org.jointcase.pages;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jointcase.alerts.Alerts;
import org.jointcase.assistance.AssistanceRequests;
import org.jointcase.assistance.AssistanceViews.RequestSummary;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.CaseCategory;
import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.CaseFilter;
import org.jointcase.cases.CaseInput;
import org.jointcase.cases.CaseStatus;
import org.jointcase.cases.CaseViews.CaseView;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.CaseViews.Party;
import org.jointcase.cases.Cases;
import org.jointcase.cases.PartyKind;
import org.jointcase.cases.ReportChannel;
import org.jointcase.cases.ShareRequest;
import org.jointcase.cases.ShareScope;
import org.jointcase.calendar.WorkingCalendar;
import org.jointcase.directory.Directory;
import org.jointcase.disclosures.InformantRequests;
import org.jointcase.disclosures.NewInformantRequest;
import org.jointcase.intake.HotSpots;
import org.jointcase.leads.LeadTransfers;
import org.jointcase.leads.TransferView;
import org.jointcase.reviews.ReviewViews.ReviewSummary;
import org.jointcase.reviews.Reviews;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
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
 * The case pages: search and list, create, read, edit with the optimistic-concurrency check, documents, notes and
 * shares. {@link Cases}, {@link CaseDocuments} and the case access checks behind them decide what each officer sees
 * and may change; these pages only show it.
 */
@Controller
class CasePages {

	private static final int PAGE_SIZE = 25;

	private final Cases cases;
	private final CaseStandings standings;
	private final CaseDocuments documents;
	private final Directory directory;
	private final LeadTransfers transfers;
	private final AssistanceRequests requests;
	private final HotSpots hotSpots;
	private final Reviews reviews;
	private final InformantRequests informantRequests;
	private final Alerts alerts;
	private final Validator validator;

	CasePages(Cases cases, CaseDocuments documents, Directory directory, LeadTransfers transfers,
			AssistanceRequests requests, Reviews reviews, InformantRequests informantRequests, Alerts alerts,
			Validator validator, CaseStandings standings, HotSpots hotSpots) {
		this.standings = standings;
		this.informantRequests = informantRequests;
		this.alerts = alerts;
		this.hotSpots = hotSpots;
		this.transfers = transfers;
		this.requests = requests;
		this.reviews = reviews;
		this.cases = cases;
		this.documents = documents;
		this.directory = directory;
		this.validator = validator;
	}

	/** The choices every case form offers. */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categories", CaseCategory.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("partyKinds", PartyKind.values());
		model.addAttribute("channels", ReportChannel.values());
		model.addAttribute("scopes", ShareScope.values());
		model.addAttribute("regions", directory.regions());
	}

	@GetMapping("/cases")
	String list(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) CaseCategory category, @RequestParam(required = false) String region,
			@RequestParam(required = false) String creditCode, @RequestParam(required = false) String q,
			@RequestParam(required = false) String cursor, Model model) {
		CaseFilter filter = new CaseFilter(status, category, blankToNull(region), blankToNull(creditCode),
				blankToNull(q));
		model.addAttribute("filter", filter);
		model.addAttribute("page", cases.list(officer, filter, cursor, PAGE_SIZE));
		return "pages/cases";
	}

	@GetMapping("/cases/new")
	String newCase(Model model) {
		model.addAttribute("form", new CaseForm().withBlankParty());
		return "pages/case-form";
	}

	@PostMapping("/cases")
	String create(@AuthenticationPrincipal SignedInOfficer officer, @ModelAttribute("form") CaseForm form,
			Model model) {
		CaseInput input = form.withoutBlankParties().input();
		Map<String, String> errors = validate(input);
		if (errors.isEmpty()) {
			try {
				return "redirect:/cases/" + cases.create(officer, input, form.getSubmission()).id();
			}
			catch (ApiProblem problem) {
				errors.putAll(fieldError(problem));
			}
		}
		return formAgain(form, errors, model);
	}

	@GetMapping("/cases/{id}")
	String read(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		CaseView view = cases.get(officer, id);
		Set<String> allowed = view.allowedActions();
		model.addAttribute("caseView", view);
		model.addAttribute("allowed", allowed);
		model.addAttribute("notes", allowed.contains(CaseAccess.READ_NOTES) ? cases.notes(officer, id) : List.of());
		model.addAttribute("timeline",
				allowed.contains(CaseAccess.READ_TIMELINE) ? cases.timeline(officer, id) : List.of());
		model.addAttribute("documents",
				allowed.contains(CaseAccess.LIST_DOCUMENTS) ? documents.list(officer, id) : List.of());
		model.addAttribute("shares", allowed.contains(CaseAccess.LIST_SHARES) ? cases.shares(officer, id) : List.of());
		model.addAttribute("agencies",
				allowed.contains(CaseAccess.SHARE) ? directory.searchAgencies(null, null, null) : List.of());
		List<TransferView> caseTransfers = transfers.ofCase(officer, id);
		List<RequestSummary> caseRequests = requests.ofCase(officer, id);
		List<ReviewSummary> caseReviews = reviews.ofCase(officer, id);
		model.addAttribute("transfers", caseTransfers);
		model.addAttribute("requests", caseRequests);
		model.addAttribute("reviews", caseReviews);
		model.addAttribute("standings", standings.of(officer, caseTransfers, caseRequests, caseReviews));
		model.addAttribute("informantRequests", informantRequests.ofCase(officer, id));
		List<Party> businesses = view.parties().stream().filter(party -> party.kind() == PartyKind.BUSINESS).toList();
		model.addAttribute("alerts", alerts.activeAbout(officer, businesses.stream().map(Party::creditCode).toList(),
				businesses.stream().map(Party::name).toList()));
		model.addAttribute("hotSpots", hotSpots.hotSpotsAmong(businesses.stream()
			.map(Party::creditCode)
			.filter(Objects::nonNull)
			.toList()));
		return "pages/case";
	}

	/**
	 * Shows the informant's identity unmasked on the case page, once: {@link Cases#revealInformant} decides and
	 * audits it; the next visit shows it masked again.
	 */
	@PostMapping("/cases/{id}/informant/reveal")
	String revealInformant(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		model.addAttribute("revealed", cases.revealInformant(officer, id));
		return read(officer, id, model);
	}

	/** The owner agency asks the agency that recorded the informant for the identity. */
	@PostMapping("/cases/{id}/informant-requests")
	String requestInformant(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (!PageFormat.isReason(reason)) {
			redirect.addFlashAttribute("informantRequestError", true);
		}
		else {
			informantRequests.request(officer, id, new NewInformantRequest(reason.trim()));
		}
		return "redirect:/cases/" + id + "#informant";
	}

	@GetMapping("/cases/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		CaseView view = cases.forEdit(officer, id);
		model.addAttribute("form", CaseForm.of(view).withBlankParty());
		model.addAttribute("caseId", id);
		return "pages/case-form";
	}

	/**
	 * Saves an edit made on the version the form was read at. When someone else saved in between, the service
	 * refuses with 412 and the form comes back with what the officer typed and an explanation.
	 */
	@PostMapping("/cases/{id}")
	String update(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@ModelAttribute("form") CaseForm form, Model model) {
		model.addAttribute("caseId", id);
		CaseInput input = form.withoutBlankParties().input();
		Map<String, String> errors = validate(input);
		if (errors.isEmpty()) {
			try {
				cases.update(officer, id, form.getVersion() == null ? -1 : form.getVersion(), input);
				return "redirect:/cases/" + id;
			}
			catch (ApiProblem problem) {
				if (problem.status() == HttpStatus.PRECONDITION_FAILED) {
					model.addAttribute("conflict", true);
					model.addAttribute("currentVersion", cases.get(officer, id).version());
					return formAgain(form, errors, model);
				}
				errors.putAll(fieldError(problem));
			}
		}
		return formAgain(form, errors, model);
	}

	private String formAgain(CaseForm form, Map<String, String> errors, Model model) {
		form.withBlankParty();
		model.addAttribute("errors", errors);
		model.addAttribute("refused", true);
		return "pages/case-form";
	}

	@PostMapping("/cases/{id}/notes")
	String addNote(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		if (text.isBlank() || text.length() > 10000) {
			redirect.addFlashAttribute("noteError", true);
			redirect.addFlashAttribute("noteText", text);
		}
		else {
			cases.addNote(officer, id, text);
		}
		return "redirect:/cases/" + id + "#notes";
	}

	@PostMapping("/cases/{id}/documents")
	String upload(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadError", true);
		}
		else {
			Document stored = documents.upload(officer, id, file.getOriginalFilename(), file.getContentType(),
					file.getInputStream());
			redirect.addFlashAttribute("uploaded", stored.fileName());
		}
		return "redirect:/cases/" + id + "#documents";
	}

	@GetMapping("/cases/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable UUID id, @PathVariable UUID documentId) {
		return documents.download(officer, id, documentId).toResponse();
	}

	/** A supervisor of the owner agency shares the case; a share until a date lasts to the end of that day. */
	@PostMapping("/cases/{id}/shares")
	String share(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String scope,
			@RequestParam(defaultValue = "false") boolean includeInformant,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) LocalDate expiresOn,
			@RequestParam(required = false) List<UUID> documentIds, RedirectAttributes redirect) {
		ShareScope chosen = Arrays.stream(ShareScope.values()).filter(s -> s.name().equals(scope)).findFirst()
			.orElse(null);
		if (agencyCode.isBlank() || chosen == null || reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("shareError", agencyCode.isBlank() ? "agencyCode"
					: chosen == null ? "scope" : "reason");
			return "redirect:/cases/" + id + "#shares";
		}
		try {
			cases.share(officer, id, new ShareRequest(agencyCode, chosen, includeInformant, reason,
					expiresOn == null ? null
							: expiresOn.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant(),
					documentIds));
		}
		catch (ApiProblem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			redirect.addFlashAttribute("shareError", problem.field());
			redirect.addFlashAttribute("shareProblem", problem.getMessage());
		}
		return "redirect:/cases/" + id + "#shares";
	}

	@PostMapping("/cases/{id}/shares/{shareId}/revoke")
	String revoke(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@PathVariable UUID shareId) {
		cases.revokeShare(officer, id, shareId);
		return "redirect:/cases/" + id + "#shares";
	}

	/** The same Bean Validation the API runs on a request body, named by the form's fields. */
	private Map<String, String> validate(CaseInput input) {
		Map<String, String> errors = new HashMap<>();
		for (ConstraintViolation<CaseInput> violation : validator.validate(input)) {
			errors.putIfAbsent(CaseForm.field(violation.getPropertyPath().toString()), violation.getMessage());
		}
		return errors;
	}

	private static Map<String, String> fieldError(ApiProblem problem) {
		if (problem.status() != HttpStatus.BAD_REQUEST && problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
			throw problem;
		}
		return Map.of(problem.field() == null ? "" : CaseForm.field(problem.field()), problem.getMessage());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
