package uk.schoolcompliance.tracker.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The restore and subject access dialogs clicked through headless on the real window: restoring the backup taken
 * before an erasure lists the erasure and asks, and erases the person again; the subject access dialog finds a person
 * by their exact e-mail in any case and refuses a fragment of a name.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyDialogsTest {

    @TempDir
    static Path dir;

    private static Path db;
    private static StaffMember erased;

    private UiContext ctx;

    /** The demo with its longest-serving member of staff a leaver since 2018, erased (a before-erasure backup). */
    @BeforeAll
    static void demoWithAnErasure() {
        db = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        StaffMember first = s.repositories().staff().findAll().stream().filter(m -> m.leaveDate() == null)
                .min(java.util.Comparator.comparing(StaffMember::startDate)).orElseThrow();
        erased = s.repositories().staff().update(first.withLeaveDate(LocalDate.of(2018, 7, 31)));
        s.retention().erase(List.of(erased.id()));
        s.repositories().db().close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ctx = FxTestSupport.context(dir);
        MainWindow window = new MainWindow(stage, ctx);
        stage.show();
        window.open(db, false);
    }

    private void openAuditPage(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#safety-restore").tryQuery().isPresent());
    }

    @Test
    void restoringTheBackupFromBeforeAnErasureListsItAsksAndErasesAgain(FxRobot robot) {
        openAuditPage(robot);
        robot.clickOn("#safety-restore");
        FxTestSupport.waitUntil(() -> robot.lookup("#restore-table").tryQuery().isPresent()
                && !robot.lookup("#restore-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<Backup> table = robot.lookup("#restore-table").queryAs(TableView.class);
        Backup beforeErasure = table.getItems().stream().filter(b -> b.reason().equals("before-erasure")).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(beforeErasure));
        robot.clickOn("#restore-confirm");

        FxTestSupport.waitUntil(() -> robot.lookup("#restore-undo-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#restore-undo-list").queryAs(ListView.class);
        String erasure = "  - erasure of person #" + erased.id() + " (left on 31/07/2018, erased on 24/11/2026): ";
        assertThat(list.getItems().get(0)).contains(" would undo ").contains("recorded since the backup was taken");
        assertThat(list.getItems()).contains(erasure + "re-applied after restoring");
        assertThat(String.join(" ", list.getItems())).doesNotContain(erased.familyName());
        CheckBox reapply = robot.lookup("#restore-reapply").queryAs(CheckBox.class);
        assertThat(reapply.isVisible()).isTrue();
        assertThat(reapply.isSelected()).as("erasing again is the default").isTrue();
        robot.clickOn(reapply);
        FxTestSupport.waitUntil(() -> list.getItems().contains(erasure
                + "not re-applied: their details come back from the backup"));
        robot.clickOn(reapply);
        FxTestSupport.waitUntil(() -> list.getItems().contains(erasure + "re-applied after restoring"));

        robot.clickOn("#restore-undo-confirm");
        FxTestSupport.waitUntil(() -> robot.lookup("#audit-status").queryAs(Label.class).getText()
                .endsWith("1 person erased since the backup was erased again."));
        TrackerServices now = ctx.services();
        assertThat(now.repositories().staff().findById(erased.id()).orElseThrow().fullName()).isEqualTo("Erased person #" + erased.id());
        assertThat(now.repositories().auditQueries().search(new AuditFilter("database", null, null, null, null, 5)))
                .first().satisfies(r -> assertThat(r.entry().action()).isEqualTo("restore"));
    }

    @Test
    void subjectAccessFindsAnExactEmailInAnyCaseAndRefusesAFragment(FxRobot robot) {
        openAuditPage(robot);
        robot.clickOn("#safety-sar");
        FxTestSupport.waitUntil(() -> robot.lookup("#sar-staff").tryQuery().isPresent()
                && !robot.lookup("#sar-person").queryAs(ComboBox.class).getItems().isEmpty());
        TextField typed = robot.lookup("#sar-staff").queryAs(TextField.class);
        ComboBox<?> person = robot.lookup("#sar-person").queryAs(ComboBox.class);
        Label found = robot.lookup("#sar-found").queryAs(Label.class);
        assertThat(robot.lookup("#sar-export").query().isDisabled()).isTrue();

        robot.clickOn(typed).write("J.CARTER@OAKFIELD.SCH.UK").type(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> "Found: James Carter".equals(found.getText()));
        assertThat(((StaffMember) person.getValue()).fullName()).isEqualTo("James Carter");
        assertThat(robot.lookup("#sar-export").query().isDisabled()).isFalse();

        robot.interact(() -> typed.setText("CAR"));
        robot.clickOn("#sar-find");
        FxTestSupport.waitUntil(() -> found.getText().startsWith("Staff member: no staff member"));
        assertThat(found.getText()).isEqualTo("Staff member: no staff member with the staff reference 'CAR'");
        assertThat(person.getValue()).isNull();
        assertThat(robot.lookup("#sar-export").query().isDisabled()).isTrue();
        robot.clickOn("Cancel");
        FxTestSupport.waitUntil(() -> robot.lookup("#sar-staff").tryQuery().isEmpty());
    }
}
