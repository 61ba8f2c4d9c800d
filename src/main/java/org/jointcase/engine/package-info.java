/**
 * Wires the Camunda process engine to this domain: how user tasks are addressed to agencies and roles, which beans
 * the models may call and which models may be deployed.
 */
package org.jointcase.engine;
