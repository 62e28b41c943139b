package com.dealercs;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of the dependencies, held against the compiled classes of this module (the web
 * module has its own rules for the interfaces): interfaces → application → domain, and the
 * infrastructure implements what the application and the domain declare (repositories, the audit
 * trail, the import jobs, password hashing), so nothing but the container refers to it.
 */
@AnalyzeClasses(packages = "com.dealercs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("com.dealercs.domain..")
            .layer("Application").definedBy("com.dealercs.application..")
            .layer("Infrastructure").definedBy("com.dealercs.infrastructure..")
            .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Infrastructure")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Infrastructure");

    @ArchTest
    static final ArchRule applicationKnowsNoInfrastructure = noClasses().that()
            .resideInAPackage("com.dealercs.application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.dealercs.infrastructure..",
                    "com.dealercs.interfaces..");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("com.dealercs.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.dealercs.application..",
                    "com.dealercs.infrastructure..", "com.dealercs.interfaces..");

    /** The scoring rules are plain Java: no framework, no persistence, nothing of the rest of the domain. */
    @ArchTest
    static final ArchRule scoringIsPlainJava = classes().that().resideInAPackage("com.dealercs.domain.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.dealercs.domain.scoring..", "java..");

    @ArchTest
    static final ArchRule layersFreeOfCycles = slices().matching("com.dealercs.(*)..").should().beFreeOfCycles();
}
