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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.SchoolService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.DialogHost;
import uk.schoolcompliance.tracker.ui.UiContext;

/** Issue 16: the staff form's School choice on a trust's file (hidden on a single school's). */
@ExtendWith(ApplicationExtension.class)
class StaffFormSchoolTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DialogHost.mount(stage);
    }

    private TrackerServices trust() {
        TrackerServices s = TestDemo.openTrust(dir);
        return s;
    }

    private static UiContext ctx(TrackerServices s, School chosen) {
        return DialogHost.context(s, chosen);
    }

    @Test
    void theViewModelOffersEachSchoolThenTheCentralTeamAndStartsOnTheChosenOne() {
        TrackerServices s = trust();
        School second = s.schoolService().choices().get(1);
        StaffViewModel vm = new StaffViewModel(ctx(s, second));
        List<List<School>> got = new java.util.ArrayList<>();
        vm.schoolChoices(got::add);
        assertThat(got.get(0)).isEqualTo(s.schoolService().choices());
        assertThat(got.get(0).get(got.get(0).size() - 1).name()).isEqualTo(SchoolService.CENTRAL_TEAM);
        assertThat(vm.defaultSchool(got.get(0))).isEqualTo(second);
        assertThat(new StaffViewModel(ctx(s, null)).defaultSchool(got.get(0))).as("all schools: no default").isNull();

        StaffViewModel single = new StaffViewModel(ctx(TestDemo.open(dir), null));
        single.schoolChoices(got::add);
        assertThat(got.get(1)).as("a single school's file has nothing to choose").isEmpty();
    }

    @Test
    void aPersonAddedWithTheFormJoinsTheSchoolChosenInTheTopBar(FxRobot robot) {
        TrackerServices s = trust();
        School second = s.schoolService().choices().get(1);
        StaffViewModel vm = new StaffViewModel(ctx(s, second));
        vm.load();
        robot.interact(() -> new StaffFormDialog(stage, vm, null).show());
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-form-given").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<School> box = robot.lookup("#staff-form-school").queryAs(ComboBox.class);
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getItems()).extracting(School::name).endsWith(SchoolService.CENTRAL_TEAM);
        assertThat(box.getValue()).isEqualTo(second);
        robot.interact(() -> {
            robot.lookup("#staff-form-given").queryAs(TextField.class).setText("Nia");
            robot.lookup("#staff-form-family").queryAs(TextField.class).setText("Llewellyn");
        });
        Button save = robot.lookup("#staff-form-save").queryButton();
        assertThat(save.isDisabled()).isFalse();
        robot.interact(save::fire);
        StaffMember nia = s.allStaff().stream().filter(p -> p.familyName().equals("Llewellyn")).findFirst().orElseThrow();
        assertThat(nia.schoolId()).isEqualTo(second.id());
    }

    @Test
    void withAllSchoolsChosenTheFormAsksForASchool(FxRobot robot) {
        TrackerServices s = trust();
        StaffViewModel vm = new StaffViewModel(ctx(s, null));
        vm.load();
        robot.interact(() -> new StaffFormDialog(stage, vm, null).show());
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-form-given").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<School> box = robot.lookup("#staff-form-school").queryAs(ComboBox.class);
        assertThat(box.getValue()).isNull();
        robot.interact(() -> {
            robot.lookup("#staff-form-given").queryAs(TextField.class).setText("Cora");
            robot.lookup("#staff-form-family").queryAs(TextField.class).setText("Central");
        });
        Button save = robot.lookup("#staff-form-save").queryButton();
        assertThat(save.isDisabled()).as("no school chosen").isTrue();
        assertThat(robot.lookup("#staff-form-error-school").queryAs(Label.class).getText())
                .isEqualTo("Choose the school this person joins (or the central team)");
        School central = box.getItems().get(box.getItems().size() - 1);
        robot.interact(() -> box.setValue(central));
        assertThat(save.isDisabled()).isFalse();
        robot.interact(save::fire);
        StaffMember cora = s.allStaff().stream().filter(p -> p.familyName().equals("Central")).findFirst().orElseThrow();
        assertThat(cora.schoolId()).isEqualTo(central.id());
    }

    @Test
    void aSingleSchoolsFormHasNoSchoolChoice(FxRobot robot) {
        TrackerServices s = TestDemo.open(dir);
        StaffViewModel vm = new StaffViewModel(ctx(s, null));
        vm.load();
        robot.interact(() -> new StaffFormDialog(stage, vm, null).show());
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-form-given").tryQuery().isPresent());
        assertThat(robot.lookup("#staff-form-school").queryAs(ComboBox.class).isVisible()).isFalse();
        robot.interact(() -> {
            robot.lookup("#staff-form-given").queryAs(TextField.class).setText("Solo");
            robot.lookup("#staff-form-family").queryAs(TextField.class).setText("Person");
        });
        assertThat(robot.lookup("#staff-form-save").queryButton().isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#staff-form-save").queryButton().getScene().getWindow().hide());
    }
}
