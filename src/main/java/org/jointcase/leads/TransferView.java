package org.jointcase.leads;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcase.cases.CaseViews.OverlappingCase;
import org.jointcase.cases.ShareScope;
import org.jointcase.tasks.OpenTask;

/**
 * The one transfer record that sender, target and designating agency read alike: status, the steps with who and
 * when, the open steps with their deadlines, the documents that travel (named where the reader sees them), whether
 * the informant's identity travels and who decided so, who sees or owns the case now, and the conflict check (other
 * agencies' open cases naming the same businesses). {@code allowedActions} are what the reading officer may do with
 * the record now ({@link #WITHDRAW}); the actions of the open steps are in the inbox.
 */
public record TransferView(UUID id, UUID caseId, String caseReference, String caseTitle, TransferKind kind,
		String senderAgency, String targetAgency, String reason, TransferStatus status, String designatorAgency,
		String designatedAgency, String newOwner, String resultReport, List<UUID> documentIds,
		List<TravellingDocument> documents, boolean informantIdentityTravels, InformantGrant informantGrant,
		List<Step> steps, List<OpenTask> openSteps, CaseAccessNow caseAccess, List<OverlappingCase> overlapping,
		String processInstanceId, Instant proposedAt, String proposedBy, Instant closedAt,
		Set<String> allowedActions) {

	/** The sender withdraws the transfer ({@code POST /api/transfers/{id}/withdrawal}). */
	public static final String WITHDRAW = "withdraw";

	/** An inspector of the owner agency proposes a transfer of the case; carried by the conflict check. */
	public static final String PROPOSE = "propose";

	public record Step(Instant at, String officer, String agency, String step, String action, String detail) {
	}

	/** A document that travels with the transfer; {@code fileName} is {@code null} where the reader does not see it. */
	public record TravellingDocument(UUID id, String fileName) {
	}

	/**
	 * The approving supervisor's grant that the informant's identity travels: the new owner receives it with
	 * ownership. The record says who granted it and when, never the identity itself.
	 */
	public record InformantGrant(String grantedBy, String grantedAgency, Instant grantedAt) {
	}

	/** Who owns the case and who sees it through this transfer, at this moment. */
	public record CaseAccessNow(String owner, List<Viewer> viewers) {
	}

	public record Viewer(String agencyCode, ShareScope scope, boolean documentsLimited, boolean informantIdentity) {
	}
}
