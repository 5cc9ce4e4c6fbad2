package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.ui.PaneMount;

/** The void dialog mounted on its own: no voiding without a reason, and the reason as typed is the result. */
@ExtendWith(ApplicationExtension.class)
class VoidAcknowledgementDialogTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private VoidAcknowledgementDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        PaneMount.show(stage, new StackPane(), 600, 400);
        Obligation o = TestDemo.open(dir).compliance().calculator(TestDemo.AS_OF).gaps().get(0);
        dialog = new VoidAcknowledgementDialog(stage, o);
        dialog.show();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void okNeedsAReasonAndGivesItBack(FxRobot robot) {
        robot.interact(() -> {
            assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisable()).isTrue();
            assertThat(dialog.validProperty().get()).isFalse();
        });
        robot.clickOn("#acks-void-reason").write("   ");
        robot.interact(() -> assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisable())
                .as("spaces are no reason").isTrue());
        robot.write("recorded against the wrong person");
        robot.interact(() -> assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisable()).isFalse());
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "OK".equals(b.getText()))
                .queryButton());
        assertThat(dialog.getResult()).isEqualTo("   recorded against the wrong person");
    }
}
