package org.jointcase.directory;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An agency with the actions the viewing officer may take on it now ({@link DirectoryPolicy}). */
public record AgencyView(@JsonUnwrapped Agency agency, Set<String> allowedActions) {
}
