package org.junheng;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The assessment engine and the rotation model are plain Java: no Spring, no SQL, no JSON library.
 * Persistence and wiring stay at the edge of their module, in the classes named here.
 */
class PureDomainTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "java.sql..", "javax.sql..",
        "com.fasterxml.jackson.databind..", "tools.jackson.."};

    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.junheng.assessment", "org.junheng.rotation.model");

    @Test
    void theRotationModelUsesNeitherSpringNorSqlNorJson() {
        noClasses().that().resideInAPackage("org.junheng.rotation.model..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    /**
     * The engine is every class of the assessment module but its Spring service, its JDBC store, its
     * profile store and its listener to imports (with the listener's retry). Enum keys carry Jackson's {@code @JsonValue}
     * annotation (a marker with no behaviour), which is allowed; the JSON library itself is not.
     */
    @Test
    void theAssessmentEngineUsesNeitherSpringNorSqlNorJson() {
        noClasses().that().resideInAPackage("org.junheng.assessment")
                .and().doNotHaveSimpleName("AssessmentService")
                .and().doNotHaveSimpleName("JdbcAssessmentResults")
                .and().doNotHaveSimpleName("ProvinceProfiles")
                .and().haveSimpleNameNotStartingWith("Reassessment")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    /**
     * The rotation model shows the solver's parts: the planning domain (the package itself), the score
     * ({@code score}), the custom search ({@code search}) and the adapter to Timefold's internals
     * ({@code timefold}); the domain depends on none of them and they on each other one way only.
     */
    @Test
    void theRotationModelsPartsDependOneWayOnTheDomain() {
        noClasses().that().resideInAPackage("org.junheng.rotation.model")
                .should().dependOnClassesThat().resideInAnyPackage("org.junheng.rotation.model.score..",
                        "org.junheng.rotation.model.search..", "org.junheng.rotation.model.timefold..")
                .check(classes);
        slices().matching("org.junheng.rotation.model.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Timefold's internal classes (its {@code impl} packages) are reached from one package only. */
    @Test
    void onlyTheTimefoldAdapterReachesIntoTimefoldsInternals() {
        noClasses().that().resideOutsideOfPackage("org.junheng.rotation.model.timefold..")
                .should().dependOnClassesThat().resideInAPackage("ai.timefold.solver.core.impl..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.junheng"));
    }
}
