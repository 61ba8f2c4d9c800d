package org.jointcase.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Secrets from files, as Docker and Kubernetes secrets are mounted: every environment variable
 * {@code JOINTCASE_<NAME>_FILE} names a file whose content (without the trailing line break) is taken as
 * {@code JOINTCASE_<NAME>}, e.g. {@code JOINTCASE_DB_PASSWORD_FILE=/run/secrets/db-password}. The application's
 * configuration reads the variables as before ({@code ${JOINTCASE_DB_PASSWORD}}). Setting both a variable and its
 * {@code _FILE} is refused, as is a file that cannot be read: better no start than a start with the wrong secret.
 * Registered in {@code META-INF/spring.factories}, it runs before any configuration is bound.
 */
public final class SecretFiles implements EnvironmentPostProcessor {

	private static final String PREFIX = "JOINTCASE_";
	private static final String SUFFIX = "_FILE";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> secrets = new TreeMap<>();
		environment.getSystemEnvironment().forEach((name, file) -> {
			if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && !String.valueOf(file).isBlank()) {
				String variable = name.substring(0, name.length() - SUFFIX.length());
				if (environment.getSystemEnvironment().get(variable) != null) {
					throw new IllegalStateException("Set " + variable + " or " + name + ", not both");
				}
				secrets.put(variable, read(name, String.valueOf(file)));
			}
		});
		if (!secrets.isEmpty()) {
			environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new MapPropertySource("jointcase-secret-files", secrets));
		}
	}

	private static String read(String name, String file) {
		try {
			return Files.readString(Path.of(file), StandardCharsets.UTF_8).stripTrailing();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(name + " names " + file + ", which cannot be read", unreadable);
		}
	}
}
