package org.tejido;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * H2 is on the compile class path only so that the H2 file upkeep can reach its file
 * store (decision 0020); the rest of Tejido speaks JDBC to whichever database it runs on.
 */
class H2EngineRulesTests {

	private static final JavaClasses TEJIDO = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tejido");

	@Test
	void onlyTheH2FileUpkeepReachesIntoH2sEngine() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(H2FileCompaction.class.getName())
			.and()
			.doNotHaveFullyQualifiedName(H2FileUpkeep.class.getName())
			.and()
			.resideOutsideOfPackage("org.h2..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.h2..")
			.because("the database is reached through JDBC, so that PostgreSQL serves every module as H2 does")
			.check(TEJIDO);
	}

}
