package org.jointcase.security.internal;

import org.jointcase.directory.Directory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Gives an empty production directory its first administrator from the environment
 * ({@code JOINTCASE_ADMIN_USERNAME}, {@code JOINTCASE_ADMIN_PASSWORD}, {@code JOINTCASE_ADMIN_REGION},
 * {@code JOINTCASE_ADMIN_DEPARTMENT}); nothing happens once an administrator exists or when no username is set.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	private final Directory directory;
	private final Settings settings;

	InitialAdministrator(Directory directory, Settings settings) {
		this.directory = directory;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (settings.username() != null && !settings.username().isBlank()) {
			directory.bootstrapAdministrator(settings.username(), settings.password(), settings.region(),
					settings.department());
		}
	}

	@ConfigurationProperties("jointcase.security.initial-administrator")
	record Settings(String username, String password, String region, String department) {
	}
}
