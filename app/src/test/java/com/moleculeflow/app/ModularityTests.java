package com.moleculeflow.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The layout's promises: app modules talk only through each other's public surface, and dependencies point one way. */
class ModularityTests {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.moleculeflow");

    @Test
    void appModulesHaveNoCyclesAndUseOnlyEachOthersPublicSurface() {
        ApplicationModules.of(MoleculeFlowApplication.class).verify();
    }

    @Test
    void chemistryIsAPureLibrary() {
        noClasses().that().resideInAPackage("com.moleculeflow.chemistry..")
                .should().dependOnClassesThat().resideInAnyPackage("com.moleculeflow.workers..", "com.moleculeflow.app..",
                        "com.moleculeflow.processes..", "org.springframework..", "org.operaton..")
                .check(ALL);
    }

    @Test
    void workersDependOnNeitherTheAppNorTheEngine() {
        noClasses().that().resideInAPackage("com.moleculeflow.workers..")
                .should().dependOnClassesThat().resideInAnyPackage("com.moleculeflow.app..", "org.operaton..", "org.springframework..")
                .check(ALL);
    }

    @Test
    void processModelsKnowNothingOfTheAppOrWorkers() {
        noClasses().that().resideInAPackage("com.moleculeflow.processes..")
                .should().dependOnClassesThat().resideInAnyPackage("com.moleculeflow.app..", "com.moleculeflow.workers..")
                .check(ALL);
    }
}
