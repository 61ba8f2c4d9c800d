package org.jointcase.cases.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jointcase.cases.CaseDocuments;
import org.jointcase.cases.CaseViews.Document;
import org.jointcase.security.SignedInOfficer;
import org.jointcase.web.ApiProblem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/cases/{caseId}/documents")
class DocumentController {

	private final CaseDocuments documents;

	DocumentController(CaseDocuments documents) {
		this.documents = documents;
	}

	/** The case's documents the officer may see, with their names, types, sizes and digests. */
	@GetMapping
	List<Document> list(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId) {
		return documents.list(officer, caseId);
	}

	/** Uploads one file as multipart form field {@code file}; the size limit is {@code JOINTCASE_MAX_UPLOAD}. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Document> upload(@AuthenticationPrincipal SignedInOfficer officer, @PathVariable UUID caseId,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null) {
			throw ApiProblem.invalid("file", "required", "Send the document as the multipart field 'file'");
		}
		Document uploaded = documents.upload(officer, caseId, file.getOriginalFilename(), file.getContentType(),
				file.getInputStream());
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/documents/" + uploaded.id() + "/content"))
			.body(uploaded);
	}

	/** Downloads one document's content, with its media type and file name. */
	@GetMapping("/{documentId}/content")
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal SignedInOfficer officer,
			@PathVariable UUID caseId, @PathVariable UUID documentId) {
		return documents.download(officer, caseId, documentId).toResponse();
	}
}
