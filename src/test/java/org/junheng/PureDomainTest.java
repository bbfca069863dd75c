package org.junheng;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
