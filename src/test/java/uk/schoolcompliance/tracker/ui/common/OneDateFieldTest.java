package uk.schoolcompliance.tracker.ui.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.LocalDate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import javafx.scene.control.DatePicker;

/**
 * Every date input of the window is the one {@link DateField} (made by {@link DateFields}): a bare
 * DatePicker would round 31/11/2026 to 30/11/2026 or wipe what was typed without a word.
 */
class OneDateFieldTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.schoolcompliance.tracker");

    @Test
    void noScreenMakesABareDatePicker() {
        noClasses().that().doNotHaveFullyQualifiedName(DateField.class.getName())
                .should().callConstructor(DatePicker.class)
                .orShould().callConstructor(DatePicker.class, LocalDate.class)
                .because("date inputs are made with DateFields.picker/asOf, which read and refuse dates the same way")
                .check(CLASSES);
    }
}
