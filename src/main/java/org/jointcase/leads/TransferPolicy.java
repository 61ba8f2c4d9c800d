package org.jointcase.leads;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jointcase.audit.Refusals;
import org.jointcase.cases.Access;
import org.jointcase.cases.CaseAccess;
import org.jointcase.cases.ShareScope;
import org.jointcase.directory.Role;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The policy of transfer records, asked by {@link LeadTransfers} for every read and action. The record (not the case)
 * is read by officers of the sending agency, of the target once the transfer was sent, of the designating agency and
 * of the new owner; anyone else gets 404. The sender's inspectors and supervisors withdraw while nobody has taken the
 * case over; inspectors of the owner agency propose; the owner agency runs the conflict check. The informant's
 * identity may travel only from an agency that knows it. Refusals go through {@link Refusals}: 404 where the officer
 * does not see the transfer, 403 with the rule where they see it but may not act.
 */
@Component
class TransferPolicy {

	private final TransferRepository repository;
	private final CaseAccess cases;
	private final Refusals refusals;

	TransferPolicy(TransferRepository repository, CaseAccess cases, Refusals refusals) {
		this.repository = repository;
		this.cases = cases;
		this.refusals = refusals;
	}

	/** The transfer, if the officer's agency reads its record; otherwise 404. Both outcomes are audited. */
	TransferRepository.Transfer readable(SignedInOfficer officer, UUID id, String action) {
		TransferRepository.Transfer transfer = visible(officer, id, action);
		refusals.allowedRead(officer, action, "transfer", id.toString(), transfer.caseId());
		return transfer;
	}

	/**
	 * The transfer to withdraw: 404 where the officer does not read it, 403 ({@code sender-withdraws}) unless they are
	 * an inspector or supervisor of the sending agency, 409 once the case was taken over. Audited either way.
	 */
	TransferRepository.Transfer requireWithdraw(SignedInOfficer officer, UUID id) {
		String action = "transfer.withdraw";
		TransferRepository.Transfer transfer = visible(officer, id, action);
		if (!mayWithdraw(officer, transfer)) {
			throw forbidden(officer, action, transfer, "sender-withdraws",
					"Inspectors and supervisors of the sending agency withdraw a transfer");
		}
		if (!TransferStatus.WITHDRAWABLE.contains(transfer.status())) {
			throw ApiProblem.conflict("status", "before-acceptance",
					"The transfer is " + transfer.status() + ": it can no longer be withdrawn");
		}
		refusals.allowedChange(officer, action, "transfer", id.toString(), transfer.caseId());
		return transfer;
	}

	private TransferRepository.Transfer visible(SignedInOfficer officer, UUID id, String action) {
		return repository.find(id)
			.filter(t -> reads(officer, t))
			.orElseThrow(() -> refusals.notVisible(officer, action, "transfer", id.toString(), null, "Transfer"));
	}

	boolean reads(SignedInOfficer officer, TransferRepository.Transfer transfer) {
		return transfer.involves(officer.agencyCode());
	}

	/** What the officer may do with the transfer record now; the task actions are in the inbox's task views. */
	Set<String> actions(SignedInOfficer officer, TransferRepository.Transfer transfer) {
		Set<String> actions = new LinkedHashSet<>();
		if (mayWithdraw(officer, transfer) && TransferStatus.WITHDRAWABLE.contains(transfer.status())) {
			actions.add(TransferView.WITHDRAW);
		}
		return actions;
	}

	private static boolean mayWithdraw(SignedInOfficer officer, TransferRepository.Transfer transfer) {
		return transfer.senderAgency().equals(officer.agencyCode())
				&& (officer.hasRole(Role.INSPECTOR) || officer.hasRole(Role.SUPERVISOR));
	}

	/** The transfers of a case are listed to officers who see the case (404 otherwise), each filtered by {@link #reads}. */
	Access requireCaseRead(SignedInOfficer officer, UUID caseId) {
		return cases.require(officer, caseId, ShareScope.SUMMARY, "transfer.list");
	}

	/** The owner agency checks a case before transferring it: 404 where the case is not seen, 403 for others. */
	Access requireCheck(SignedInOfficer officer, UUID caseId) {
		return cases.requireOwner(officer, caseId, "transfer.check");
	}

	/** Inspectors of the owner agency propose: 404 where the case is not seen, 403 with the rule otherwise. */
	Access requirePropose(SignedInOfficer officer, UUID caseId) {
		return cases.requireAction(officer, caseId, CaseAccess.PROPOSE_TRANSFER, "transfer.propose",
				"Inspectors of the owner agency propose transfers");
	}

	/** The actions on the case the transfer module offers the officer, for the conflict check to carry. */
	Set<String> caseActions(SignedInOfficer officer, Access access, boolean designatedToOwner, boolean inFlight) {
		return cases.allows(officer, access, CaseAccess.PROPOSE_TRANSFER) && !designatedToOwner && !inFlight
				? Set.of(TransferView.PROPOSE) : Set.of();
	}

	/**
	 * The approving supervisor may let the informant's identity travel only if the sending agency knows it: it
	 * recorded the informant or holds a grant. Otherwise 403 with the rule {@code informant-known}.
	 */
	void requireInformantKnown(SignedInOfficer officer, TransferRepository.Transfer transfer) {
		boolean known = cases.accessOf(transfer.senderAgency(), transfer.caseId())
			.map(Access::informantIdentity)
			.orElse(false);
		if (!known) {
			throw forbidden(officer, "transfer.informant-grant", transfer, "informant-known",
					"Your agency does not know the informant's identity, so it cannot let it travel");
		}
	}

	private ApiProblem forbidden(SignedInOfficer officer, String action, TransferRepository.Transfer transfer,
			String rule, String why) {
		return refusals.forbidden(officer, action, "transfer", transfer.id().toString(), transfer.caseId(), rule, why);
	}
}
