package org.jointcase.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jointcase.directory.Directory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in. The API ({@code /api}, actuator) is stateless: bearer JWTs of the OpenID Connect provider when one is
 * configured, and HTTP Basic with the directory's passwords where {@link SecuritySettings#basicEnabled()} allows it
 * (the demo). It carries no cookie that a forged request could ride on and needs no CSRF token. The pages keep a
 * session with CSRF protection on every form; officers sign in through the provider (authorization code with PKCE) or
 * with the sign-in form, and each request of a session reads the officer again from the directory
 * ({@link DirectorySessions}). Which officer may see which object is decided in the modules' services, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Passwords are checked with BCrypt on every sign-in and every Basic call; nothing of them is remembered. */
	@Bean
	DaoAuthenticationProvider passwordSignIn(Directory directory, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new OfficerDetailsService(directory));
		provider.setPasswordEncoder(passwords);
		return provider;
	}

	@Bean
	OidcOfficers oidcOfficers(Directory directory, OidcSettings oidc) {
		return new OidcOfficers(directory, oidc.usernameClaim());
	}

	/** What the sign-in page offers, for its template ({@code @signInOptions}). */
	@Bean
	SignInOptions signInOptions(OidcSettings oidc) {
		return new SignInOptions(oidc.enabled(), OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
				+ "/" + OidcProvider.REGISTRATION_ID);
	}

	@Bean
	OidcProviderHolder oidcProvider(OidcSettings oidc) {
		return new OidcProviderHolder(oidc.enabled() ? OidcProvider.discover(oidc) : null);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, SecuritySettings settings,
			OidcProviderHolder provider, OidcOfficers officers, SignInThrottle throttle, ObjectMapper json)
			throws Exception {
		http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/**")))
			.addFilterBefore(new SignInThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
				// Metrics describe the platform, not cases: they are for whoever runs it.
				.requestMatchers(path("/actuator/**")).hasRole("OPERATOR")
				.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		apiCredentials(http, problems, settings, provider, officers);
		return http.build();
	}

	/**
	 * The API's OpenAPI description, JSON and YAML alike, for signed-in officers only: through a page session (the
	 * Swagger UI in the browser), a bearer token or, where allowed, Basic. Anonymous callers get a 401 problem.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain apiDescription(HttpSecurity http, ProblemWriter problems, SecuritySettings settings,
			OidcProviderHolder provider, OidcOfficers officers, Directory directory) throws Exception {
		http.securityMatcher(new OrRequestMatcher(path("/v3/api-docs"), path("/v3/api-docs/**"),
				path("/v3/api-docs.yaml")))
			.securityContext(context -> context.securityContextRepository(new DirectorySessions(directory)))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		apiCredentials(http, problems, settings, provider, officers);
		return http.build();
	}

	/** The credentials the API takes: Basic where the settings allow it, bearer tokens where a provider is set. */
	private static void apiCredentials(HttpSecurity http, ProblemWriter problems, SecuritySettings settings,
			OidcProviderHolder provider, OidcOfficers officers) throws Exception {
		if (settings.basicEnabled()) {
			http.httpBasic(basic -> basic.realmName("Jointcase").authenticationEntryPoint(problems));
		}
		if (provider.present()) {
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.decoder(provider.get().bearerTokens())
					.jwtAuthenticationConverter(officers.bearerTokens())));
		}
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Directory directory, OidcProviderHolder provider,
			OidcOfficers officers, SignInThrottle throttle, ObjectMapper json) throws Exception {
		DirectorySessions sessions = new DirectorySessions(directory);
		http.addFilterBefore(new SignInThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
			.securityContext(context -> context.securityContextRepository(sessions))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
						"/favicon.ico", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		if (provider.present()) {
			ClientRegistrationRepository registrations = provider.get().registrations();
			OAuth2AuthorizedClientRepository providerTokens = new HttpSessionOAuth2AuthorizedClientRepository();
			DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
					registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
			// PKCE for the confidential client too: a stolen authorization code is useless without the verifier.
			withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
			http.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(registrations)
				.authorizedClientRepository(providerTokens)
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(officers.pageUsers()))
				.successHandler(officers.pageSignedIn(sessions, providerTokens))
				.failureUrl("/login?error=oidc"));
		}
		return http.build();
	}

	/** The discovered provider, absent when OIDC is off. */
	record OidcProviderHolder(OidcProvider provider) {

		boolean present() {
			return provider != null;
		}

		OidcProvider get() {
			return provider;
		}
	}
}
