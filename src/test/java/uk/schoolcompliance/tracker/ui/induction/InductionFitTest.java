package uk.schoolcompliance.tracker.ui.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UncutColumns;

/**
 * The Induction page in the real window at 1280 × 800: the list alone while nobody is chosen, the checklist beside
 * it once someone is; no name, header, button or label cut, nor in the template editor.
 */
@ExtendWith(ApplicationExtension.class)
class InductionFitTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startAtWindowSize(stage, dir);
    }

    @Test
    void theChecklistOpensBesideTheListAndNothingIsCutAt1280x800(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.interact(() -> window.navigate(Destination.home(Section.INDUCTION)));
        PlansTable plans = robot.lookup("#induction-plans").queryAs(PlansTable.class);
        FxTestSupport.waitUntil(() -> !plans.getItems().isEmpty());
        SplitPane split = robot.lookup("#induction-split").queryAs(SplitPane.class);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            assertThat(split.getDividerPositions()[0]).as("nobody chosen: the list has the whole width").isGreaterThan(0.99);
            assertThat(split.getItems().get(1).isVisible()).isFalse();
            CutText.under(stage.getScene().getRoot()).forEach(c -> cut.add("list " + c));
        });
        InductionProgress first = plans.getItems().get(0);
        robot.interact(() -> plans.getSelectionModel().select(first));
        FxTestSupport.waitUntil(() -> split.getItems().get(1).isVisible() && split.getDividerPositions()[0] < 0.5);
        robot.interact(() -> {
            CutText.under(stage.getScene().getRoot()).forEach(c -> cut.add("checklist " + c));
            cut.addAll(UncutColumns.cutIn(plans, plans.nameColumn()));
        });
        robot.clickOn("#induction-templates");
        FxTestSupport.waitUntil(() -> robot.lookup("#template-items").tryQuery().isPresent());
        robot.interact(() -> {
            Node root = robot.lookup("#template-items").query().getScene().getRoot();
            CutText.under(root).forEach(c -> cut.add("templates " + c));
        });
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(cut).as("text cut at 1280 × 800").isEmpty();
    }
}
