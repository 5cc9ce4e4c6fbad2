package uk.schoolcompliance.tracker.ui.staff;

import uk.schoolcompliance.tracker.ui.Destination;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.schoolcompliance.tracker.StoreKind;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.StaffFiles;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.Section;

/** Clicks through the staff register: add someone through the form, and import a staff list through the preview. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(ApplicationExtension.class)
class StaffViewTest {

    /** The journeys run on the file and on a trust\'s server (issue 18). */
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOn(store, stage, dir);
    }

    private TrackerServices services(FxRobot robot) {
        FxTestSupport.waitUntil(() -> window.viewModel().openFileProperty().get().length() > 0);
        return FxTestSupport.servicesOn(window);
    }

    @SuppressWarnings("unchecked")
    private TableView<StaffViewModel.Row> openStaff(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff").tryQuery().isPresent());
        robot.clickOn("#nav-staff");
        FxTestSupport.waitUntil(() -> !robot.lookup("#staff-table").queryAs(TableView.class).getItems().isEmpty());
        return robot.lookup("#staff-table").queryAs(TableView.class);
    }

    @Test
    void addAStaffMemberThroughTheFormWithInlineValidation(FxRobot robot) {
        TableView<StaffViewModel.Row> table = openStaff(robot);
        TrackerServices services = services(robot);
        int before = services.repositories().staff().count();
        robot.clickOn("#staff-add");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-form-given").tryQuery().isPresent());
        Button save = robot.lookup("#staff-form-save").queryButton();
        assertThat(save.isDisabled()).as("nothing typed yet").isTrue();
        robot.clickOn("#staff-form-given").write("Nia");
        robot.clickOn("#staff-form-family").write("Llewellyn");
        robot.clickOn("#staff-form-email").write("s.whitfield@oakfield.sch.uk");
        FxTestSupport.waitUntil(() -> !robot.lookup("#staff-form-error-email").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#staff-form-error-email").queryAs(Label.class).getText()).contains("already has this email");
        assertThat(save.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#staff-form-email").queryAs(TextField.class).clear());
        robot.clickOn("#staff-form-email").write("n.llewellyn@oakfield.sch.uk");
        FxTestSupport.waitUntil(() -> !save.isDisabled());
        robot.clickOn("#staff-form-job").write("Class teacher");
        robot.clickOn(save);
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-form-given").tryQuery().isEmpty());
        FxTestSupport.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.staff().familyName().equals("Llewellyn")));
        assertThat(services.repositories().staff().count()).isEqualTo(before + 1);
        StaffMember nia = services.repositories().staff().findByEmail("n.llewellyn@oakfield.sch.uk").orElseThrow();
        assertThat(nia.startDate()).isEqualTo(TestDemo.AS_OF);
        assertThat(services.repositories().induction().planId(nia.id())).as("a new starter gets a plan").isPresent();
        assertThat(services.repositories().audit().recent(5, "staff", nia.id())).isNotEmpty();

        // the search opens her page
        robot.interact(() -> window.navigate(new Destination.Person(nia.id())));
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-detail-name").tryQuery()
                .map(n -> ((Label) n).getText().equals("Nia Llewellyn")).orElse(false));
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-detail-induction-progress").tryQuery().isPresent());
    }

    @Test
    void importAStaffListThroughThePreview(FxRobot robot) {
        openStaff(robot);
        TrackerServices services = services(robot);
        int before = services.repositories().staff().count();
        Path csv = StaffFiles.copy("sims-export.csv", dir);
        robot.clickOn("#staff-import");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-import-file").tryQuery().isPresent());
        assertThat(robot.lookup("#staff-import-do").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#staff-import-file").queryAs(TextField.class).setText(csv.toString()));
        robot.clickOn("#staff-import-preview");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-import-summary").queryAs(Label.class).getText().startsWith("9 new"));
        assertThat(robot.lookup("#staff-import-entries").queryAs(TableView.class).getItems()).hasSize(9);
        assertThat(services.repositories().staff().count()).as("the preview writes nothing").isEqualTo(before);
        robot.clickOn("#staff-import-do");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-import-summary").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(services.repositories().staff().count()).isEqualTo(before + 9);
        assertThat(robot.lookup("#staff-import-do").queryButton().isDisabled()).as("no second import").isTrue();

        // a file with a bad row: rejected with its line, Import stays disabled
        Path bad = StaffFiles.copy("one-bad-row.csv", dir);
        robot.interact(() -> robot.lookup("#staff-import-file").queryAs(TextField.class).setText(bad.toString()));
        robot.clickOn("#staff-import-preview");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-import-summary").queryAs(Label.class).getText().contains("problem"));
        assertThat(robot.lookup("#staff-import-problems").queryListView().getItems()).extracting(Object::toString)
                .containsExactly("line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy)");
        assertThat(robot.lookup("#staff-import-do").queryButton().isDisabled()).isTrue();
        assertThat(services.repositories().staff().count()).isEqualTo(before + 9);
        robot.interact(() -> ((Stage) robot.lookup("#staff-import-file").query().getScene().getWindow()).close());
    }

    @org.junit.jupiter.api.AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != window.stage()).toList()
                .forEach(javafx.stage.Window::hide));
    }
}
