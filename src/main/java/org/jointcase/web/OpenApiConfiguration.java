package org.jointcase.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: every operation requires a signed-in officer, with a bearer token of the identity provider
 * or, where the installation allows it (the demo), HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basicAuth";
	static final String BEARER = "bearerAuth";

	@Bean
	OpenAPI jointcaseOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Jointcase API")
				.description("Multi-agency case coordination for consumer-protection enforcement")
				.version("v1"))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

	/** Puts the security requirement on each operation itself, so that no endpoint is described as open. */
	@Bean
	OpenApiCustomizer securityOnEveryOperation() {
		return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations()
			.forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(BEARER))
				.addSecurityItem(new SecurityRequirement().addList(BASIC))));
	}
}
