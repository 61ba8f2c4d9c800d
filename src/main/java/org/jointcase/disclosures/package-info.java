/**
 * Lets a case's owner ask the agency that recorded the informant for the identity, which that agency's supervisor
 * grants or refuses (the informant-disclosure process), on the case's timeline and in the audit trail.
 */
package org.jointcase.disclosures;
