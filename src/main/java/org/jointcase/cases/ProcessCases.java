package org.jointcase.cases;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jointcase.cases.CaseViews.Document;
import org.jointcase.cases.CaseViews.OverlappingCase;
import org.jointcase.cases.CaseViews.Party;
import org.jointcase.cases.CaseViews.Share;
import org.jointcase.cases.process.CaseHeader;
import org.jointcase.cases.process.CaseProcessing;
import org.jointcase.cases.process.ShareGrant;
import org.jointcase.cases.process.TimelineSubject;
import org.jointcase.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseProcessing}: the effects processes have on cases, after their own policy decided. */
@Service
class ProcessCases implements CaseProcessing {

	private final CaseRepository repository;
	private final CaseAccess access;
	private final CaseDocuments documents;
	private final Cases cases;

	ProcessCases(CaseRepository repository, CaseAccess access, CaseDocuments documents, Cases cases) {
		this.repository = repository;
		this.access = access;
		this.documents = documents;
		this.cases = cases;
	}

	@Override
	public UUID openCase(CaseInput input, String ownerAgency, String officer, String origin) {
		return cases.recordFor(officer, ownerAgency, input, origin);
	}

	@Override
	public UUID grant(ShareGrant grant) {
		return access.grant(grant);
	}

	@Override
	public void revokeAll(ShareSource source, String sourceId, String by, String byAgency) {
		access.revokeAll(source, sourceId, by, byAgency);
	}

	@Override
	public List<Share> activeSharesFrom(ShareSource source, List<String> sourceIds) {
		return access.activeSharesFrom(source, sourceIds);
	}

	@Override
	@Transactional
	public void changeOwner(UUID caseId, String newOwner, String officer, String officerAgency, String why) {
		repository.changeOwner(caseId, newOwner, Instant.now());
		recordEvent(caseId, officer, officerAgency, "OWNER_CHANGED", newOwner + ": " + why);
	}

	@Override
	public void lock(UUID caseId) {
		repository.lock(caseId);
	}

	@Override
	public void recordEvent(UUID caseId, String officer, String officerAgency, String type, String detail) {
		repository.insertEvent(caseId, Instant.now(), officer, officerAgency, type, detail);
	}

	@Override
	public void recordEvent(UUID caseId, String officer, String officerAgency, String type, String detail,
			TimelineSubject subject) {
		repository.insertEvent(caseId, Instant.now(), officer, officerAgency, type, detail, subject);
	}

	@Override
	public CaseHeader header(UUID caseId) {
		return repository.find(caseId)
			.map(row -> new CaseHeader(row.id(), row.reference(), row.title(), row.ownerAgency(), row.status()))
			.orElseThrow(() -> ApiProblem.notFound("Case"));
	}

	@Override
	public List<OverlappingCase> overlapping(UUID caseId) {
		CaseRepository.CaseRow row = repository.find(caseId).orElseThrow(() -> ApiProblem.notFound("Case"));
		return repository.openCasesNaming(creditCodes(caseId), row.ownerAgency(), caseId);
	}

	@Override
	public Set<String> creditCodes(UUID caseId) {
		return businesses(caseId).stream()
			.map(Party::creditCode)
			.filter(code -> code != null)
			.collect(Collectors.toSet());
	}

	@Override
	public List<Party> businesses(UUID caseId) {
		return repository.parties(caseId).stream().filter(party -> party.kind() == PartyKind.BUSINESS).toList();
	}

	@Override
	public List<UUID> documentIds(UUID caseId) {
		return documents.documentIds(caseId);
	}

	@Override
	public Document attach(UUID caseId, String officer, String agency, String fileName, String declaredType,
			InputStream content, String origin) {
		return documents.attach(caseId, officer, agency, fileName, declaredType, content, origin);
	}

	@Override
	public StoredFile keep(String fileName, String declaredType, InputStream content) {
		return documents.keep(fileName, declaredType, content);
	}

	@Override
	public InputStream content(UUID fileId) {
		return documents.content(fileId);
	}

	@Override
	public Document attach(UUID caseId, String officer, String agency, StoredFile file, String origin) {
		return documents.attach(caseId, officer, agency, file, origin);
	}
}
