package uk.schoolcompliance.tracker.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.schoolcompliance.tracker.StoreKind;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** Clicks through the Reports page headless: preview, choices, build, progress. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {

    /** The journeys run on the file and on a trust\'s server (issue 18). */
    @Parameter
    StoreKind store;

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOn(store, stage, dir);
    }

    @Test
    void buildsThePackFromThePage(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.clickOn("#nav-reports");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-reports").queryAs(ToggleButton.class).isSelected());
        FxTestSupport.waitUntil(() -> robot.lookup("#preview-ackPercent").tryQuery().isPresent());
        Summary expected = TestDemo.open(dir).compliance().summary(TestDemo.AS_OF);
        assertThat(robot.lookup("#preview-ackPercent").queryAs(Label.class).getText()).isEqualTo(expected.ackPercent() + " %");
        assertThat(robot.lookup("#preview-ackOverdue").queryAs(Label.class).getText()).isEqualTo(String.valueOf(expected.ackOverdue()));
        // the outstanding figure and, apart, the absent: as on the dashboard and in both files
        assertThat(robot.lookup("#preview-ackOutstanding").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.ackOutstanding()));
        assertThat(robot.lookup("#preview-ackAbsent").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(expected.ackAbsent()));
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .anySatisfy(t -> assertThat(t).endsWith(expected.ackOutstanding() + " outstanding acknowledgements, plus "
                        + expected.ackAbsent() + " on long-term absence, not chased"));
        assertThat(robot.lookup("#reports-names").queryAs(CheckBox.class).isSelected()).isFalse();

        Path pdf = dir.resolve("ui-pack-" + store + ".pdf");
        Path xlsx = dir.resolve("ui-pack-" + store + ".xlsx");
        setText(robot, "#reports-pdf-path", pdf.toString());
        setText(robot, "#reports-xlsx-path", xlsx.toString());
        robot.clickOn("#reports-open-after");
        assertThat(robot.lookup("#reports-open-after").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#reports-generate");
        FxTestSupport.waitUntil(() -> robot.lookup("#reports-progress").queryAs(ProgressBar.class).getProgress() >= 1.0);
        assertThat(Files.size(pdf)).isPositive();
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(robot.lookup("#reports-status").queryAs(Label.class).getText()).contains("ui-pack-" + store + ".pdf");
    }

    private static void setText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }
}
