package org.jointcase.cases.process;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcase.cases.CaseInput;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.CaseViews.OverlappingCase;
import org.jointcase.cases.CaseViews.Party;
import org.jointcase.cases.CaseViews.Share;
import org.jointcase.cases.ShareSource;
import org.jointcase.cases.StoredFile;

/**
 * The effects processes have on cases, without an access check of their own: the calling process (a transfer, an
 * assistance request, a review, a deadline) has decided through its own policy that they happen. Each change is on
 * the case's timeline and, for access, in the audit trail.
 */
public interface CaseProcessing {

	/** Gives an agency access to a case; the process names itself in the grant and ends it with {@link #revokeAll}. */
	UUID grant(ShareGrant grant);

	/** Ends every active share the process gave under {@code sourceId}; the timeline says who ended it. */
	void revokeAll(ShareSource source, String sourceId, String by, String byAgency);

	/**
	 * The active shares the process gave under any of {@code sourceIds}, in that order: which agencies see the case
	 * through them.
	 */
	List<Share> activeSharesFrom(ShareSource source, List<String> sourceIds);

	/**
	 * Opens a case owned by {@code ownerAgency} that a process decided on (a report verified, say), the informant
	 * recorded by that agency; {@code origin} names the record it came from on the timeline. Answers the case's id.
	 */
	UUID openCase(CaseInput input, String ownerAgency, String officer, String origin);

	/** Moves ownership to another agency; the reference stays. */
	void changeOwner(UUID caseId, String newOwner, String officer, String officerAgency, String why);

	/** Adds an entry to the case's timeline that every reader of the timeline sees. */
	void recordEvent(UUID caseId, String officer, String officerAgency, String type, String detail);

	/** Adds an entry about {@code subject}, shown only where the subject's {@link TimelineAudience} lets it through. */
	void recordEvent(UUID caseId, String officer, String officerAgency, String type, String detail,
			TimelineSubject subject);

	/**
	 * Locks the case's row until the caller's transaction ends. A process's change of a case that must not run beside
	 * another one of the same case (two proposals of one case) takes it first, so that they queue in one order.
	 */
	void lock(UUID caseId);

	CaseHeader header(UUID caseId);

	/** Other agencies' open cases naming a business of this case: reference and agency only. */
	List<OverlappingCase> overlapping(UUID caseId);

	/** The unified social credit codes of the businesses the case names. */
	Set<String> creditCodes(UUID caseId);

	/** The businesses the case names (parties of kind BUSINESS), for what warns about them by name: alerts. */
	List<Party> businesses(UUID caseId);

	/** The ids of the case's documents, to check the documents a process lets travel. */
	List<UUID> documentIds(UUID caseId);

	/**
	 * Stores a document on the case for a process step (an assistance reply, say); {@code origin} says where it came
	 * from. The bytes and the record are stored whole or not at all.
	 */
	Document attach(UUID caseId, String officer, String agency, String fileName, String declaredType,
			InputStream content, String origin);

	/**
	 * Keeps a file in the document store for a record of the calling module (an intake item's attachment), in the
	 * caller's transaction, named, digested and typed as a case document is: 400 {@code file-name} for a name of
	 * nothing or of more than 255 characters, 400 {@code not-empty} for no bytes. It belongs to no case until
	 * {@link #attach(UUID, String, String, StoredFile, String)} makes it one's document.
	 */
	StoredFile keep(String fileName, String declaredType, InputStream content);

	/** The bytes of a file the store keeps (a case's document or a {@link #keep kept} file), read as they stream. */
	InputStream content(UUID fileId);

	/**
	 * Makes a {@link #keep kept} file a document of the case, under the file's id, with its name and types, its bytes
	 * not copied; the timeline names {@code origin} as where it came from.
	 */
	Document attach(UUID caseId, String officer, String agency, StoredFile file, String origin);
}
