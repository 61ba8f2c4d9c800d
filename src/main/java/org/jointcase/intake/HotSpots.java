package org.jointcase.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.tasks.DeadlineNotice;
import org.jointcase.tasks.Notices;
import org.springframework.stereotype.Service;

/**
 * Items grouped by business (credit code, else normalised name): a business named by {@code hotSpotItems} items
 * within {@code hotSpotDays} days ({@link IntakeSettings}, 5 in 30 by default) is a hot spot. When an item takes it
 * to the threshold, the agency handling that item (its supervisors) and the region's coordinators get a notice; item
 * and case pages flag it; the transfer conflict check lists the open items about a case's businesses.
 */
@Service
public class HotSpots {

	private final IntakeRepository repository;
	private final IntakeRouting routing;
	private final IntakeSettings settings;
	private final IntakePolicy policy;
	private final Notices notices;
	private final AuditTrail audit;

	HotSpots(IntakeRepository repository, IntakeRouting routing, IntakeSettings settings, IntakePolicy policy,
			Notices notices, AuditTrail audit) {
		this.repository = repository;
		this.routing = routing;
		this.settings = settings;
		this.policy = policy;
		this.notices = notices;
		this.audit = audit;
	}

	/** A business with its items in the window; {@code items} at least the threshold. */
	public record HotSpot(String businessKey, String businessName, String creditCode, long items, int days,
			Instant latest) {
	}

	/** An open item about a business, as the conflict check lists it: where it is, never what it says or who. */
	public record OpenItem(UUID id, IntakeKind kind, IntakeChannel channel, String workOrder, String agencyCode,
			IntakeStatus status, Instant receivedAt) {
	}

	/** The hot spots among the businesses of the officer's agency's items (handled or triaged), most items first. */
	public List<HotSpot> of(SignedInOfficer officer) {
		policy.requireQueue(officer);
		List<HotSpot> spots = repository.hotSpots(officer.agencyCode(), windowStart(), settings.hotSpotItems()).stream()
			.map(s -> new HotSpot(s.businessKey(), s.businessName(), s.creditCode(), s.items(),
					settings.hotSpotDays(), s.latest()))
			.toList();
		audit.recordAttempt(AuditEvent.by(officer, "intake.hot-spots", IntakePolicy.TARGET, "hot-spots", null,
				AuditOutcome.ALLOWED, spots.size() + " hot spots"));
		return spots;
	}

	/** Whether the business with this grouping key (a credit code, for a case's party) is a hot spot now. */
	public boolean isHotSpot(String businessKey) {
		return businessKey != null && repository.countSince(businessKey, windowStart()) >= settings.hotSpotItems();
	}

	/** Those of these credit codes (a case's parties') whose business is a hot spot now. */
	public List<String> hotSpotsAmong(Collection<String> creditCodes) {
		return repository.keysCountedSince(creditCodes, windowStart(), settings.hotSpotItems());
	}

	/** The open items about businesses with these credit codes, oldest first. */
	public List<OpenItem> openNaming(Collection<String> creditCodes) {
		return repository.openNaming(creditCodes).stream()
			.map(i -> new OpenItem(i.id(), i.kind(), i.channel(), i.workOrder(), i.agencyCode(), i.status(),
					i.receivedAt()))
			.toList();
	}

	/**
	 * After items were routed (one, or the rows of a batch taken in together): each business these items take to
	 * the threshold tells the agency handling the item that reached it, and the coordinators, once.
	 */
	void counted(List<UUID> itemIds) {
		Instant windowStart = windowStart();
		Map<String, List<IntakeRepository.Item>> byBusiness = new LinkedHashMap<>();
		Map<UUID, IntakeRepository.Item> found = repository.findAll(itemIds);
		for (UUID id : itemIds) {
			IntakeRepository.Item item = found.get(id);
			if (!item.receivedAt().isBefore(windowStart)) {
				byBusiness.computeIfAbsent(item.businessKey(), key -> new ArrayList<>()).add(item);
			}
		}
		byBusiness.forEach((businessKey, items) -> {
			// Before these items the business had count - size of them: the one that made the threshold is at index.
			int index = settings.hotSpotItems() - (int) (repository.countSince(businessKey, windowStart) - items.size())
					- 1;
			if (index >= 0 && index < items.size()) {
				notifyHotSpot(items.get(index));
			}
		});
	}

	private void notifyHotSpot(IntakeRepository.Item item) {
		String agency = item.agencyCode() != null ? item.agencyCode() : item.triageAgency();
		String subject = item.business().name() + ": " + settings.hotSpotItems() + " complaints and reports in "
				+ settings.hotSpotDays() + " days";
		notices.notify(DeadlineNotice.Kind.HOT_SPOT, IntakeProcess.KEY, item.businessKey(), subject, agency,
				Role.SUPERVISOR);
		String coordinators = routing.coordinatorsOf(agency, agency);
		notices.notify(DeadlineNotice.Kind.HOT_SPOT, IntakeProcess.KEY, item.businessKey(), subject, coordinators,
				Role.COORDINATOR);
	}

	private Instant windowStart() {
		return Instant.now().minus(Duration.ofDays(settings.hotSpotDays()));
	}
}
