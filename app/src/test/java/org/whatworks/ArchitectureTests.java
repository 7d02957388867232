package org.whatworks;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.whatworks.core.plugin.CentrePlugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries between core, the centres and the app. Centres are found by what they
 * implement, never by name, so a new centre is checked without changing this test.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.whatworks");

	private static final Set<String> CENTRE_PACKAGES = centrePackages();

	private static Set<String> centrePackages() {
		Set<String> packages = new TreeSet<>();
		for (JavaClass javaClass : CLASSES) {
			if (!javaClass.isInterface() && javaClass.isAssignableTo(CentrePlugin.class)) {
				packages.add(javaClass.getPackageName());
			}
		}
		return packages;
	}

	private static final DescribedPredicate<JavaClass> IN_A_CENTRE = DescribedPredicate.describe("in a centre module",
			(javaClass) -> CENTRE_PACKAGES.stream().anyMatch((p) -> inPackage(javaClass, p)));

	private static final DescribedPredicate<JavaClass> IN_CORE = DescribedPredicate.describe("in core",
			(javaClass) -> inPackage(javaClass, "org.whatworks.core"));

	private static boolean inPackage(JavaClass javaClass, String pkg) {
		return javaClass.getPackageName().equals(pkg) || javaClass.getPackageName().startsWith(pkg + ".");
	}

	@Test
	void allSixCentresAreFound() {
		assertThat(CENTRE_PACKAGES).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void coreNamesNoCentreAndNoAppCode() {
		noClasses().that(IN_CORE)
			.should()
			.dependOnClassesThat(IN_A_CENTRE.or(DescribedPredicate.describe("in the app",
					(c) -> c.getPackageName().startsWith("org.whatworks") && !IN_CORE.test(c) && !IN_A_CENTRE.test(c))))
			.check(CLASSES);
	}

	@Test
	void aCentreNamesOnlyCoresModelAndContractAndItself() {
		for (String centre : CENTRE_PACKAGES) {
			classes().that()
				.resideInAPackage(centre + "..")
				.should()
				.onlyDependOnClassesThat()
				.resideInAnyPackage(centre + "..", "org.whatworks.core.plugin..", "org.whatworks.core.model..",
						"org.whatworks.core.standard..", "java..", "org.springframework.boot.autoconfigure..",
						"org.springframework.context.annotation..")
				.check(CLASSES);
		}
	}

	@Test
	void appCodeNamesNoCentre() {
		noClasses().that(DescribedPredicate.describe("in the app", (c) -> !IN_CORE.test(c) && !IN_A_CENTRE.test(c)))
			.should()
			.dependOnClassesThat(IN_A_CENTRE)
			.check(CLASSES);
	}

	@Test
	void coreContractTypesAreFreeOfSpring() {
		noClasses().that()
			.resideInAnyPackage("org.whatworks.core..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_PACKAGE_INFOS)
				.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.whatworks.core"));
	}

}
