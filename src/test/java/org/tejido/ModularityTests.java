package org.tejido;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private static final Path DIAGRAMS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(TejidoApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		this.modules.verify();
	}

	@Test
	void knowsEachFeatureAsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("library",
				"site");
	}

	@Test
	void writesTheModuleDiagramIntoTheDocs() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Files.readString(DIAGRAMS.resolve("components.puml"))).contains("\"Library\"").contains("\"Site\"");
	}

}
