/**
 * Signs officers in (OpenID Connect or the sign-in form for pages; bearer tokens, or HTTP Basic in the demo, for the
 * API) and tells every module who is acting.
 */
package org.jointcase.security;
