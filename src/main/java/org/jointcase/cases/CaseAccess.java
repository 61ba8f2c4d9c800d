package org.jointcase.cases;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.cases.CaseViews.Share;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who sees a case. Officers of the owner agency see all of it; an officer of another
 * agency sees what the widest active share to that agency allows — shares given by a supervisor and the access that
 * processes (transfers, assistance requests, reviews) grant through {@link #grant}. Nobody else sees the case at all:
 * they get the same 404 as for a case that does not exist. Every decision is written to the audit trail.
 */
@Service
public class CaseAccess {

	private final CaseRepository repository;
	private final AuditTrail audit;

	CaseAccess(CaseRepository repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/** What the agency may see of the case, or empty when it may see nothing (or the case does not exist). */
	public Optional<Access> accessOf(String agencyCode, UUID caseId) {
		return repository.find(caseId).flatMap(row -> accessOf(agencyCode, row));
	}

	Optional<Access> accessOf(String agencyCode, CaseRepository.CaseRow row) {
		if (row.ownerAgency().equals(agencyCode)) {
			return Optional.of(Access.owner(row.id()));
		}
		List<Share> shares = repository.activeShares(row.id(), agencyCode, Instant.now());
		if (shares.isEmpty()) {
			return Optional.empty();
		}
		ShareScope widest = shares.stream().map(Share::scope).max(Enum::compareTo).orElseThrow();
		boolean informant = shares.stream().anyMatch(Share::includeInformant);
		// Documents: all of them if any share with documents names none, otherwise the union of those named.
		Set<UUID> documents = new HashSet<>();
		boolean allDocuments = false;
		for (Share share : shares) {
			if (share.scope() == ShareScope.FULL_RECORD_WITH_DOCUMENTS) {
				allDocuments |= share.documentIds().isEmpty();
				documents.addAll(share.documentIds());
			}
		}
		return Optional.of(new Access(row.id(), false, widest, informant, allDocuments ? Set.of() : Set.copyOf(documents)));
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
		Optional<Access> access = row.flatMap(found -> accessOf(officer.agencyCode(), found))
			.filter(a -> a.includes(needed));
		audit(officer, action, caseId, access.isPresent() ? AuditOutcome.ALLOWED : AuditOutcome.REFUSED_NOT_VISIBLE);
		return access.orElseThrow(() -> ApiProblem.notFound("Case"));
	}

	/**
	 * Like {@link #require} for actions only the owner agency may take: an officer who sees the case without owning
	 * it gets 403, one who does not see it 404.
	 */
	public Access requireOwner(SignedInOfficer officer, UUID caseId, String action) {
		Access access = require(officer, caseId, ShareScope.SUMMARY, action);
		if (!access.owner()) {
			refuse(officer, action, caseId, "Only the owner agency may do this");
		}
		return access;
	}

	/** Refuses (403) and audits an action the officer's role or agency does not allow on a case they can see. */
	public ApiProblem refuse(SignedInOfficer officer, String action, UUID caseId, String why) {
		audit(officer, action, caseId, AuditOutcome.REFUSED_FORBIDDEN);
		throw ApiProblem.forbidden(why);
	}

	void audit(SignedInOfficer officer, String action, UUID caseId, AuditOutcome outcome) {
		audit.record(new AuditEvent(officer.username(), officer.agencyCode(), action, "case", caseId.toString(), caseId,
				outcome, null));
	}

	/** Gives an agency access to a case. Processes name themselves in the grant and end it with {@link #revokeAll}. */
	@Transactional
	public UUID grant(ShareGrant grant) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		repository.insertShare(id, grant, now);
		repository.insertEvent(grant.caseId(), now, grant.grantedBy(), grant.grantedAgency(), "SHARED",
				grant.agencyCode() + " " + grant.scope() + (grant.includeInformant() ? " with informant identity" : "")
						+ ": " + grant.reason());
		audit.record(new AuditEvent(grant.grantedBy(), grant.grantedAgency(),
				grant.includeInformant() ? "share.grant-informant" : "share.grant", "share", id.toString(),
				grant.caseId(), AuditOutcome.ALLOWED, grant.agencyCode() + " " + grant.scope()));
		return id;
	}

	/** The active shares a process gave, for its record: which agencies see the case through it, and how much. */
	public List<Share> activeSharesFrom(ShareSource source, String sourceId) {
		Instant now = Instant.now();
		return repository.activeShareIds(source, sourceId, now).stream()
			.map(id -> repository.findShare(id, now).orElseThrow().share())
			.toList();
	}

	/** Ends every active share a process gave, when it ends; the timeline says who ended it. */
	@Transactional
	public void revokeAll(ShareSource source, String sourceId, String by, String byAgency) {
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
				audit.record(new AuditEvent(by, byAgency, "share.revoke", "share", shareId.toString(), share.caseId(),
						AuditOutcome.ALLOWED, share.share().agencyCode()));
			}
		});
	}
}
