/**
 * The inbox every process shares: user tasks addressed to agencies and roles, their working-day deadlines with
 * reminders and supervision, and the typed actions officers take on them.
 */
package org.jointcase.tasks;
