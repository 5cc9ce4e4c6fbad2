package uk.schoolcompliance.tracker.ui;

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

import javafx.stage.Stage;

/**
 * At 1280 × 800 (the usual school office laptop) no page cuts a column header, button or label of the demo
 * school: every page is opened in turn and checked with {@link CutText}. The same laptop at 125 % scaling is 1024 × 640
 * logical pixels: the window filling that screen is checked the same way.
 */
@ExtendWith(ApplicationExtension.class)
class NoCutTextTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void noPageCutsItsTextAt1280x800(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        List<String> cut = new ArrayList<>();
        for (Section s : Section.values()) {
            robot.interact(() -> window.navigate(Destination.home(s)));
            FxTestSupport.waitUntil(() -> true);
            org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
            robot.interact(() -> CutText.under(stage.getScene().getRoot()).forEach(c -> cut.add(s + " " + c)));
        }
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(cut).as("text cut at 1280 × 800").isEmpty();
    }

    @Test
    void noPageCutsItsTextAt125PercentOf1280x800(FxRobot robot) {
        List<String> cut = cutsOnEveryPageAt1024x640(robot, () -> { });
        assertThat(cut).as("text cut at 1024 × 640 (125 % of 1280 × 800)").isEmpty();
    }

    @Test
    void noPageCutsItsDetailAt125PercentWhenARowIsChosen(FxRobot robot) {
        // the first row of the page's first table chosen, as a user opens a record to see its detail
        List<String> cut = cutsOnEveryPageAt1024x640(robot, () -> {
            robot.interact(() -> stage.getScene().getRoot().lookupAll(".table-view").stream()
                    .filter(n -> n.isVisible() && n instanceof javafx.scene.control.TableView<?> t && !t.getItems().isEmpty())
                    .findFirst().ifPresent(n -> ((javafx.scene.control.TableView<?>) n).getSelectionModel().selectFirst()));
            org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        });
        assertThat(cut).as("text cut at 1024 × 640 with a row chosen").isEmpty();
    }

    /**
     * The window at 1024 × 640 (1280 × 800 at 125 %): each page opened, {@code onEachPage} done there, and its cut text
     * collected; the stage is put back afterwards whatever happens.
     */
    private List<String> cutsOnEveryPageAt1024x640(FxRobot robot, Runnable onEachPage) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        List<String> cut = new ArrayList<>();
        try {
            for (Section s : Section.values()) {
                robot.interact(() -> window.navigate(Destination.home(s)));
                org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
                onEachPage.run();
                robot.interact(() -> CutText.under(stage.getScene().getRoot()).forEach(c -> cut.add(s + " " + c)));
            }
            assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(1024);
            assertThat(stage.getScene().getHeight()).isLessThanOrEqualTo(640);
        } finally {
            PaneMount.restore(stage);
        }
        return cut;
    }
}
