package org.jointcase.cases;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.audit.Refusals;
import org.jointcase.cases.CaseViews.Share;
import org.jointcase.cases.CaseViews.TimelineEntry;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.cases.process.TimelineAudience;
import org.jointcase.cases.process.TimelineSubject;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy of case records, the one place that decides who sees what of a case and may do what with it. Officers
 * of the owner agency see all of it but the informant's identity, which only the recording agency and agencies with
 * an explicit grant see; an officer of another agency sees what the widest active share to their agency allows —
 * shares given by a supervisor and the purpose-bound access that processes (transfers, assistance requests, reviews)
 * grant and end. Nobody else sees the case at all: they get the same 404 as for a case that does not exist. Every
 * decision is written to the audit trail, refusals through {@link Refusals}.
 */
@Service
public class CaseAccess {

	/** Actions on a case that {@link CaseViews.CaseView#allowedActions} may name. */
	public static final String EDIT = "edit", ADD_NOTE = "add-note", READ_NOTES = "read-notes",
			READ_TIMELINE = "read-timeline", LIST_DOCUMENTS = "list-documents", UPLOAD_DOCUMENT = "upload-document",
			LIST_SHARES = "list-shares", SHARE = "share", REVOKE_SHARE = "revoke-share";

	/** Sharing the informant's identity too: only an agency that knows it passes it on. */
	public static final String SHARE_INFORMANT = "share-informant";

	/** Marks, in a share's timeline entry, that the share includes the informant's identity. */
	static final String INFORMANT_TOKEN = "INFORMANT_IDENTITY";

	/**
	 * Bringing the case into a process: only the owner agency does (a coordinator of another agency convenes a review
	 * over it only with the owner's consent, which the reviews module asks for).
	 */
	public static final String PROPOSE_TRANSFER = "propose-transfer", REQUEST_ASSISTANCE = "request-assistance",
			CONVENE_REVIEW = "convene-review";

	/** The actions of the owner agency alone; another agency that sees the case is refused them as not the owner. */
	private static final Set<String> OWNERS_ACTIONS = Set.of(EDIT, UPLOAD_DOCUMENT, LIST_SHARES, SHARE, SHARE_INFORMANT,
			REVOKE_SHARE, PROPOSE_TRANSFER, REQUEST_ASSISTANCE);

	private final CaseRepository repository;
	private final AuditTrail audit;
	private final Refusals refusals;
	// Looked up when a timeline is read: the modules that own timeline subjects depend on this one.
	private final ObjectProvider<TimelineAudience> audiences;

	CaseAccess(CaseRepository repository, AuditTrail audit, Refusals refusals, ObjectProvider<TimelineAudience> audiences) {
		this.repository = repository;
		this.audit = audit;
		this.refusals = refusals;
		this.audiences = audiences;
	}

	/** What the agency may see of the case, or empty when it may see nothing (or the case does not exist). */
	public Optional<Access> accessOf(String agencyCode, UUID caseId) {
		return repository.find(caseId).flatMap(row -> accessOf(agencyCode, row));
	}

	Optional<Access> accessOf(String agencyCode, CaseRepository.CaseRow row) {
		List<Share> shares = repository.activeShares(row.id(), agencyCode, Instant.now());
		boolean owner = row.ownerAgency().equals(agencyCode);
		if (!owner && shares.isEmpty()) {
			return Optional.empty();
		}
		boolean informant = shares.stream().anyMatch(Share::includeInformant)
				|| repository.informant(row.id()).filter(i -> i.recordedAgency().equals(agencyCode)).isPresent();
		if (owner) {
			return Optional.of(new Access(row.id(), true, ShareScope.FULL_RECORD_WITH_DOCUMENTS, informant, true, Set.of()));
		}
		ShareScope widest = shares.stream().map(Share::scope).max(Enum::compareTo).orElseThrow();
		// Documents: all of them if a share with documents names none, otherwise the union of those the shares name.
		Set<UUID> documents = new HashSet<>();
		boolean allDocuments = false;
		for (Share share : shares) {
			allDocuments |= share.scope() == ShareScope.FULL_RECORD_WITH_DOCUMENTS && share.documentIds().isEmpty();
			documents.addAll(share.documentIds());
		}
		return Optional.of(new Access(row.id(), false, widest, informant, allDocuments,
				allDocuments ? Set.of() : Set.copyOf(documents)));
	}

