package org.jointcase.pages;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jointcase.alerts.Alerts;
import org.jointcase.intake.HotSpots;
import org.jointcase.intake.IntakeAttachments;
import org.jointcase.intake.IntakeBatches;
import org.jointcase.intake.IntakeChannel;
import org.jointcase.intake.IntakeItemView;
import org.jointcase.intake.IntakeItems;
import org.jointcase.intake.IntakeKind;
import org.jointcase.intake.IntakeStatus;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's intake queue, the item page (routing rationale, deadlines, messages, its files with the form that adds
 * one, what happened, and the link to the open step's decision forms, which the task page draws from the step's
 * actions), batch upload with its progress, and the hot-spot list. The intake module decides who may see and do what; the item page shows the active alerts
 * about its business that the officer's agency sees, as the case page does.
 */
@Controller
class IntakePages {

	private final IntakeItems items;
	private final IntakeBatches batches;
	private final HotSpots hotSpots;
	private final PageFormat format;
	private final Alerts alerts;
	private final IntakeAttachments attachments;

	IntakePages(IntakeItems items, IntakeBatches batches, HotSpots hotSpots, PageFormat format, Alerts alerts,
			IntakeAttachments attachments) {
		this.items = items;
		this.attachments = attachments;
		this.alerts = alerts;
		this.batches = batches;
		this.hotSpots = hotSpots;
		this.format = format;
	}

	@GetMapping("/intake")
	String queue(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam(required = false) IntakeKind kind,
			@RequestParam(required = false) IntakeChannel channel, @RequestParam(required = false) IntakeStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String business,
			Model model) {
		model.addAttribute("entries",
				items.queue(officer, new IntakeItems.QueueFilter(kind, channel, status, overdue, business), 200));
		model.addAttribute("filter", new IntakeItems.QueueFilter(kind, channel, status, overdue, business));
		model.addAttribute("kinds", IntakeKind.values());
		model.addAttribute("channels", IntakeChannel.values());
		model.addAttribute("statuses", IntakeStatus.values());
		return "pages/intake-queue";
	}

	@GetMapping("/intake/items/{id}")
	String item(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		IntakeItemView item = items.get(officer, id);
		model.addAttribute("item", item);
		model.addAttribute("alerts", item.business() == null ? List.of()
				: alerts.activeAbout(officer, Arrays.asList(item.business().creditCode()),
						List.of(item.business().name())));
		return "pages/intake-item";
	}

	/** Adds the chosen file to the item; without a file the page says to choose one. */
	@PostMapping("/intake/items/{id}/attachments")
	String attach(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("attachmentError", true);
		}
		else {
			redirect.addFlashAttribute("attached", attachments.add(officer, id, file.getOriginalFilename(),
					file.getContentType(), file.getInputStream()).fileName());
		}
		return "redirect:/intake/items/" + id + "#attachments";
	}

	@GetMapping("/intake/items/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return attachments.download(officer, id, attachmentId);
	}

	@GetMapping("/intake/batches/new")
	String newBatch(Model model) {
		return "pages/intake-batch";
	}

	/** Uploads the file; a malformed one comes back to the form with why, and nothing of it is imported. */
	@PostMapping("/intake/batches")
	String upload(@AuthenticationPrincipal SignedInOfficer officer, @RequestParam("file") MultipartFile file,
			Model model) throws IOException {
		try {
			return "redirect:/intake/batches/" + batches.upload(officer, file.getOriginalFilename(), file.getBytes()).id();
		}
		catch (ApiProblem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				throw problem;
			}
			model.addAttribute("uploadError", format.problem(problem));
			return "pages/intake-batch";
		}
	}

	@GetMapping("/intake/batches/{id}")
	String batch(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id, Model model) {
		model.addAttribute("batch", batches.get(officer, id));
		return "pages/intake-batch";
	}

	@GetMapping("/intake/hot-spots")
	String hotSpots(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("spots", hotSpots.of(officer));
		return "pages/intake-hot-spots";
	}
}
