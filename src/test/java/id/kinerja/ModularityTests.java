package id.kinerja;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(KinerjaApplication.class);

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.kinerja");

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		this.modules.verify();
	}

	@Test
	void noFieldInjection() {
		fields().should()
			.notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
			.because("dependencies come through constructors")
			.check(this.classes);
	}

	@Test
	void onlyWebPackagesUseServletTypes() {
		noClasses().that()
			.resideInAnyPackage("id.kinerja.agency", "id.kinerja.shared")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..")
			.because("domain code does not know about HTTP")
			.check(this.classes);
	}

	@Test
	void controllersArePackagePrivate() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.bePublic()
			.because("controllers are entry points, not API of their module")
			.check(this.classes);
	}

}
