package org.jointcase.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The application uses the engine through its public API, so that moving to an API-compatible fork of Camunda 7 is
 * a change of dependencies and package names. The engine's internals ({@code org.camunda.bpm.engine.impl..}) appear
 * only where the engine is configured: the engine plugin and the deployer it registers, which the engine offers only
 * as internal types, the clock and the history handler ({@code RecordHistory}, a plugin too) — each a small class to port, not a
 * use spread over the modules. A task action completes through {@code TaskService}, not the engine's own commands.
 */
class EnginePublicApiTests {

	private static final String CONFIGURATION = "org\\.jointcase\\.engine\\.(EngineLockdown|ShippedModels|EngineClock|RecordHistory)(\\$.*)?";

	@Test
	void onlyTheEngineConfigurationTouchesTheEngineInternals() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.jointcase");
		noClasses().that().haveNameNotMatching(CONFIGURATION)
			.should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
			.because("the engine's public API is what an API-compatible fork keeps")
			.check(application);
	}
}
