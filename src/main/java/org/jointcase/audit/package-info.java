/**
 * Keeps the tamper-evident trail of who read and changed case data, and who was refused.
 */
package org.jointcase.audit;
