package uk.schoolcompliance.tracker.ui.dashboard;

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
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.FxTestSupport;

/**
 * The dashboard in the real window at 1280 × 800: no card, figure, header or button cut. (The headless screen is
 * 1280 × 800, so 1920 × 1080 is looked at in screenshots instead.)
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFitTest {

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxTestSupport.startAtWindowSize(stage, dir);
    }

    @Test
    void nothingIsCutAt1280x800(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> CutText.under(stage.getScene().getRoot()).forEach(c -> cut.add(c)));
        assertThat(cut).as("text cut on the dashboard").isEmpty();
    }
}
