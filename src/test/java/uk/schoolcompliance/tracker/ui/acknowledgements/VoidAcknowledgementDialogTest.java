package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.ui.DialogSaves;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.PaneMount;

/**
 * The void dialog mounted on its own: no voiding without a reason; OK voids while the dialog is open (issue #18), so
 * a refusal is said in it with the reason kept, and the dialog closes only once the acknowledgement is void.
 */
@ExtendWith(ApplicationExtension.class)
class VoidAcknowledgementDialogTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private VoidAcknowledgementDialog dialog;
    private TrackerServices s;
    private Obligation o;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        PaneMount.show(stage, new StackPane(), 600, 400);
        UiContext ctx = DialogSaves.onDemo(dir);
        s = ctx.services();
        List<Obligation> signed = new ArrayList<>();
        s.compliance().calculator(TestDemo.AS_OF).forEachObligation(x -> {
            if (x.satisfiedBy() != null) {
                signed.add(x);
            }
        });
        o = signed.get(0);
        dialog = new VoidAcknowledgementDialog(stage, new AcknowledgementsViewModel(ctx), o);
        dialog.show();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    private Acknowledgement now() {
        return s.repositories().acknowledgements().findById(o.satisfiedBy().id()).orElseThrow();
    }

    @Test
    void okNeedsAReasonAndVoidsWithIt(FxRobot robot) {
        robot.interact(() -> {
            assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisable()).isTrue();
            assertThat(dialog.validProperty().get()).isFalse();
        });
        robot.clickOn("#acks-void-reason").write("   ");
        robot.interact(() -> assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisable())
                .as("spaces are no reason").isTrue());
        robot.write("recorded against the wrong person");
        robot.interact(() -> assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisable()).isFalse());
        int audit = DialogSaves.auditLines(s);
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "OK".equals(b.getText()))
                .queryButton());
        DialogSaves.closed(dialog);
        assertThat(dialog.getResult()).isEqualTo("   recorded against the wrong person");
        assertThat(now().voided()).isTrue();
        assertThat(now().voidReason()).contains("recorded against the wrong person");
        assertThat(DialogSaves.auditLines(s)).as("one change, one audit line").isEqualTo(audit + 1);
    }

    @Test
    void aVoidTheServiceRefusesStaysInTheDialogWithTheReason(FxRobot robot) {
        s.acknowledgementService().voidAcknowledgement(o.satisfiedBy().id(), "voided from another window");
        int audit = DialogSaves.auditLines(s);
        DialogSaves.type(robot, "acks-void-reason", "recorded against the wrong person");
        robot.interact(() -> ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());
        assertThat(DialogSaves.said(robot, "acks-void-problem"))
                .isEqualTo("That acknowledgement is already void (voided from another window)");
        assertThat(dialog.isShowing()).as("the dialog stays open").isTrue();
        assertThat(DialogSaves.text(robot, "acks-void-reason")).isEqualTo("recorded against the wrong person");
        assertThat(now().voidReason()).isEqualTo("voided from another window");
        assertThat(DialogSaves.auditLines(s)).isEqualTo(audit);
        robot.interact(dialog::close);
    }
}
