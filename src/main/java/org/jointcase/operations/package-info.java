/**
 * Keeps the process engine running for operators: its incidents and failed jobs, and retrying them, never case data.
 */
package org.jointcase.operations;
