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
		return attach(caseId, officer, agency, keep(fileName, declaredType, content), origin);
	}

	/**
	 * Makes a file the store keeps a document of the case, under the file's id and without copying its bytes; on the
	 * timeline and in the audit trail as an upload, {@code origin} saying where it came from.
	 */
	@Transactional
	Document attach(UUID caseId, String officer, String agency, StoredFile file, String origin) {
		Document document = new Document(file.id(), file.fileName(), file.declaredType(), file.detectedType(),
				file.size(), file.sha256(), origin, officer, agency, Instant.now());
		repository.insertDocument(caseId, document);
		repository.insertEvent(caseId, document.uploadedAt(), officer, agency, "DOCUMENT_ADDED",
				document.fileName() + (origin == null ? "" : " (" + origin + ")"),
				new TimelineSubject(TimelineSubject.DOCUMENT, file.id().toString()));
		audit.recordChange(new AuditEvent(officer, agency, "document.upload", "document", file.id().toString(), caseId,
				AuditOutcome.ALLOWED, document.fileName()));
		return document;
	}

	/**
	 * Keeps a file in the store, in the caller's transaction: its name as {@link DocumentNames#kept} keeps it (400
	 * {@code file-name} when none is left or it is longer than 255), its SHA-256 and the type its bytes show; an empty
	 * file is refused (400 {@code not-empty}).
	 */
	@Transactional
	StoredFile keep(String fileName, String declaredType, InputStream content) {
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
			return new StoredFile(id, name, declaredType, MediaTypes.detect(spooled), stored,
					HexFormat.of().formatHex(sha256.digest()));
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
		return new Download(document, content(documentId));
	}

	/** The bytes of a file the store keeps, fetched as they are read. */
	InputStream content(UUID fileId) {
		return store.open(fileId);
	}

	List<UUID> documentIds(UUID caseId) {
		return repository.documents(caseId).stream().map(Document::id).toList();
	}

	public record Download(Document document, InputStream content) {

		/** The HTTP answer that hands the document over, as {@link StoredFile#toResponse} does. */
		public ResponseEntity<InputStreamResource> toResponse() {
			return new StoredFile(document.id(), document.fileName(), document.declaredType(), document.detectedType(),
					document.size(), document.sha256()).toResponse(content);
		}
	}
}
