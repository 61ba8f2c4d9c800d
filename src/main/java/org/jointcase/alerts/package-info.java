/**
 * Alerts (预警): a supervisor warns chosen agencies and regions about a business or a practice until an expiry date;
 * each addressed agency acknowledges and may answer that it found the business, and an active alert shows wherever
 * that business appears to its addressees.
 */
package org.jointcase.alerts;
