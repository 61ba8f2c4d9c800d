package org.jointcase.security.internal;

/**
 * What the sign-in page offers besides the password form.
 *
 * @param oidc whether officers may sign in through the OpenID Connect provider
 * @param oidcPath where the page's "sign in with the identity provider" link starts the authorization-code flow
 */
public record SignInOptions(boolean oidc, String oidcPath) {
}
