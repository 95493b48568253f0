package org.scibureau.platform.test.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * platform-test's own code checked the way every service checks its code. Its tests are left out: they include
 * fixtures that break the rules on purpose.
 */
@AnalyzeClasses(packages = "org.scibureau.platform.test", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests rules = ArchTests.in(ScibureauArchitectureRules.class);

}
