package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutCells;
import uk.schoolcompliance.tracker.ui.FxTestSupport;

/**
 * The policy library in the real window at 1280 × 800 (the usual school office laptop): nothing is cut with no
 * policy chosen, nor once the longest-titled statutory policy's page is open beside the table; the status, the
 * statutory mark and the title are never cut, not even with a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class PoliciesPageFitTest {

    private static final List<String> NEVER_CUT = List.of("policies-col-status", "policies-col-statutory",
            "policies-col-title", "policies-col-next");

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxTestSupport.startOnDemo(stage, dir);
    }

    @SuppressWarnings("unchecked")
    private static TableView<PoliciesViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#policies-table").queryAs(TableView.class);
    }

    /** Nothing cut in the window, the page inside it, names and statuses whole, no column out of sight. */
    private void fits(FxRobot robot) {
        robot.interact(() -> assertThat(CutCells.onPage(robot.lookup("#policies-page").query(), table(robot), NEVER_CUT,
                List.of("#policies-table", "#versions-table"))).isEmpty());
    }

    @Test
    void nothingIsCutAt1280x800WithOrWithoutAPolicyChosen(FxRobot robot) {
        FxTestSupport.waitForDashboard(robot);
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        robot.clickOn("#nav-policies");
        FxTestSupport.waitUntil(() -> table(robot).getItems().size() >= 32);
        assertThat(robot.lookup("#policy-detail").tryQuery()).as("no page until a policy is chosen").isEmpty();
        fits(robot);
        Screenshots.take(stage.getScene(), "policies-1280");

        PoliciesViewModel.Row longest = table(robot).getItems().stream().filter(r -> r.policy().statutory())
                .max(java.util.Comparator.comparingInt(r -> r.title().length())).orElseThrow();
        robot.interact(() -> {
            table(robot).getSelectionModel().select(longest);
            table(robot).scrollTo(longest);
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#detail-title").tryQuery().isPresent());
        FxTestSupport.waitUntil(() -> robot.lookup("#versions-table").tryQuery().isPresent());
        fits(robot);
        Screenshots.take(stage.getScene(), "policies-detail-1280");
    }
}
