package org.jointcase.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jointcase.directory.Directory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in. The API ({@code /api}, actuator) is stateless with HTTP Basic, so it
 * carries no cookie that a forged request could ride on and needs no CSRF token. The pages use form login with a
 * session and CSRF protection on every form; each request of a session reads the officer again from the directory
 * ({@link DirectorySessions}). Which officer may see which object is decided in the modules' services,
 * not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, SignInThrottle throttle, ObjectMapper json)
			throws Exception {
		return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/**")))
			.addFilterBefore(new SignInThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
				// Metrics describe the platform, not cases: they are for whoever runs it.
				.requestMatchers(path("/actuator/**")).hasRole("OPERATOR")
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("Jointcase").authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.build();
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Directory directory, SignInThrottle throttle, ObjectMapper json)
			throws Exception {
		return http
			.addFilterBefore(new SignInThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
			.securityContext(context -> context.securityContextRepository(new DirectorySessions(directory)))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
						"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}
}
