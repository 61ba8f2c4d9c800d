package org.jointcase.security.internal;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect provider that signs officers in, from {@code JOINTCASE_OIDC_*}. Without an issuer OIDC is off:
 * the embedded demo signs in with the directory's passwords only.
 *
 * @param issuer the provider's issuer, exactly as its tokens name it ({@code iss}); its discovery document lies at
 *        {@code issuer + /.well-known/openid-configuration}
 * @param discoveryUri where this node reads that document when it cannot reach the issuer's own address (a container
 *        network, where the browser's address of the provider is not the node's); defaults to the issuer. The document
 *        must still name {@link #issuer} as its issuer.
 * @param clientId the confidential client of the pages' authorization-code flow
 * @param clientSecret that client's secret
 * @param audience what an API bearer token must carry in {@code aud}
 * @param usernameClaim the claim that holds the officer's directory username
 */
@ConfigurationProperties("jointcase.security.oidc")
record OidcSettings(URI issuer, URI discoveryUri, String clientId, String clientSecret, String audience,
		@DefaultValue("preferred_username") String usernameClaim) {

	boolean enabled() {
		return issuer != null && !issuer.toString().isBlank();
	}

	URI discoveryDocument() {
		String base = (discoveryUri != null && !discoveryUri.toString().isBlank() ? discoveryUri : issuer).toString();
		return URI.create((base.endsWith("/") ? base : base + "/") + ".well-known/openid-configuration");
	}
}
