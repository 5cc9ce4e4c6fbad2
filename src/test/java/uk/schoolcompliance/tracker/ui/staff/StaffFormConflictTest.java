package uk.schoolcompliance.tracker.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.Editors;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.DialogHost;

/**
 * Issue #19 in the window: the staff form is opened, someone else changes the person behind it, and Save is refused
 * with "changed by LOGIN at HH:MM since you opened it" and both values; the form stays open with the user's values and
 * nothing is overwritten. Reopening it shows their change and saves.
 */
@ExtendWith(ApplicationExtension.class)
class StaffFormConflictTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DialogHost.mount(stage);
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedShowingBothValuesAndKeepsTheForm(FxRobot robot) {
        Editors editors = new Editors(StoreKind.SQLITE, Editors.BEN);
        TrackerServices s = editors.open(dir);
        StaffViewModel vm = new StaffViewModel(DialogHost.context(s));
        vm.load();
        StaffMember person = s.allStaff().stream().filter(m -> m.leaveDate() == null && m.jobTitle() != null)
                .findFirst().orElseThrow();
        List<Editing<StaffMember>> opened = new java.util.ArrayList<>();
        vm.openForEdit(person.id(), opened::add);
        robot.interact(() -> StaffFormDialog.editing(stage, vm, opened.get(0)).show());
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-form-job").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#staff-form-job").queryAs(TextField.class).setText("Teacher of maths"));

        // meanwhile Anna changes the same person's job title
        editors.meanwhile(Editors.ANNA, () -> {
            Editing<StaffMember> annas = s.staffService().openForEdit(person.id());
            StaffMember r = annas.record();
            s.staffService().update(new StaffMember(r.id(), r.schoolId(), r.givenName(), r.familyName(), r.staffRef(),
                    r.email(), r.category(), "Head of Year 7", r.startDate(), r.leaveDate(), r.absenceFrom(),
                    r.absenceTo(), r.dateOfBirth()), annas.version());
        });

        Button save = robot.lookup("#staff-form-save").queryButton();
        robot.interact(save::fire);
        Label error = robot.lookup("#staff-form-save-error").queryAs(Label.class);
        assertThat(error.getText())
                .startsWith("Staff member " + person.fullName() + " was changed by Office Anna at ")
                .contains(" since you opened it; nothing was saved.")
                .endsWith("Job title: theirs 'Head of Year 7', yours 'Teacher of maths'");
        assertThat(robot.lookup("#staff-form-job").queryAs(TextField.class).getText())
                .as("the user's value is kept").isEqualTo("Teacher of maths");
        assertThat(robot.lookup("#staff-form-job").tryQuery()).as("the form stays open").isPresent();
        assertThat(save.isDisabled()).isFalse();
        assertThat(s.staffService().find(person.id()).jobTitle()).as("nothing overwritten").isEqualTo("Head of Year 7");
        robot.interact(() -> save.getScene().getWindow().hide());

        // opened again, the form shows Anna's value and Ben's save goes through
        opened.clear();
        vm.openForEdit(person.id(), opened::add);
        robot.interact(() -> StaffFormDialog.editing(stage, vm, opened.get(0)).show());
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-form-job").tryQuery().isPresent());
        TextField job = robot.lookup("#staff-form-job").queryAs(TextField.class);
        assertThat(job.getText()).isEqualTo("Head of Year 7");
        robot.interact(() -> job.setText("Teacher of maths"));
        robot.interact(() -> robot.lookup("#staff-form-save").queryButton().fire());
        assertThat(s.staffService().find(person.id()).jobTitle()).isEqualTo("Teacher of maths");
    }
}
