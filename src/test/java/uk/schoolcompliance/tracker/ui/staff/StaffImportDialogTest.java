package uk.schoolcompliance.tracker.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.StaffFiles;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.StaffImportService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/**
 * The staff import dialog on the real window: the preview shows leave and absence dates and who is in the
 * tracker but not in the file, and one tick marks them as left in the import.
 */
@ExtendWith(ApplicationExtension.class)
class StaffImportDialogTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    private TrackerServices services() {
        FxTestSupport.waitUntil(() -> window.viewModel().openFileProperty().get().length() > 0);
        return TrackerServices.open(Path.of(window.viewModel().openFileProperty().get()), TestDemo.ACTOR, TestDemo.CLOCK);
    }

    @SuppressWarnings("unchecked")
    private static String cell(TableView<?> table, String columnTitle, int row) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getText().equals(columnTitle)) {
                return String.valueOf(((TableColumn<Object, ?>) c).getCellData(row));
            }
        }
        throw new AssertionError("no column " + columnTitle);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewListsWhoIsNotInTheFileAndImportMarksThemLeft(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff").tryQuery().isPresent());
        robot.clickOn("#nav-staff");
        FxTestSupport.waitUntil(() -> !robot.lookup("#staff-table").queryAs(TableView.class).getItems().isEmpty());
        TrackerServices services = services();
        Path csv = StaffFiles.write("staff.csv", StaffFiles.sampleStaffWithout("Adam Ward"), dir);

        robot.clickOn("#staff-import");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-import-file").tryQuery().isPresent());
        assertThat(robot.lookup("#staff-import-missing-box").query().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#staff-import-file").queryAs(TextField.class).setText(csv.toString()));
        robot.clickOn("#staff-import-preview");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-import-summary").queryAs(Label.class).getText()
                .startsWith("0 new, 0 changed, 48 unchanged"));

        // leave and absence dates are in the preview table
        TableView<StaffImportService.Entry> entries = robot.lookup("#staff-import-entries").queryAs(TableView.class);
        int jack = -1;
        int grace = -1;
        for (int i = 0; i < entries.getItems().size(); i++) {
            String name = entries.getItems().get(i).after().fullName();
            jack = name.equals("Jack Thompson") ? i : jack;
            grace = name.equals("Grace Baker") ? i : grace;
        }
        assertThat(cell(entries, "Absence", jack)).isEqualTo("from 05/10/2026");
        assertThat(cell(entries, "Leave date", grace)).isEqualTo("31/08/2026");

        // who is in the tracker but not in this file
        Node box = robot.lookup("#staff-import-missing-box").query();
        assertThat(box.isVisible()).isTrue();
        assertThat(robot.lookup("#staff-import-missing-title").queryAs(Label.class).getText())
                .startsWith("In the tracker but not in this file (1)");
        TableView<StaffMember> missing = robot.lookup("#staff-import-missing").queryAs(TableView.class);
        assertThat(missing.getItems()).extracting(StaffMember::fullName).containsExactly("Adam Ward");
        assertThat(cell(missing, "Reference or email", 0)).isEqualTo("P10412");
        assertThat(cell(missing, "Start date", 0)).isEqualTo("04/04/2022");
        DatePicker date = robot.lookup("#staff-import-left-date").queryAs(DatePicker.class);
        assertThat(date.getValue()).isEqualTo(TestDemo.AS_OF);
        assertThat(date.isDisabled()).isTrue();
        assertThat(services.repositories().staff().findByRef("P10412").orElseThrow().leaveDate()).as("the preview writes nothing").isNull();

        // one click: mark them as left on the date shown, then Import does both, together
        robot.clickOn("#staff-import-mark-left");
        assertThat(robot.lookup("#staff-import-mark-left").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(date.isDisabled()).isFalse();
        robot.interact(() -> date.setValue(LocalDate.of(2026, 11, 20)));
        robot.clickOn("#staff-import-do");
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-import-summary").queryAs(Label.class).getText().startsWith("Imported"));
        assertThat(robot.lookup("#staff-import-summary").queryAs(Label.class).getText())
                .endsWith(" 1 marked as left on 20/11/2026.");
        assertThat(services.repositories().staff().findByRef("P10412").orElseThrow().leaveDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(robot.lookup("#staff-import-do").queryButton().isDisabled()).as("no second import").isTrue();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != window.stage()).toList()
                .forEach(javafx.stage.Window::hide));
    }
}
