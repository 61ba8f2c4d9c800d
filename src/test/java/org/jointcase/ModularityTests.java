package org.jointcase;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(JointcaseApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
