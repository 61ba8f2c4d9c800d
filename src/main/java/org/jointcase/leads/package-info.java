/**
 * Transfers leads between agencies (线索移送): proposal, approval, acceptance or dispute, designation, handover of
 * ownership and the report back, as the lead-transfer process.
 */
package org.jointcase.leads;
