/**
 * Wires the Camunda process engine to this domain: how user tasks are addressed to agencies and roles.
 */
package org.jointcase.engine;
