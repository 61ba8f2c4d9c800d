package org.jointcase.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.cases.CaseViews.CaseSummary;
import org.jointcase.cases.CaseViews.CaseView;
import org.jointcase.cases.CaseViews.Informant;
import org.jointcase.cases.CaseViews.Note;
import org.jointcase.cases.CaseViews.Party;
import org.jointcase.cases.CaseViews.Share;
import org.jointcase.cases.CaseViews.TimelineEntry;
import org.jointcase.cases.CaseViews.YourAccess;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.directory.Directory;
import org.jointcase.directory.Role;
import org.jointcase.idempotency.Idempotency;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.jointcase.web.Keyset;
import org.jointcase.web.PageResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case records: create, read, edit, list and search, notes and timeline, and the supervisor's shares. Every read and
 * change goes through {@link CaseAccess}; processes use {@link #changeOwner} and {@link #recordEvent}.
 */
@Service
public class Cases {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final int MAX_PAGE = 100;

	/** The audited action of showing the informant's identity unmasked. */
	public static final String REVEAL_INFORMANT = "case.reveal-informant";

	private final CaseRepository repository;
	private final CaseAccess access;
	private final Directory directory;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final TransactionTemplate savepoint;
	private final Idempotency idempotency;
	private final ApplicationEventPublisher events;

	Cases(CaseRepository repository, CaseAccess access, Directory directory, AuditTrail audit,
			PlatformTransactionManager transactions, Idempotency idempotency, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
		this.idempotency = idempotency;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Creates a case owned by the officer's agency. With an idempotency key, the same key and body answer the case
	 * created the first time, never a second one; the same key with another body gets 422 ({@link Idempotency}).
	 */
	public CaseView create(SignedInOfficer officer, CaseInput input, String idempotencyKey) {
		if (!officer.hasRole(Role.INSPECTOR) && !officer.hasRole(Role.SUPERVISOR)) {
			throw ApiProblem.forbidden("Only inspectors and supervisors record cases");
		}
		validateReferences(input);
		return idempotency.once(new Idempotency.Request(officer.username(), idempotencyKey, "case.create", input),
				CaseView.class, CaseView::id,
				() -> view(officer, insert(officer.username(), officer.agencyCode(), input), "case.create"));
	}

	/**
	 * Records a case owned by {@code agency} for a process that decided it (a report found to need one), in the
	 * caller's transaction; {@code origin} is added to the timeline.
	 */
	@Transactional
	UUID recordFor(String officer, String agency, CaseInput input, String origin) {
		validateReferences(input);
		UUID id = insert(officer, agency, input);
		repository.insertEvent(id, Instant.now(), officer, agency, "OPENED_FROM", origin);
		return id;
	}

	private UUID insert(String officer, String agency, CaseInput input) {
		Instant now = Instant.now();
		UUID id = UUID.randomUUID();
		int year = now.atZone(CHINA).getYear();
		ensureReferenceSequence(agency, year);
		long number = repository.nextReferenceNumber(agency, year);
		String reference = "%s-%d-%05d".formatted(agency, year, number);
		repository.insert(new CaseRepository.CaseRow(id, reference, agency, CaseStatus.OPEN,
				input.category(), input.regionCode(), input.title().trim(), input.summary().trim(), 1,
				officer, now, now));
		repository.replaceParties(id, input.partiesOrEmpty());
		repository.replaceInformant(id, input.informant(), agency);
		events.publishEvent(new CaseOpened(id, reference, agency, input.category(), officer));
		return id;
	}

	/**
	 * The first case of an agency in a year creates its counter, behind a savepoint of the creation's transaction so
	 * that a concurrent creation of the same counter (the insert waits for it, then fails) leaves ours intact, on the
	 * one connection the creation holds.
	 */
	private void ensureReferenceSequence(String agencyCode, int year) {
		if (!repository.referenceSequenceExists(agencyCode, year)) {
			try {
				savepoint.executeWithoutResult(status -> repository.insertReferenceSequence(agencyCode, year));
			}
			catch (DuplicateKeyException createdConcurrently) {
				// The other creation made it: fine.
			}
		}
	}

	public CaseView get(SignedInOfficer officer, UUID caseId) {
		return view(officer, caseId, "case.read");
	}

	/** The case as its editor reads it before an edit: 403 for an officer who sees it but may not edit it. */
	public CaseView forEdit(SignedInOfficer officer, UUID caseId) {
		access.requireAction(officer, caseId, CaseAccess.EDIT, "case.update",
				"Inspectors and supervisors of the owner agency edit a case");
		return view(officer, caseId, "case.read");
	}

	private CaseView view(SignedInOfficer officer, UUID caseId, String action) {
		Optional<CaseRepository.CaseRow> found = repository.find(caseId);
		Access granted = access.require(officer, caseId, found, ShareScope.SUMMARY, action);
		CaseRepository.CaseRow row = found.orElseThrow();
		List<Party> parties = repository.parties(caseId).stream()
			.filter(p -> p.kind() == PartyKind.BUSINESS || granted.includes(ShareScope.FULL_RECORD))
			.toList();
		Informant informant = repository.informant(caseId)
			.map(i -> granted.informantIdentity()
					? new Informant(true, i.channel(), i.name(), i.contact(), true, i.recordedAgency())
					: new Informant(true, i.channel(), null, null, false, i.recordedAgency()))
			.orElse(new Informant(false, null, null, null, false, null));
		return new CaseView(row.id(), row.reference(), row.ownerAgency(), row.status(), row.category(),
				row.regionCode(), row.title(), row.summary(), parties, informant,
				new YourAccess(granted.owner(), granted.scope(), granted.informantIdentity()), row.version(),
				row.createdBy(), row.createdAt(), row.updatedAt(), access.actions(officer, granted));
	}

	/**
	 * The informant's identity in full, for an officer whose agency may see it (it recorded the informant or holds a
	 * grant) and who asked to see it: the pages show it masked until then. Each reveal is one
	 * {@code case.reveal-informant} entry of the audit trail; an officer without the right gets 403 (rule
	 * {@code informant-identity}), one who does not see the case 404.
	 */
	public Informant revealInformant(SignedInOfficer officer, UUID caseId) {
		Optional<CaseRepository.CaseRow> found = repository.find(caseId);
		Access granted = access.visibleForAction(officer, caseId, found, REVEAL_INFORMANT);
		if (!granted.informantIdentity()) {
			throw access.refuse(officer, REVEAL_INFORMANT, caseId, "informant-identity",
					"Your agency holds no grant of the informant's identity");
		}
		Informant informant = repository.informant(caseId)
			.map(i -> new Informant(true, i.channel(), i.name(), i.contact(), true, i.recordedAgency()))
			.orElseThrow(() -> ApiProblem.notFound("Informant"));
		audit.recordAttempt(AuditEvent.by(officer, REVEAL_INFORMANT, "case", caseId.toString(), caseId,
				AuditOutcome.ALLOWED, null));
		return informant;
	}

	/**
	 * Replaces the editable content if the case is still at {@code expectedVersion} (the ETag the editor read);
	 * otherwise 412 and nothing changes. Officers of the owner agency only.
	 */
	public CaseView update(SignedInOfficer officer, UUID caseId, long expectedVersion, CaseInput input) {
		Access granted = access.requireAction(officer, caseId, CaseAccess.EDIT, "case.update",
				"Inspectors and supervisors of the owner agency edit a case");
		validateReferences(input);
		transaction.executeWithoutResult(status -> {
			Instant now = Instant.now();
			if (!repository.update(caseId, expectedVersion, input, now)) {
				throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "If-Match", "current-version",
						"The case was changed by someone else since you read it; read it again and redo your edit");
			}
			repository.replaceParties(caseId, input.partiesOrEmpty());
			// An owner who does not know who reported cannot have sent the identity back: the recorded one stays.
			if (granted.informantIdentity()) {
				String recordedBy = repository.informant(caseId).map(CaseRepository.InformantRow::recordedAgency)
					.orElse(officer.agencyCode());
				repository.replaceInformant(caseId, input.informant(), recordedBy);
			}
			repository.insertEvent(caseId, now, officer.username(), officer.agencyCode(), "EDITED",
					"#" + (expectedVersion + 1));
		});
		return view(officer, caseId, "case.read");
	}

	private void validateReferences(CaseInput input) {
		if (directory.region(input.regionCode()).isEmpty()) {
			throw ApiProblem.invalid("regionCode", "known-region", "No region has the code " + input.regionCode());
		}
		List<PartyInput> parties = input.partiesOrEmpty();
		for (int i = 0; i < parties.size(); i++) {
			PartyInput party = parties.get(i);
			if (party.regionCode() != null && directory.region(party.regionCode()).isEmpty()) {
				throw ApiProblem.invalid("parties[" + i + "].regionCode", "known-region",
						"No region has the code " + party.regionCode());
			}
			if (party.kind() == PartyKind.PERSON && party.creditCode() != null) {
				throw ApiProblem.invalid("parties[" + i + "].creditCode", "business-only",
						"Only a business has a unified social credit code");
			}
		}
	}

	/** One page of the cases the officer may see, newest first; {@code cursor} is the {@code next} of the last page. */
	public PageResponse<CaseSummary> list(SignedInOfficer officer, CaseFilter filter, String cursor,
			int size) {
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		CaseRepository.Position after = Keyset.position(cursor,
				parts -> new CaseRepository.Position(Instant.parse(parts[0]), UUID.fromString(parts[1])));
		List<CaseSummary> rows = repository.visibleCases(officer.agencyCode(), Instant.now(), filter, after, limit + 1);
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			CaseSummary last = rows.get(limit - 1);
			next = Keyset.cursor(last.createdAt(), last.id());
		}
		audit.recordAttempt(AuditEvent.by(officer, "case.list", "case", "list", null, AuditOutcome.ALLOWED,
				rows.size() + " cases"));
		return new PageResponse<>(rows, next);
	}

	/** The timeline as the officer may see it: entries about what they may not see are left out. */
	public List<TimelineEntry> timeline(SignedInOfficer officer, UUID caseId) {
		Access granted = access.require(officer, caseId, ShareScope.FULL_RECORD, "case.timeline");
		return access.visibleTimeline(officer, granted, repository.timeline(caseId));
	}

	public List<Note> notes(SignedInOfficer officer, UUID caseId) {
		access.require(officer, caseId, ShareScope.FULL_RECORD, "case.notes");
		return repository.notes(caseId);
	}

	@Transactional
	public Note addNote(SignedInOfficer officer, UUID caseId, String text) {
		access.require(officer, caseId, ShareScope.FULL_RECORD, "note.add");
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		repository.insertNote(id, caseId, officer.username(), officer.agencyCode(), text.trim(), now);
		repository.insertEvent(caseId, now, officer.username(), officer.agencyCode(), "NOTE_ADDED", null);
		return new Note(id, officer.username(), officer.agencyCode(), text.trim(), now);
	}

	/** The shares of a case, for its owner agency. */
	public List<Share> shares(SignedInOfficer officer, UUID caseId) {
		access.requireAction(officer, caseId, CaseAccess.LIST_SHARES, "share.list", "Only the owner agency lists shares");
		return repository.shares(caseId, Instant.now());
	}

	/**
	 * A supervisor of the owner agency shares the case with another agency. The informant's identity travels only
	 * when the supervisor says so explicitly; that grant is audited as such.
	 */
	public Share share(SignedInOfficer officer, UUID caseId, ShareRequest request) {
		boolean informant = Boolean.TRUE.equals(request.includeInformant());
		access.requireAction(officer, caseId, informant ? CaseAccess.SHARE_INFORMANT : CaseAccess.SHARE, "share.grant",
				informant ? "Only a supervisor of an owner agency that knows the informant's identity passes it on"
						: "Only a supervisor of the owner agency shares a case");
		if (directory.agency(request.agencyCode()).isEmpty()) {
			throw ApiProblem.invalid("agencyCode", "known-agency", "No agency has the code " + request.agencyCode());
		}
		if (request.agencyCode().equals(officer.agencyCode())) {
			throw ApiProblem.invalid("agencyCode", "another-agency", "The owner agency sees its cases already");
		}
		if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
			throw ApiProblem.invalid("expiresAt", "future", "A share must expire in the future");
		}
		List<UUID> documents = request.documentIdsOrEmpty();
		Set<UUID> known = repository.documents(caseId).stream().map(CaseViews.Document::id).collect(Collectors.toSet());
		if (!known.containsAll(documents)) {
			throw ApiProblem.invalid("documentIds", "documents-of-this-case", "Every document must belong to this case");
		}
		UUID id = access.grant(new ShareGrant(caseId, request.agencyCode(), request.scope(),
				Boolean.TRUE.equals(request.includeInformant()), request.reason().trim(), ShareSource.MANUAL, null,
				officer.username(), officer.agencyCode(), request.expiresAt(), documents));
		return repository.share(caseId, id, Instant.now()).orElseThrow();
	}

	public void revokeShare(SignedInOfficer officer, UUID caseId, UUID shareId) {
		access.requireAction(officer, caseId, CaseAccess.REVOKE_SHARE, "share.revoke",
				"Only a supervisor of the owner agency revokes a share");
		Share share = repository.share(caseId, shareId, Instant.now()).orElseThrow(() -> ApiProblem.notFound("Share"));
		if (share.source() != ShareSource.MANUAL) {
			throw ApiProblem.conflict("shareId", "manual-share",
					"This access belongs to a running " + share.source().name().toLowerCase() + " and ends with it");
		}
		access.revoke(shareId, officer.username(), officer.agencyCode(), Instant.now());
	}
}
