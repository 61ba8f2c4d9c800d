/**
 * Keeps the tamper-evident trail of who read or changed case data, or tried to and was refused, for auditors.
 */
package org.jointcase.audit;
