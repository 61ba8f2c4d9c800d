/**
 * Shared conventions of the modules' SQL: how instants are written to and read from the database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.jointcase.persistence;
