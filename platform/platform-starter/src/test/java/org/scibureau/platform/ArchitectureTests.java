package org.scibureau.platform;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import org.scibureau.platform.test.architecture.ScibureauArchitectureRules;

@AnalyzeClasses(packages = "org.scibureau.platform")
class ArchitectureTests {

	@ArchTest
	static final ArchTests rules = ArchTests.in(ScibureauArchitectureRules.class);

}
