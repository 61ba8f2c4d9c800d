package org.jointcase.cases;

/**
 * Filters of the case list, each optional ({@code null}): region matches the region and every region inside it;
 * text matches title or summary, ignoring case.
 */
public record CaseFilter(CaseStatus status, CaseCategory category, String regionCode, String creditCode,
		String text) {
}
