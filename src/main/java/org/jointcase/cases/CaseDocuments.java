package org.jointcase.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
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

	/** An officer of the owner agency adds a document: its name as uploaded, its declared type and its bytes. */
	@Transactional
	public Document upload(SignedInOfficer officer, UUID caseId, String fileName, String declaredType,
			InputStream content) {
		access.requireAction(officer, caseId, CaseAccess.UPLOAD_DOCUMENT, "document.upload",
				"Inspectors and supervisors of the owner agency add documents");
		return attach(caseId, officer.username(), officer.agencyCode(), fileName, declaredType, content, null);
	}

	/** Stores a document on a case; {@code origin} says where it came from (an assistance reply, say). */
	@Transactional
	Document attach(UUID caseId, String officer, String agency, String fileName, String declaredType,
			InputStream content, String origin) {
		String name = DocumentNames.kept(fileName);
		if (name.isEmpty() || name.length() > 255) {
			throw ApiProblem.invalid("file", "file-name", "The file needs a name of at most 255 characters");
		}
		UUID id = UUID.randomUUID();
		Path spooled = null;
		try {
			// Spooled to a file: the digest and the type (a zip package is told from its directory at the end) need
			// the whole content, and memory should not hold it.
			spooled = Files.createTempFile("jointcase-upload-", ".bin");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long stored;
			try (InputStream digesting = new DigestInputStream(content, sha256)) {
				stored = Files.copy(digesting, spooled, StandardCopyOption.REPLACE_EXISTING);
			}
			if (stored <= 0) {
				throw ApiProblem.invalid("file", "not-empty", "The file is empty");
			}
			try (InputStream bytes = Files.newInputStream(spooled)) {
				store.save(id, bytes, stored);
			}
			Document document = new Document(id, name, declaredType, MediaTypes.detect(spooled), stored,
					HexFormat.of().formatHex(sha256.digest()), origin, officer, agency, Instant.now());
			repository.insertDocument(caseId, document);
			repository.insertEvent(caseId, document.uploadedAt(), officer, agency, "DOCUMENT_ADDED",
					name + (origin == null ? "" : " (" + origin + ")"),
					new TimelineSubject(TimelineSubject.DOCUMENT, id.toString()));
			audit.recordChange(new AuditEvent(officer, agency, "document.upload", "document", id.toString(), caseId,
					AuditOutcome.ALLOWED, name));
			return document;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
		finally {
			deleteQuietly(spooled);
		}
	}

	private static void deleteQuietly(Path spooled) {
		if (spooled != null) {
			try {
				Files.deleteIfExists(spooled);
			}
			catch (IOException leftBehind) {
				spooled.toFile().deleteOnExit();
			}
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
		 * show (not the one declared), as an attachment under its original name, with its SHA-256 in base64 as
		 * {@code Repr-Digest} (RFC 9530) and, for older clients, {@code Digest} (RFC 3230). The bytes stream from the
		 * store as the client reads them.
		 */
		public ResponseEntity<InputStreamResource> toResponse() {
			String sha256 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256()));
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(document.detectedType()))
				.contentLength(document.size())
				.header(HttpHeaders.CONTENT_DISPOSITION, DocumentNames.attachment(document.fileName()))
				.header("Repr-Digest", "sha-256=:" + sha256 + ":")
				.header("Digest", "sha-256=" + sha256)
				.body(new InputStreamResource(content));
		}
	}
}
