package uk.schoolcompliance.tracker.ui.acknowledgements;

import uk.schoolcompliance.tracker.ui.Destination;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.Section;

/**
 * Recording from a staff member's page while the window shows an earlier as-of date: the page's gaps
 * would not change, so an alert says why and offers to show the figures as of today.
 */
@ExtendWith(ApplicationExtension.class)
class RecordAfterAsOfFromPagesTest {

    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void recordingFromAStaffPageAfterTheAsOfDateSaysSoAndCanShowToday(FxRobot robot) {
        SlowWait.until(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        DatePicker asOf = robot.lookup("#as-of").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(NOV_1));
        long lewis = window.viewModel().search("Claire Lewis").stream()
                .map(h -> h.destination()).filter(d -> d instanceof Destination.Person)
                .map(d -> ((Destination.Person) d).staffId()).findFirst().orElseThrow();
        Policy capability = TestDemo.open(dir).repositories().policies().findByTitle("Capability Policy").orElseThrow();
        robot.interact(() -> window.navigate(new Destination.Person(lewis)));
        SlowWait.until(() -> robot.lookup("#staff-acknowledge").tryQuery().isPresent());

        robot.clickOn("#staff-acknowledge");
        SlowWait.until(() -> robot.lookup("#record-save").tryQuery().isPresent());
        javafx.scene.Node n = robot.lookup("#record-save").query();
        while (!(n instanceof DialogPane)) {
            n = n.getParent();
        }
        RecordAcknowledgementViewModel dialog = ((RecordAcknowledgementDialog) n.getProperties()
                .get(RecordAcknowledgementDialog.class)).viewModel();
        SlowWait.until(() -> dialog.personProperty().get() != null && !dialog.policies().isEmpty());
        robot.interact(() -> dialog.policyProperty().set(dialog.policies().stream()
                .filter(p -> p.id() == capability.id()).findFirst().orElseThrow()));
        assertThat(dialog.dateProperty().get()).isEqualTo(TestDemo.AS_OF); // today, after the as-of date
        robot.clickOn("#record-save");

        SlowWait.until(() -> robot.lookup("#after-as-of-alert").tryQuery().isPresent());
        DialogPane alert = robot.lookup("#after-as-of-alert").queryAs(DialogPane.class);
        assertThat(alert.getContentText()).isEqualTo("Recorded: Claire Lewis acknowledged Capability Policy (version 1.0) "
                + "on 24/11/2026: after the as-of date 01/11/2026, so the figures shown as of 01/11/2026 do not include it.");
        robot.clickOn("#" + AfterAsOfAlert.SHOW_TODAY_ID);
        SlowWait.until(() -> robot.lookup("#after-as-of-alert").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asOf.getValue()).isEqualTo(TestDemo.AS_OF);
    }

    @Test
    void aSessionFromAPolicyPageAfterTheAsOfDateSaysSoAndClosingKeepsTheDate(FxRobot robot) {
        SlowWait.until(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        DatePicker asOf = robot.lookup("#as-of").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(NOV_1));
        Policy capability = TestDemo.open(dir).repositories().policies().findByTitle("Capability Policy").orElseThrow();
        robot.interact(() -> window.navigate(new Destination.PolicyRecord(capability.id())));
        SlowWait.until(() -> robot.lookup("#detail-sign-off").tryQuery().isPresent());

        robot.clickOn("#detail-sign-off");
        SlowWait.until(() -> robot.lookup("#session-names").tryQuery().isPresent()
                && !robot.lookup("#session-names").queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        robot.clickOn("#session-filter").write("claire lewis").type(javafx.scene.input.KeyCode.ENTER);
        SlowWait.until(() -> robot.lookup("#session-count").queryAs(javafx.scene.control.Label.class).getText()
                .equals("1 ticked"));
        robot.clickOn("#session-save");

        String expected = "Recorded 1 signature dated 24/11/2026: after the as-of date 01/11/2026, so the figures "
                + "shown as of 01/11/2026 do not include it.";
        SlowWait.until(() -> robot.lookup("#after-as-of-alert").tryQuery().isPresent());
        assertThat(robot.lookup("#after-as-of-alert").queryAs(DialogPane.class).getContentText()).isEqualTo(expected);
        robot.clickOn("Close");
        SlowWait.until(() -> robot.lookup("#after-as-of-alert").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asOf.getValue()).isEqualTo(NOV_1); // closing changes nothing
        SlowWait.until(() -> expected.equals(robot.lookup("#policies-status").queryAs(javafx.scene.control.Label.class)
                .getText()));
    }
}
