package org.jointcase.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: every operation requires a signed-in officer, with a bearer token of the identity provider
 * or, where the installation allows it (the demo, {@code jointcase.security.basic-enabled}), HTTP Basic. The server is
 * the installation that serves the description, so the same document fits production and a local demo.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basicAuth";
	static final String BEARER = "bearerAuth";

	private final boolean basic;

	OpenApiConfiguration(@Value("${jointcase.security.basic-enabled:false}") boolean basic) {
		this.basic = basic;
	}

	@Bean
	OpenAPI jointcaseOpenApi() {
		Components components = new Components().addSecuritySchemes(BEARER, new SecurityScheme()
			.type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("An access token of the installation's OpenID Connect provider, validated as RFC8725 "
					+ "advises: signature, issuer, audience and expiry"));
		if (basic) {
			components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("basic")
				.description("The directory's passwords; only where jointcase.security.basic-enabled allows it"));
		}
		return new OpenAPI()
			.info(new Info().title("Jointcase API")
				.description("Multi-agency case coordination for consumer-protection enforcement. Refusals are RFC 9457 "
						+ "problem details (application/problem+json) naming the field and the rule.")
				.version("v1")
				.contact(new Contact().name("Jointcase").url("https://jointcase.org")))
			.servers(List.of(new Server().url("/")
				.description("This installation: production, or a local demo")
				.extensions(java.util.Map.of("x-internal", true))))
			.components(components);
	}

	/** Puts the security requirement on each operation itself, so that no endpoint is described as open. */
	@Bean
	OpenApiCustomizer securityOnEveryOperation() {
		List<SecurityRequirement> requirements = new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER)));
		if (basic) {
			requirements.add(new SecurityRequirement().addList(BASIC));
		}
		return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations()
			.forEach(operation -> requirements.forEach(operation::addSecurityItem)));
	}
}
