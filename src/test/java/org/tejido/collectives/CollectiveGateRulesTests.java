package org.tejido.collectives;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.CrudRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that keep every collective's data behind the one gate, for code written today
 * and by later modules.
 */
class CollectiveGateRulesTests {

	private static final JavaClasses TEJIDO = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tejido");

	@Test
	void everyHandlerOfACollectivesPagesTakesTheMembershipTheGateChecks() {
		List<String> unguarded = handlers()
			.filter((method) -> paths(method).anyMatch((p) -> p.contains("{collective}")))
			.filter((method) -> !Arrays.asList(method.getParameterTypes()).contains(Membership.class))
			.map(Method::toString)
			.toList();
		assertThat(handlers().filter((method) -> paths(method).anyMatch((p) -> p.contains("{collective}"))))
			.hasSizeGreaterThan(20);
		assertThat(unguarded).isEmpty();
	}

	@Test
	void noHandlerTakesACollectiveIdExceptFromThePathTheGateReads() {
		List<String> elsewhere = handlers().filter((method) -> paths(method).anyMatch((p) -> p.contains("/c/")))
			.filter((method) -> paths(method).anyMatch((p) -> !p.contains("/c/{collective}")))
			.map(Method::toString)
			.toList();
		assertThat(elsewhere).isEmpty();
	}

	@Test
	void collectiveRecordsCannotBeFetchedWithoutNamingTheCollective() {
		noClasses().that()
			.resideInAPackage("org.tejido.collectives..")
			.should()
			.beAssignableTo(CrudRepository.class)
			.because("a plain findById or findAll would read across collectives")
			.check(TEJIDO);
	}

	private static Stream<Method> handlers() {
		return TEJIDO.stream()
			.filter((type) -> type.getSimpleName().endsWith("Controller"))
			.map(JavaClass::reflect)
			.flatMap((type) -> Arrays.stream(type.getDeclaredMethods()));
	}

	private static Stream<String> paths(Method method) {
		GetMapping get = method.getAnnotation(GetMapping.class);
		PostMapping post = method.getAnnotation(PostMapping.class);
		RequestMapping request = method.getAnnotation(RequestMapping.class);
		return Stream
			.of(get != null ? get.value() : new String[0], post != null ? post.value() : new String[0],
					request != null ? request.value() : new String[0])
			.flatMap(Arrays::stream);
	}

}
