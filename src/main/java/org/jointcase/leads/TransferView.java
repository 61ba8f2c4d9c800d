package org.jointcase.leads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.cases.CaseViews.OverlappingCase;
import org.jointcase.cases.ShareScope;
import org.jointcase.tasks.OpenTask;

/**
 * The one transfer record that sender, target and designating agency read alike: status, the steps with who and
 * when, the open steps with their deadlines, the documents that travel, who sees or owns the case now, and the
 * conflict check (other agencies' open cases naming the same businesses).
 */
public record TransferView(UUID id, UUID caseId, String caseReference, String caseTitle, TransferKind kind,
		String senderAgency, String targetAgency, String reason, TransferStatus status, String designatorAgency,
		String designatedAgency, String newOwner, String resultReport, List<UUID> documentIds, List<Step> steps,
		List<OpenTask> openSteps, CaseAccessNow caseAccess, List<OverlappingCase> overlapping,
		String processInstanceId, Instant proposedAt, String proposedBy, Instant closedAt) {

	/** Whether the sender may still withdraw it: nobody has taken the case over yet. */
	public boolean withdrawable() {
		return TransferStatus.WITHDRAWABLE.contains(status);
	}

	public record Step(Instant at, String officer, String agency, String step, String action, String detail) {
	}

	/** Who owns the case and who sees it through this transfer, at this moment. */
	public record CaseAccessNow(String owner, List<Viewer> viewers) {
	}

	public record Viewer(String agencyCode, ShareScope scope, boolean documentsLimited) {
	}
}
