package org.jointcase.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jointcase.cases.CaseCategory;
import org.jointcase.cases.CreditCode;
import org.jointcase.directory.DirectoryLimits;

/** Request bodies of the alert API and of the alert's task action. */
public final class AlertInputs {

	private AlertInputs() {
	}

	/**
	 * A supervisor issues an alert. A {@code BUSINESS} alert names its credit code, its name or both; a
	 * {@code PRACTICE} alert describes it in {@code practice}. It goes to {@code agencies} and to every agency of
	 * {@code regions} (each region with the regions inside it), never to the issuing agency itself. {@code caseId} and
	 * {@code documentIds} name evidence of a case the issuing agency owns, which the addressees see until it expires.
	 */
	public record Issue(@NotNull AlertSubject subject,
			@CreditCode @Size(max = AlertLimits.CREDIT_CODE) String creditCode,
			@Size(max = AlertLimits.BUSINESS_NAME) String businessName,
			@Size(max = AlertLimits.PRACTICE) String practice, @NotNull CaseCategory category,
			@NotNull AlertSeverity severity, @NotBlank @Size(max = AlertLimits.SUMMARY) String summary,
			@Size(max = 200) List<@NotBlank @Size(max = DirectoryLimits.AGENCY_CODE) String> agencies,
			@Size(max = 20) List<@NotBlank @Size(max = DirectoryLimits.REGION_CODE) String> regions,
			@NotNull @Future LocalDate expiresOn,
			UUID caseId, @Size(max = 20) List<@NotNull UUID> documentIds) {

		List<String> agenciesOrEmpty() {
			return agencies == null ? List.of() : agencies;
		}

		List<String> regionsOrEmpty() {
			return regions == null ? List.of() : regions;
		}

		List<UUID> documentIdsOrEmpty() {
			return documentIds == null ? List.of() : documentIds;
		}
	}

	/**
	 * The agency acknowledges the alert; {@code found} when the business operates in its area, with what it found and
	 * optionally one of its own cases about it.
	 */
	public record Acknowledgement(Boolean found, @Size(max = AlertLimits.ANSWER) String answer, UUID caseId) {
	}
}
