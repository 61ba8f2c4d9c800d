package org.jointcase.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;

/** {@code JOINTCASE_<NAME>_FILE} stands for {@code JOINTCASE_<NAME>}, as Docker secrets are handed over. */
class SecretFilesTests {

	@TempDir
	Path folder;

	@Test
	void aFileNamedByAFileVariableIsTheVariablesValue() throws IOException {
		Path password = Files.writeString(folder.resolve("db-password"), "s3cret-from-a-file\n");
		Path secret = Files.writeString(folder.resolve("oidc-secret"), "client-secret");
		StandardEnvironment environment = environment(Map.of("JOINTCASE_DB_PASSWORD_FILE", password.toString(),
				"JOINTCASE_OIDC_CLIENT_SECRET_FILE", secret.toString(), "OTHER_FILE", secret.toString()));
		new SecretFiles().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("JOINTCASE_DB_PASSWORD")).isEqualTo("s3cret-from-a-file");
		assertThat(environment.resolvePlaceholders("${JOINTCASE_OIDC_CLIENT_SECRET:}")).isEqualTo("client-secret");
		assertThat(environment.getProperty("OTHER")).isNull();
	}

	@Test
	void bothTheVariableAndItsFileOrAnUnreadableFileStopTheStart() {
		assertThatThrownBy(() -> new SecretFiles().postProcessEnvironment(environment(Map.of("JOINTCASE_AUDIT_KEY",
				"k", "JOINTCASE_AUDIT_KEY_FILE", "/run/secrets/audit-key")), null))
			.hasMessageContaining("JOINTCASE_AUDIT_KEY or JOINTCASE_AUDIT_KEY_FILE");
		assertThatThrownBy(() -> new SecretFiles().postProcessEnvironment(environment(Map.of(
				"JOINTCASE_DB_PASSWORD_FILE", folder.resolve("missing").toString())), null))
			.isInstanceOf(UncheckedIOException.class).hasMessageContaining("JOINTCASE_DB_PASSWORD_FILE");
	}

	private static StandardEnvironment environment(Map<String, Object> variables) {
		return new StandardEnvironment() {
			@Override
			public Map<String, Object> getSystemEnvironment() {
				return variables;
			}
		};
	}
}
