/**
 * Shared conventions of the HTTP API: RFC 9457 problem details and paging.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.jointcase.web;
