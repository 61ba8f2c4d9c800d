package org.jointcase.directory;

/**
 * An administrator created an agency; published in the transaction that stored it.
 *
 * @param agencyCode the new agency
 * @param by the administrator's username
 * @param byAgency the administrator's agency
 */
public record AgencyCreated(String agencyCode, String by, String byAgency) {
}
