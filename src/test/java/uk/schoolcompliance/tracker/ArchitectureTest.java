package uk.schoolcompliance.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** domain, store, io and app never import JavaFX; the domain stays pure. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.schoolcompliance.tracker");

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideInAnyPackage("..tracker.domain..", "..tracker.store..", "..tracker.io..",
                        "..tracker.app..", "..tracker.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNothingButJava() {
        noClasses().that().resideInAPackage("..tracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..tracker.store..", "..tracker.io..",
                        "..tracker.app..", "..tracker.cli..", "..tracker.ui..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideInAnyPackage("..tracker.ui..", "..tracker.cli..", "..tracker.io..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(CLASSES);
    }
}
