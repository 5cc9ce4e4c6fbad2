package uk.schoolcompliance.tracker.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** A single school never sees the school picker or the schools side by side. */
@ExtendWith(ApplicationExtension.class)
class SchoolPickerHiddenTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    void theDemoSchoolHasNoPickerAndNoOverview(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        FxTestSupport.waitUntil(() -> window.schoolPicker().getItems().size() == 2);
        assertThat(robot.lookup("#school-picker").query().isVisible()).isFalse();
        assertThat(robot.lookup("#school-picker").query().isManaged()).isFalse();
        assertThat(robot.lookup("#trust-overview").query().isVisible()).isFalse();
    }
}
