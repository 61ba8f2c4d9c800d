/**
 * Signs officers in (form login for pages, HTTP Basic for the API) and tells every module who is acting.
 */
package org.jointcase.security;
