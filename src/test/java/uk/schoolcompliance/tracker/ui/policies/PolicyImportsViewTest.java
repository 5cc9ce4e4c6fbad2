package uk.schoolcompliance.tracker.ui.policies;

import uk.schoolcompliance.tracker.ui.Destination;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The starter catalogue, the review-schedule import and opening a policy from the global search. */
@ExtendWith(ApplicationExtension.class)
class PolicyImportsViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    private UiContext ctx() {
        try {
            var f = MainWindow.class.getDeclaredField("ctx");
            f.setAccessible(true);
            return (UiContext) f.get(window);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private PoliciesView page() {
        try {
            var f = MainWindow.class.getDeclaredField("pages");
            f.setAccessible(true);
            return (PoliciesView) ((java.util.Map<?, ?>) f.get(window)).get(Section.POLICIES);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#policies-table").queryAs(TableView.class);
    }

    @Test
    void catalogueScheduleAndSearch(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.clickOn("#nav-policies");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 32);
        TrackerServices s = ctx().services();

        robot.clickOn("#policies-catalogue");
        FxTestSupport.waitUntil(() -> robot.lookup("#catalogue-dialog").tryQuery().isPresent());
        robot.clickOn("#catalogue-statutory");
        Screenshots.take(robot.lookup("#catalogue-dialog").query().getScene(), "policies-catalogue");
        // the demo is a primary school: the button ticks what is statutory for primary schools
        long statutoryMissing = PolicyCatalogue.preselected(uk.schoolcompliance.tracker.domain.SchoolPhase.PRIMARY).stream()
                .filter(e -> s.repositories().policies().findByTitle(e.title()).isEmpty()).count();
        assertThat(statutoryMissing).isPositive();
        robot.clickOn(robot.lookup("#catalogue-dialog .button")
                .lookup((Button b) -> b.getText().equals("Add the ticked policies")).queryButton());
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() == 32 + statutoryMissing);

        Path csv = dir.resolve("school-schedule.csv");
        Files.writeString(csv, """
                Policy,Statutory,Lead,Committee,Date approved,Review cycle,Applies to
                Exams Policy,no,Exams officer,Headteacher,06/10/2025,Every 2 years,Teachers
                Trips Policy,maybe,Head,Full governing body,01/09/2025,Annually,All staff
                """);
        robot.interact(() -> page().importSchedule(csv));
        FxTestSupport.waitUntil(() -> robot.lookup("#schedule-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#schedule-errors .label").queryAs(Label.class).getText())
                .isEqualTo("school-schedule.csv line 3: Statutory: 'maybe' is not yes or no");
        Button importButton = robot.lookup("#schedule-dialog .button").lookup((Button b) -> b.getText().equals("Import"))
                .queryButton();
        assertThat(importButton.isDisabled()).isTrue();
        Screenshots.take(robot.lookup("#schedule-dialog").query().getScene(), "policies-schedule-errors");
        robot.clickOn(robot.lookup("#schedule-dialog .button").lookup((Button b) -> b.getText().equals("Cancel")).queryButton());

        Files.writeString(csv, Files.readString(csv).replace("maybe", "no"));
        robot.interact(() -> page().importSchedule(csv));
        FxTestSupport.waitUntil(() -> robot.lookup("#schedule-dialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#schedule-dialog .button").lookup((Button b) -> b.getText().equals("Import")).queryButton());
        FxTestSupport.waitUntil(() -> robot.lookup("#policies-status").queryAs(Label.class).getText()
                .contains("created 2, updated 0, unchanged 0"));
        assertThat(s.policyService().policyByTitle("Exams Policy").owner()).isEqualTo("Exams officer");

        long id = s.policyService().policyByTitle("Whistleblowing Policy").id();
        robot.interact(() -> ctx().navigate(new Destination.PolicyRecord(id)));
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-title").tryQuery()
                .map(n -> ((Label) n).getText().equals("Whistleblowing Policy")).orElse(false));
        Screenshots.take(stage.getScene(), "policies-from-search");
    }
}
