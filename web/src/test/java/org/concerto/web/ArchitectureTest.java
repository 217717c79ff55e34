package org.concerto.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The faces use the application through its services, read models and value types, never through its
 * persistence, its file store or its libraries (README, "Rules of the house"). Plain JUnit tests rather than
 * {@code @ArchTest} fields, which Surefire 3.5.3 does not run (TNG/ArchUnit#1442).
 */
class ArchitectureTest {

    /** Parts of the application that only the application calls: storage, schema, and whatever holds an EntityManager itself. */
    private static final Set<String> INTERNALS = Set.of(
            "org.concerto.files.FileStore",
            "org.concerto.shared.SchemaMigrations",
            "org.concerto.shared.MigrationIntegrator");

    static final DescribedPredicate<JavaClass> APPLICATION_INTERNALS =
            new DescribedPredicate<>(
                    "internals of the application (FileStore, the migrations, and any class but a session bean that holds an EntityManager)") {
                @Override
                public boolean test(JavaClass type) {
                    if (type.getPackageName().startsWith("org.concerto.web")
                            || !type.getPackageName().startsWith("org.concerto.")) {
                        return false;
                    }
                    if (INTERNALS.contains(type.getName())) {
                        return true;
                    }
                    boolean sessionBean = type.isAnnotatedWith(Stateless.class)
                            || type.isAnnotatedWith(Singleton.class)
                            || type.isAnnotatedWith(Stateful.class);
                    boolean holdsEntityManager = type.getFields().stream()
                                    .anyMatch(field -> !field.getModifiers().contains(JavaModifier.STATIC)
                                            && field.getRawType().isAssignableTo(EntityManager.class))
                            || type.getConstructors().stream()
                                    .anyMatch(constructor -> constructor.getRawParameterTypes().stream()
                                            .anyMatch(parameter -> parameter.isAssignableTo(EntityManager.class)));
                    return !sessionBean && holdsEntityManager;
                }
            };

    private static JavaClasses web;

    @BeforeAll
    static void importTheFaces() {
        // The application's classes come from the classpath (ejb is a provided dependency), so that the rules can look
        // into them.
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.concerto");
    }

    @Test
    void noPackagesOfTheFacesDependOnEachOtherInACircle() {
        slices().matching("org.concerto.web.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(web);
    }

    @Test
    void theFacesNeverTouchAnEntityManagerNorIText() {
        noClasses()
                .that()
                .resideInAPackage("org.concerto.web..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(EntityManager.class, EntityManagerFactory.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("com.itextpdf..", "org.bouncycastle..", "jakarta.mail..")
                .because("every read and write goes through a service; one package talks to iText, one to Jakarta Mail")
                .check(web);
    }

    @Test
    void theFacesUseNoInternalsOfTheApplication() {
        noClasses()
                .that()
                .resideInAPackage("org.concerto.web..")
                .should()
                .dependOnClassesThat(APPLICATION_INTERNALS)
                .check(web);
    }

    @Test
    void theApplicationDoesNotKnowTheFaces() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.concerto.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.concerto.web..")
                .check(web);
    }
}
