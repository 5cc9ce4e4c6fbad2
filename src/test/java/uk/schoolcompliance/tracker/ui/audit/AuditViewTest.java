package uk.schoolcompliance.tracker.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** The Audit log page clicked through headless: open it, filter by record type, select an entry, back up. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    /** Builds the demo master off the FX thread first, so the window's start stays inside TestFX's setup timeout. */
    @org.junit.jupiter.api.BeforeAll
    static void buildDemoFirst() {
        uk.schoolcompliance.tracker.TestDemo.copy(dir);
    }

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void typingANameListsTheirRecordTheirSignOffsAndTheirInductionTicks(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#audit-table").tryQuery().isPresent()
                && !robot.lookup("#audit-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<AuditViewModel.Row> table = robot.lookup("#audit-table").queryAs(TableView.class);
        int all = table.getItems().size();
        // on a file, who did it is the computer's user (a server's login shows on a server only, #19)
        assertThat(table.getColumns()).filteredOn(c -> "audit-col-who".equals(c.getId()))
                .extracting(c -> c.getText()).containsExactly("Computer user");

        robot.clickOn("#audit-filter-text").write("Megan Robinson"); // no Enter: the list follows the typing
        FxTestSupport.waitUntil(() -> table.getItems().size() < all && !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(r -> r.record().contains("Megan Robinson")));
        assertThat(table.getItems()).extracting(AuditViewModel.Row::record)
                .contains("Megan Robinson", "Induction: Megan Robinson — Meet the designated safeguarding lead")
                .anyMatch(r -> r.startsWith("Acknowledgement: Megan Robinson — "));
        assertThat(robot.lookup("#audit-status").queryAs(Label.class).getText())
                .isEqualTo(table.getItems().size() + " entries, newest first");
    }

    @Test
    void filterSelectAndBackUp(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#audit-table").tryQuery().isPresent()
                && !robot.lookup("#audit-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<AuditViewModel.Row> table = robot.lookup("#audit-table").queryAs(TableView.class);
        int all = table.getItems().size();
        assertThat(robot.lookup("#audit-status").queryAs(Label.class).getText()).contains("entries");

        @SuppressWarnings("unchecked")
        ComboBox<String> entity = robot.lookup("#audit-filter-entity").queryAs(ComboBox.class);
        robot.interact(() -> entity.getSelectionModel().select("staff"));
        FxTestSupport.waitUntil(() -> !table.getItems().isEmpty() && table.getItems().size() < all
                && table.getItems().stream().allMatch(r -> r.source().entry().entity().equals("staff")));

        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        TableView<Object> changes = robot.lookup("#audit-changes").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> !changes.getItems().isEmpty());
        // a staff "create": every field is new, and the family name is among them
        assertThat(changes.getItems()).anySatisfy(c -> assertThat(c.toString()).contains("Family name"));

        robot.clickOn("#audit-filter-clear");
        FxTestSupport.waitUntil(() -> table.getItems().size() == all);

        robot.clickOn("#safety-backup-now");
        FxTestSupport.waitUntil(() -> robot.lookup("#audit-status").queryAs(Label.class).getText().startsWith("Backed up to"));
        assertThat(window.stage().getTitle()).doesNotContain("read-only");

        // the restore dialog lists that backup (and more: the daily one on opening); cancelling changes nothing
        robot.clickOn("#safety-restore");
        FxTestSupport.waitUntil(() -> robot.lookup("#restore-table").tryQuery().isPresent()
                && !robot.lookup("#restore-table").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#restore-confirm").query().isDisabled()).isFalse();
        robot.clickOn("Cancel");
        FxTestSupport.waitUntil(() -> robot.lookup("#restore-table").tryQuery().isEmpty());

        // the retention dialog opens on the leavers due (none in the demo today) and asks before erasing
        robot.clickOn("#safety-retention");
        FxTestSupport.waitUntil(() -> robot.lookup("#retention-table").tryQuery().isPresent());
        robot.clickOn("Cancel");
        FxTestSupport.waitUntil(() -> robot.lookup("#retention-table").tryQuery().isEmpty());

        // the subject access dialog offers every staff member; export stays disabled until one is chosen
        robot.clickOn("#safety-sar");
        FxTestSupport.waitUntil(() -> robot.lookup("#sar-person").tryQuery().isPresent()
                && !robot.lookup("#sar-person").queryAs(ComboBox.class).getItems().isEmpty());
        assertThat(robot.lookup("#sar-export").query().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#sar-person").queryAs(ComboBox.class).getSelectionModel().select(0));
        assertThat(robot.lookup("#sar-export").query().isDisabled()).isFalse();
        robot.clickOn("Cancel");
        FxTestSupport.waitUntil(() -> robot.lookup("#sar-person").tryQuery().isEmpty());
    }
}
