package org.jointcase.cases;

import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file whose bytes the document store keeps under {@code id}: its name as kept (the last part of the uploaded
 * path, without control or format characters), the type its uploader declared, the type its bytes show, its size and
 * its SHA-256 in hex. Case documents are such files, and so are the files other records keep there
 * ({@code process.CaseProcessing#keep}) until a case takes them as its documents under the same id.
 */
public record StoredFile(UUID id, String fileName, String declaredType, String detectedType, long size,
		String sha256) {

	/**
	 * The HTTP answer that hands the file over, for the API and the pages alike: served as the type its bytes show
	 * (not the one declared), as an attachment under its kept name, with its SHA-256 in base64 as {@code Repr-Digest}
	 * (RFC 9530) and, for older clients, {@code Digest} (RFC 3230). The bytes stream from {@code content} as the
	 * client reads them.
	 */
	public ResponseEntity<InputStreamResource> toResponse(InputStream content) {
		String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(detectedType))
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION, DocumentNames.attachment(fileName))
			.header("Repr-Digest", "sha-256=:" + digest + ":")
			.header("Digest", "sha-256=" + digest)
			.body(new InputStreamResource(content));
	}
}