	/**
	 * The officer's access to the case for {@code action}, at least {@code needed}; otherwise a 404 that does not
	 * tell "not yours" from "does not exist". Both outcomes are audited.
	 */
	public Access require(SignedInOfficer officer, UUID caseId, ShareScope needed, String action) {
		return require(officer, caseId, repository.find(caseId), needed, action);
	}

	/** {@link #require} for a caller that has read the case already. */
	Access require(SignedInOfficer officer, UUID caseId, Optional<CaseRepository.CaseRow> row, ShareScope needed,
			String action) {
		Access access = visible(officer, caseId, row, needed, action);
		audit(officer, action, caseId, AuditOutcome.ALLOWED);
		return access;
	}

	/** The officer's access to a case they see at all, or the audited 404; the caller audits what it allows. */
	Access visibleForAction(SignedInOfficer officer, UUID caseId, Optional<CaseRepository.CaseRow> row,
			String action) {
		return visible(officer, caseId, row, ShareScope.SUMMARY, action);
	}

	/** The officer's access of at least {@code needed}, or the audited 404; an allowed outcome is the caller's to audit. */
	private Access visible(SignedInOfficer officer, UUID caseId, Optional<CaseRepository.CaseRow> row,
			ShareScope needed, String action) {
		return row.flatMap(found -> accessOf(officer.agencyCode(), found))
			.filter(a -> a.includes(needed))
			.orElseThrow(() -> refusals.notVisible(officer, action, "case", caseId.toString(), caseId, "Case"));
	}

	/**
	 * Like {@link #require} for actions only the owner agency may take: an officer who sees the case without owning
	 * it gets 403, one who does not see it 404.
	 */
	public Access requireOwner(SignedInOfficer officer, UUID caseId, String action) {
		Access access = visible(officer, caseId, repository.find(caseId), ShareScope.SUMMARY, action);
		if (!access.owner()) {
			throw refuse(officer, action, caseId, "owner-agency", "Only the owner agency may do this");
		}
		audit(officer, action, caseId, AuditOutcome.ALLOWED);
		return access;
	}

	/** Refuses (403) and audits an action the officer's role or agency does not allow on a case they can see. */
	public ApiProblem refuse(SignedInOfficer officer, String action, UUID caseId, String rule, String why) {
		return refusals.forbidden(officer, action, "case", caseId.toString(), caseId, rule, why);
	}

	/** The actions on the case the officer may take now, for views to carry and pages to draw. */
	Set<String> actions(SignedInOfficer officer, Access access) {
		Set<String> actions = new LinkedHashSet<>();
		boolean caseWorker = officer.hasRole(Role.INSPECTOR) || officer.hasRole(Role.SUPERVISOR);
		if (access.owner() && caseWorker) {
			actions.add(EDIT);
			actions.add(UPLOAD_DOCUMENT);
		}
		if (access.includes(ShareScope.FULL_RECORD)) {
			actions.add(READ_NOTES);
			actions.add(READ_TIMELINE);
			actions.add(ADD_NOTE);
		}
		if (access.seesAnyDocument()) {
			actions.add(LIST_DOCUMENTS);
		}
		if (access.owner() && officer.hasRole(Role.INSPECTOR)) {
			actions.add(PROPOSE_TRANSFER);
		}
		if (access.owner() && caseWorker) {
			actions.add(REQUEST_ASSISTANCE);
		}
		if (officer.hasRole(Role.COORDINATOR)) {
			actions.add(CONVENE_REVIEW);
		}
		if (access.owner()) {
			actions.add(LIST_SHARES);
			if (officer.hasRole(Role.SUPERVISOR)) {
				actions.add(SHARE);
				actions.add(REVOKE_SHARE);
				if (access.informantIdentity()) {
					actions.add(SHARE_INFORMANT);
				}
			}
		}
		return actions;
	}

	/** Whether the officer, with this access, may take {@code action} (one of this class's action names) now. */
	public boolean allows(SignedInOfficer officer, Access access, String action) {
		return actions(officer, access).contains(action);
	}

