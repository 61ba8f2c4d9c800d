package org.jointcase.security.internal;

import java.util.Map;
import java.util.Objects;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * The identity provider as its discovery document describes it, read once at start-up: the pages' client
 * registration and the API's token decoder. Tokens must come from {@link OidcSettings#issuer()}, be signed by a key of
 * its JWKS, be current, and carry the configured audience.
 */
final class OidcProvider {

	static final String REGISTRATION_ID = "oidc";

	private final OidcSettings settings;
	private final Map<String, Object> metadata;

	private OidcProvider(OidcSettings settings, Map<String, Object> metadata) {
		this.settings = settings;
		this.metadata = metadata;
	}

	/** Reads the discovery document; fails start-up when it names another issuer than the configured one. */
	static OidcProvider discover(OidcSettings settings) {
		Map<String, Object> metadata = RestClient.create().get().uri(settings.discoveryDocument()).retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		Objects.requireNonNull(metadata, "No discovery document at " + settings.discoveryDocument());
		if (!settings.issuer().toString().equals(metadata.get("issuer"))) {
			throw new IllegalStateException("The discovery document at " + settings.discoveryDocument()
					+ " names issuer " + metadata.get("issuer") + ", not " + settings.issuer());
		}
		return new OidcProvider(settings, metadata);
	}

	ClientRegistrationRepository registrations() {
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("OpenID Connect")
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.issuerUri(settings.issuer().toString())
			.authorizationUri(endpoint("authorization_endpoint"))
			.tokenUri(endpoint("token_endpoint"))
			.jwkSetUri(endpoint("jwks_uri"))
			// The ID token carries the username claim; the officer's details come from the directory, not userinfo.
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(metadata)
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	JwtDecoder bearerTokens() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(endpoint("jwks_uri")).build();
		String audience = settings.audience() == null || settings.audience().isBlank() ? settings.clientId()
				: settings.audience();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(settings.issuer().toString()),
				new JwtClaimValidator<java.util.List<String>>(JwtClaimNames.AUD,
						aud -> aud != null && aud.contains(audience))));
		return decoder;
	}

	private String endpoint(String name) {
		Object value = metadata.get(name);
		if (value == null) {
			throw new IllegalStateException("The discovery document names no " + name);
		}
		return value.toString();
	}
}
