/**
 * Keeps the directory of regions, departments, agencies and officers, and answers who is whose superior.
 */
package org.jointcase.directory;