	/**
	 * The officer's access to the case if they may take {@code action} (one of this class's action names) now: 404
	 * where they do not see the case, 403 where they see it but may not — with the rule {@code owner-agency} for an
	 * action of the owner agency alone asked by another agency, the action's name otherwise; audited as
	 * {@code auditAction}, once, with the outcome.
	 */
	public Access requireAction(SignedInOfficer officer, UUID caseId, String action, String auditAction, String why) {
		Access access = visible(officer, caseId, repository.find(caseId), ShareScope.SUMMARY, auditAction);
		if (!allows(officer, access, action)) {
			boolean notOwner = !access.owner() && OWNERS_ACTIONS.contains(action);
			throw refuse(officer, auditAction, caseId, notOwner ? "owner-agency" : action,
					notOwner ? "Only the owner agency may do this" : why);
		}
		audit(officer, auditAction, caseId, AuditOutcome.ALLOWED);
		return access;
	}

	/**
	 * The timeline entries the officer may see: an entry about a document where the document is visible, an entry
	 * about another subject where the module owning that subject says so; entries about no subject for every reader.
	 */
	List<TimelineEntry> visibleTimeline(SignedInOfficer officer, Access access, List<CaseRepository.TimelineRow> rows) {
		Map<String, TimelineAudience> byType = audiences.stream()
			.collect(Collectors.toMap(TimelineAudience::subjectType, Function.identity()));
		return rows.stream().filter(row -> visible(officer, access, row.subject(), byType))
			.map(CaseRepository.TimelineRow::entry)
			.toList();
	}

	private static boolean visible(SignedInOfficer officer, Access access, TimelineSubject subject,
			Map<String, TimelineAudience> audiences) {
		if (subject == null) {
			return true;
		}
		if (TimelineSubject.DOCUMENT.equals(subject.type())) {
			return access.seesDocument(UUID.fromString(subject.id()));
		}
		TimelineAudience audience = audiences.get(subject.type());
		return audience == null ? access.owner() : audience.sees(officer, subject.id());
	}

	void audit(SignedInOfficer officer, String action, UUID caseId, AuditOutcome outcome) {
		audit.recordAttempt(new AuditEvent(officer.username(), officer.agencyCode(), action, "case", caseId.toString(),
				caseId, outcome, null));
	}

	/** Gives an agency access to a case, on the timeline and in the trail. */
	@Transactional
	UUID grant(ShareGrant grant) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		repository.insertShare(id, grant, now);
		repository.insertEvent(grant.caseId(), now, grant.grantedBy(), grant.grantedAgency(), "SHARED",
				grant.agencyCode() + " " + grant.scope() + (grant.includeInformant() ? " " + INFORMANT_TOKEN : "")
						+ (grant.source() == ShareSource.MANUAL ? ": " + grant.reason() : ""));
		audit.recordChange(new AuditEvent(grant.grantedBy(), grant.grantedAgency(),
				grant.includeInformant() ? "share.grant-informant" : "share.grant", "share", id.toString(),
				grant.caseId(), AuditOutcome.ALLOWED, grant.agencyCode() + " " + grant.scope()));
		return id;
	}

	List<Share> activeSharesFrom(ShareSource source, List<String> sourceIds) {
		return repository.activeSharesFrom(source, sourceIds, Instant.now());
	}

	@Transactional
	void revokeAll(ShareSource source, String sourceId, String by, String byAgency) {
		Instant now = Instant.now();
		for (UUID shareId : repository.activeShareIds(source, sourceId, now)) {
			revoke(shareId, by, byAgency, now);
		}
	}

	void revoke(UUID shareId, String by, String byAgency, Instant now) {
		repository.findShare(shareId, now).ifPresent(share -> {
			if (repository.revokeShare(shareId, by, now)) {
				repository.insertEvent(share.caseId(), now, by, byAgency, "SHARE_REVOKED", share.share().agencyCode()
						+ " " + share.share().scope());
				audit.recordChange(new AuditEvent(by, byAgency, "share.revoke", "share", shareId.toString(), share.caseId(),
						AuditOutcome.ALLOWED, share.share().agencyCode()));
			}
		});
	}
}
