package org.jointcase.statistics;

/** The agencies a report counts: those of {@code regionCode} and inside it, or the one {@code agencyCode}. */
public record StatisticsScope(String regionCode, String agencyCode) {

	public boolean oneAgency() {
		return agencyCode != null;
	}
}
