package org.jointcase.cases;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jointcase.audit.AuditEvent;
import org.jointcase.audit.AuditOutcome;
import org.jointcase.audit.AuditTrail;
import org.jointcase.audit.Refusals;
import org.jointcase.cases.process.TimelineSubject;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence documents of a case. Each keeps its original name, the declared and the detected media type, size,
 * SHA-256 and uploader. Bytes and description are stored in one transaction: an upload is whole or absent.
 */
@Service
public class CaseDocuments {

	private final CaseRepository repository;
	private final CaseAccess access;
	private final DocumentStore store;
	private final AuditTrail audit;
	private final Refusals refusals;

	CaseDocuments(CaseRepository repository, CaseAccess access, DocumentStore store, AuditTrail audit,
			Refusals refusals) {
		this.repository = repository;
		this.access = access;
		this.store = store;
		this.audit = audit;
		this.refusals = refusals;
	}

	/** The documents the officer may see: 404 unless their access lets at least one document through. */
	public List<Document> list(SignedInOfficer officer, UUID caseId) {
		Access granted = visibleDocuments(officer, caseId, "document.list");
		return repository.documents(caseId).stream().filter(d -> granted.seesDocument(d.id())).toList();
	}

	private Access visibleDocuments(SignedInOfficer officer, UUID caseId, String action) {
		Access granted = access.require(officer, caseId, ShareScope.SUMMARY, action);
		if (!granted.seesAnyDocument()) {
			throw refusals.notVisible(officer, action, "case", caseId.toString(), caseId, "Case");
		}
		return granted;
	}

	/** An officer of the owner agency adds a document; {@code size} is the length of {@code content}. */
	@Transactional
	public Document upload(SignedInOfficer officer, UUID caseId, String fileName, String declaredType, long size,
			InputStream content) {
		Access granted = access.requireOwner(officer, caseId, "document.upload");
		access.requireAction(officer, granted, CaseAccess.UPLOAD_DOCUMENT, "document.upload",
				"Inspectors and supervisors of the owner agency add documents");
		return attach(caseId, officer.username(), officer.agencyCode(), fileName, declaredType, size, content, null);
	}

	/** Stores a document on a case; {@code origin} says where it came from (an assistance reply, say). */
	@Transactional
	Document attach(UUID caseId, String officer, String agency, String fileName, String declaredType,
			long size, InputStream content, String origin) {
		if (size <= 0) {
			throw ApiProblem.invalid("file", "not-empty", "The file is empty");
		}
		if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
			throw ApiProblem.invalid("file", "file-name", "The file needs a name of at most 255 characters");
		}
		UUID id = UUID.randomUUID();
		try (BufferedInputStream buffered = new BufferedInputStream(content, 64 * 1024)) {
			buffered.mark(MediaTypeSniffer.HEAD);
			byte[] head = buffered.readNBytes(MediaTypeSniffer.HEAD);
			buffered.reset();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			DigestInputStream digesting = new DigestInputStream(buffered, sha256);
			store.save(id, digesting, size);
			Document document = new Document(id, fileName, declaredType, MediaTypeSniffer.detect(head, head.length),
					size, HexFormat.of().formatHex(sha256.digest()), origin, officer, agency, Instant.now());
			repository.insertDocument(caseId, document);
			repository.insertEvent(caseId, document.uploadedAt(), officer, agency, "DOCUMENT_ADDED",
					fileName + (origin == null ? "" : " (" + origin + ")"),
					new TimelineSubject(TimelineSubject.DOCUMENT, id.toString()));
			audit.recordChange(new AuditEvent(officer, agency, "document.upload", "document", id.toString(), caseId,
					AuditOutcome.ALLOWED, fileName));
			return document;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The document and its bytes, if the officer may see that document; otherwise 404. */
	public Download download(SignedInOfficer officer, UUID caseId, UUID documentId) {
		Access granted = visibleDocuments(officer, caseId, "document.download");
		Document document = repository.document(caseId, documentId)
			.filter(d -> granted.seesDocument(d.id()))
			.orElseThrow(() -> refusals.notVisible(officer, "document.download", "document", documentId.toString(),
					caseId, "Document"));
		refusals.allowedRead(officer, "document.download", "document", documentId.toString(), caseId);
		return new Download(document, store.open(documentId));
	}

	List<UUID> documentIds(UUID caseId) {
		return repository.documents(caseId).stream().map(Document::id).toList();
	}

	public record Download(Document document, InputStream content) {

		/**
		 * The HTTP answer that hands the document over, for the API and the pages alike: served as the type its bytes
		 * show (not the one declared), as an attachment under its original name, with its SHA-256.
		 */
		public ResponseEntity<InputStreamResource> toResponse() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(document.detectedType()))
				.contentLength(document.size())
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
				.header("Digest", "sha-256=" + document.sha256())
				.body(new InputStreamResource(content));
		}
	}
}
