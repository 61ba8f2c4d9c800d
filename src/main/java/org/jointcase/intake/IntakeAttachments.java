package org.jointcase.intake;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcase.cases.StoredFile;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.intake.IntakeItemView.Attachment;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files that come with an item (a letter's scan, a receipt, a photo). They are kept, named, typed and digested
 * by the cases module's document store as case documents are, so that the case a report becomes has them as its
 * documents under the same ids, without a second upload. Who may add and read them is {@link IntakePolicy}'s.
 */
@Service
public class IntakeAttachments {

	private final IntakeRepository repository;
	private final IntakePolicy policy;
	private final CaseProcessing cases;
	private final TransactionTemplate transaction;

	IntakeAttachments(IntakeRepository repository, IntakePolicy policy, CaseProcessing cases,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.policy = policy;
		this.cases = cases;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Adds a file to the item: its name as uploaded, its declared type and its bytes, all kept or none. 404, 403 or
	 * 409 as {@link IntakePolicy#requireAttach} decides; 400 ({@code file-name}, {@code not-empty}) for a file the
	 * store does not keep. The item's steps and the audit trail record it.
	 */
	public Attachment add(SignedInOfficer officer, UUID itemId, String fileName, String declaredType,
			InputStream content) {
		return transaction.execute(status -> {
			// A case opened from the item at the same time takes the item's files: the two queue on its row.
			repository.lock(itemId);
			IntakeRepository.Item item = policy.requireAttach(officer, itemId);
			StoredFile file = cases.keep(fileName, declaredType, content);
			Attachment attachment = new Attachment(file.id(), file.fileName(), file.detectedType(),
					file.declaredType(), file.size(), file.sha256(), officer.username(), officer.agencyCode(),
					Instant.now());
			repository.insertAttachment(itemId, attachment);
			repository.insertStep(itemId, officer.username(), officer.agencyCode(), "AddAttachment", "attach",
					attachment.fileName());
			policy.attached(officer, item);
			return attachment;
		});
	}

	/** The item's files, oldest first, for any reader of the item (404 for anyone else, audited). */
	public List<Attachment> list(SignedInOfficer officer, UUID itemId) {
		policy.readable(officer, itemId, "intake.attachment.list");
		return repository.attachments(itemId);
	}

	/**
	 * One file of the item, for any reader of the item, handed over as case documents are
	 * ({@link StoredFile#toResponse}); 404 for anyone else and for a file of another item.
	 */
	public ResponseEntity<InputStreamResource> download(SignedInOfficer officer, UUID itemId, UUID attachmentId) {
		policy.readable(officer, itemId, "intake.attachment.download");
		Attachment attachment = repository.attachment(itemId, attachmentId)
			.orElseThrow(() -> ApiProblem.notFound("Attachment"));
		return file(attachment).toResponse(cases.content(attachmentId));
	}

	/**
	 * Makes the item's files documents of the case opened from it, in the caller's transaction: same ids, bytes,
	 * names and types, on the case's timeline with {@code origin}.
	 */
	void toCase(UUID itemId, UUID caseId, String officer, String agency, String origin) {
		repository.lock(itemId);
		for (Attachment attachment : repository.attachments(itemId)) {
			cases.attach(caseId, officer, agency, file(attachment), origin);
		}
	}

	private static StoredFile file(Attachment attachment) {
		return new StoredFile(attachment.id(), attachment.fileName(), attachment.declaredType(),
				attachment.mediaType(), attachment.size(), attachment.sha256());
	}
}
