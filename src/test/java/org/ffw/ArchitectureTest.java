package org.ffw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The feature packages stay a modular monolith: no cycles, and features meet only through their services. */
@AnalyzeClasses(packages = "org.ffw", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles =
            slices().matching("org.ffw.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platform_depends_on_no_feature =
            noClasses().that().resideInAPackage("org.ffw.platform..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.ffw.identity..", "org.ffw.employer..",
                            "org.ffw.complaint..", "org.ffw.subsidy..", "org.ffw.certification..",
                            "org.ffw.worktable..", "org.ffw.report..");

    /** Package-private mappers: the compiler keeps other features out of a feature's tables. */
    @ArchTest
    static final ArchRule mappers_are_used_only_inside_their_feature =
            classes().that().haveSimpleNameEndingWith("Mapper").and().areInterfaces().should().notBePublic();

    @ArchTest
    static final ArchRule controllers_are_not_called_by_other_code =
            classes().that().haveSimpleNameEndingWith("Controller")
                    .should().notBePublic();
}
