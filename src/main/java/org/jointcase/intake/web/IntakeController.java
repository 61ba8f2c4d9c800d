package org.jointcase.intake.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jointcase.idempotency.Idempotency;
import org.jointcase.intake.HotSpots;
import org.jointcase.intake.IntakeAttachments;
import org.jointcase.intake.IntakeBatches;
import org.jointcase.intake.IntakeChannel;
import org.jointcase.intake.IntakeItemInput;
import org.jointcase.intake.IntakeItemView;
import org.jointcase.intake.IntakeItems;
import org.jointcase.intake.IntakeKind;
import org.jointcase.intake.IntakeStatus;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class IntakeController {

	private final IntakeItems items;
	private final HotSpots hotSpots;
	private final IntakeBatches batches;
	private final IntakeAttachments attachments;

	IntakeController(IntakeItems items, HotSpots hotSpots, IntakeBatches batches, IntakeAttachments attachments) {
		this.items = items;
		this.attachments = attachments;
		this.hotSpots = hotSpots;
		this.batches = batches;
	}

	/**
	 * Takes a complaint or report in: 201 with its location, or 200 with the item already taken in under the same
	 * channel and work-order number; repeat it with the same {@code Idempotency-Key} and body to get the same answer.
	 */
	@PostMapping("/api/intake/items")
	ResponseEntity<IntakeItemView> receive(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestHeader(name = Idempotency.HEADER, required = false)
			@Size(max = Idempotency.MAX_KEY_LENGTH) String idempotencyKey,
			@Valid @RequestBody IntakeItemInput input) {
		IntakeItems.Received received = items.receive(officer, input, idempotencyKey);
		URI location = URI.create("/api/intake/items/" + received.item().id());
		return received.created() ? ResponseEntity.created(location).body(received.item())
				: ResponseEntity.status(HttpStatus.OK).location(location).body(received.item());
	}

	/** The agency's queue: open items, soonest due first, with the working days left. */
	@GetMapping("/api/intake/items")
	List<IntakeItemView.QueueEntry> queue(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestParam(required = false) IntakeKind kind, @RequestParam(required = false) IntakeChannel channel,
			@RequestParam(required = false) IntakeStatus status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String business, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return items.queue(officer, new IntakeItems.QueueFilter(kind, channel, status, overdue, business), size);
	}

	/**
	 * An intake item with its routing rationale, deadlines and allowedActions; the person's identity only for the
	 * agencies the informant rules allow, 404 for any other agency.
	 */
	@GetMapping("/api/intake/items/{id}")
	IntakeItemView get(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return items.get(officer, id);
	}

	/**
	 * Adds a file to the item as multipart form field {@code file} (the size limit is {@code JOINTCASE_MAX_UPLOAD}):
	 * the agency handling it, or the officer who took it in until it is decided; 201 with the location of its content.
	 */
	@PostMapping(path = "/api/intake/items/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<IntakeItemView.Attachment> attach(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null) {
			throw ApiProblem.invalid("file", "required", "Send the file as the multipart field 'file'");
		}
		IntakeItemView.Attachment added = attachments.add(officer, id, file.getOriginalFilename(),
				file.getContentType(), file.getInputStream());
		return ResponseEntity.created(URI.create("/api/intake/items/" + id + "/attachments/" + added.id() + "/content"))
			.body(added);
	}

	/** The item's files, oldest first, with their names, media types, sizes and digests. */
	@GetMapping("/api/intake/items/{id}/attachments")
	List<IntakeItemView.Attachment> attachments(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable UUID id) {
		return attachments.list(officer, id);
	}

	/** Downloads one file of the item, with its media type, file name and digest. */
	@GetMapping("/api/intake/items/{id}/attachments/{attachmentId}/content")
	ResponseEntity<InputStreamResource> attachment(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return attachments.download(officer, id, attachmentId);
	}

	/** The businesses many items of the agency name in a short time (hot spots), most items first. */
	@GetMapping("/api/intake/hot-spots")
	List<HotSpots.HotSpot> hotSpots(@AuthenticationPrincipal SignedInOfficer officer) {
		return hotSpots.of(officer);
	}

	/**
	 * Uploads a batch file (CSV or XLSX, the columns of the template): 201 with the batch, whose rows are imported in
	 * the background; 400 for a malformed file, of which nothing is imported.
	 */
	@PostMapping(path = "/api/intake/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<IntakeBatches.BatchView> upload(@AuthenticationPrincipal SignedInOfficer officer,
			@RequestPart("file") MultipartFile file) throws IOException {
		IntakeBatches.BatchView batch = batches.upload(officer, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/intake/batches/" + batch.id())).body(batch);
	}

	/** The batch's progress while it runs, then its report of refused rows. */
	@GetMapping("/api/intake/batches/{id}")
	IntakeBatches.BatchView batch(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID id) {
		return batches.get(officer, id);
	}
}
