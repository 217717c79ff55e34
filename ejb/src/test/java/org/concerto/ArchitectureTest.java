package org.concerto;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the application (README, "Rules of the house"), checked on the compiled classes: one-way
 * dependencies between the packages, and the libraries kept at their edges. Plain JUnit tests rather than
 * {@code @ArchTest} fields, which Surefire 3.5.3 does not run (TNG/ArchUnit#1442).
 */
class ArchitectureTest {

    private static JavaClasses application;

    @BeforeAll
    static void importTheApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concerto");
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("org.concerto.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(application);
    }

    /** A library edge: features hand it content built from its value types; it knows nothing of them. */
    @Test
    void pdfImportsOnlySharedAndItsLibraries() {
        classes()
                .that()
                .resideInAPackage("org.concerto.pdf..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.concerto.pdf..",
                        "org.concerto.shared..",
                        "com.itextpdf..",
                        "org.bouncycastle..",
                        "java..",
                        "javax..",
                        "jakarta.annotation..",
                        "jakarta.inject..",
                        "jakarta.enterprise..",
                        "org.slf4j..",
                        "org.jboss.logging..")
                .because(
                        "pdf is a library edge: features build the content, decide who may have it, and ask pdf to render it")
                .check(application);
    }

    @Test
    void theApplicationKnowsNothingOfTheFaces() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("dependencies point one way, web -> ejb")
                .check(application);
    }

    @Test
    void onlyMailTalksToJakartaMailAndICalendar() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.concerto.mail..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.mail..", "net.fortuna.ical4j..")
                .check(application);
    }

    @Test
    void onlyPdfTalksToITextAndBouncyCastle() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.concerto.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.itextpdf..", "org.bouncycastle..")
                .check(application);
    }
}
