package uk.schoolcompliance.tracker.ui;

import uk.schoolcompliance.tracker.ui.Destination;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The acknowledgement dialog opens from the records people start from: a staff member's page and a
 * policy's page, with that person or policy already chosen.
 */
@ExtendWith(ApplicationExtension.class)
class RecordFromRecordPagesTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffPageOpensTheDialogForThatPerson(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        StaffMember someone = window.viewModel().search("Whitfield").stream()
                .map(h -> ((Destination.Person) h.destination()).staffId()).findFirst()
                .flatMap(id -> uk.schoolcompliance.tracker.TestDemo.open(dir).repositories().staff().findById(id)).orElseThrow();
        robot.interact(() -> window.navigate(new Destination.Person(someone.id())));
        FxTestSupport.waitUntil(() -> robot.lookup("#staff-acknowledge").tryQuery().isPresent());
        robot.clickOn("#staff-acknowledge");
        FxTestSupport.waitUntil(() -> robot.lookup("#record-staff").tryQuery().isPresent());
        StaffMember chosen = (StaffMember) robot.lookup("#record-staff").queryAs(SearchableComboBox.class).getValue();
        assertThat(chosen.id()).isEqualTo(someone.id());
        robot.interact(() -> robot.lookup("#record-save").queryAs(Button.class).getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void policyPageOpensTheDialogForThatPolicy(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        Policy behaviour = uk.schoolcompliance.tracker.TestDemo.open(dir).repositories().policies().findByTitle("Behaviour Policy")
                .orElseThrow();
        robot.interact(() -> window.navigate(new Destination.PolicyRecord(behaviour.id())));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-acknowledge").tryQuery().isPresent());
        robot.clickOn("#detail-acknowledge");
        FxTestSupport.waitUntil(() -> robot.lookup("#record-policy").tryQuery().isPresent());
        Policy chosen = (Policy) robot.lookup("#record-policy").queryAs(SearchableComboBox.class).getValue();
        assertThat(chosen.id()).isEqualTo(behaviour.id());
        robot.interact(() -> robot.lookup("#record-save").queryAs(Button.class).getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
