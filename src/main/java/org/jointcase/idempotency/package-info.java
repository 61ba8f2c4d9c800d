/**
 * Runs a change at most once per officer and Idempotency-Key, answers a retry with the first answer on any node, and
 * retries a change once that lost a race.
 */
package org.jointcase.idempotency;
