package uk.schoolcompliance.tracker.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.PaneMount;

/**
 * The Reports page at 1280 × 800 and at 125 % of it (1024 × 640 logical): the choices and the preview are read without
 * scrolling sideways. Side by side when there is room, the preview under the choices when there is not (issue #15).
 */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class ReportsFitTest {

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void at1280x800TheChoicesAndThePreviewSitSideBySide(FxRobot robot) {
        Layout l = open(robot, 1280, 800);
        assertThat(l.sideways).as("a scroll bar to read the page sideways").isFalse();
        assertThat(l.preview.getMinX()).as("the preview beside the choices").isGreaterThanOrEqualTo(l.term.getMaxX());
        assertThat(l.preview.getMaxX()).isLessThanOrEqualTo(l.viewport + 1);
    }

    @Test
    void at125PercentThePreviewGoesUnderTheChoicesAndNothingScrollsSideways(FxRobot robot) {
        Layout l = open(robot, 1024, 640);
        assertThat(l.sideways).as("a scroll bar to read the page sideways").isFalse();
        assertThat(l.preview.getMinY()).as("the preview under the choices").isGreaterThan(l.term.getMaxY());
        assertThat(l.preview.getMaxX()).isLessThanOrEqualTo(l.viewport + 1);
        assertThat(l.term.getMaxX()).isLessThanOrEqualTo(l.viewport + 1);
    }

    private record Layout(boolean sideways, double viewport, Bounds term, Bounds preview) {
    }

    private Layout open(FxRobot robot, double width, double height) {
        FxTestSupport.waitForDashboard(robot);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.clickOn("#nav-reports");
        FxTestSupport.waitUntil(() -> robot.lookup("#preview-ackPercent").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Layout[] l = new Layout[1];
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Node preview = robot.lookup("#reports-preview").query();
            ScrollPane page = (ScrollPane) robot.lookup(".reports").query();
            Node content = page.getContent();
            Node term = robot.lookup("#reports-term").query();
            l[0] = new Layout(content.getLayoutBounds().getWidth() > page.getViewportBounds().getWidth() + 1,
                    page.getViewportBounds().getWidth(), content.sceneToLocal(term.localToScene(term.getLayoutBounds())),
                    content.sceneToLocal(preview.localToScene(preview.getLayoutBounds())));
        });
        return l[0];
    }
}
