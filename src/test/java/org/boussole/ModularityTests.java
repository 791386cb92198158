package org.boussole;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other's public API, as declared in their package-info. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void verifiesModuleBoundaries() {
		modules.verify();
	}

	@Test
	void writesDocumentation() {
		// not writeDocumentation(): it also writes
		// META-INF/spring-modulith/application-modules.json into the build
		// output, which the application then trusts over its own scan; a stale copy left
		// by an earlier build would
		// hide a new module (and skip its migrations) until the next clean
		new Documenter(modules).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}

}
