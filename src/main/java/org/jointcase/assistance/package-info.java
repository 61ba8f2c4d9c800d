/**
 * Assistance requests (协查): an agency asks other agencies to verify facts or collect evidence for one of its cases,
 * each addressed agency answers item by item, and the requester accepts each answer or asks for more.
 */
package org.jointcase.assistance;
