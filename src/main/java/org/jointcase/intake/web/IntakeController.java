package org.jointcase.intake.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jointcase.intake.HotSpots;
import org.jointcase.intake.IntakeBatches;
import org.jointcase.intake.IntakeChannel;
import org.jointcase.intake.IntakeItemInput;
import org.jointcase.intake.IntakeItemView;
import org.jointcase.intake.IntakeItems;
import org.jointcase.intake.IntakeKind;
import org.jointcase.intake.IntakeStatus;
import org.jointcase.security.SignedInOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	IntakeController(IntakeItems items, HotSpots hotSpots, IntakeBatches batches) {
		this.items = items;
		this.hotSpots = hotSpots;
		this.batches = batches;
	}

	/**
	 * Takes a complaint or report in: 201 with its location, or 200 with the item already taken in under the same
	 * channel and work-order number.
	 */
	@PostMapping("/api/intake/items")
	ResponseEntity<IntakeItemView> receive(@AuthenticationPrincipal SignedInOfficer officer,
			@Valid @RequestBody IntakeItemInput input) {
		IntakeItems.Received received = items.receive(officer, input);
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
