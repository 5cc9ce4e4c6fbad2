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

import javafx.geometry.Point2D;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;

/** The heat map tab mounted on its own over the demo school: the legend and the hint in full, a cell handed on. */
@ExtendWith(ApplicationExtension.class)
class MatrixPaneTest {

    @TempDir
    static Path dir;

    private AcknowledgementsViewModel vm;
    private MatrixPane pane;
    private final List<Obligation> clicked = new ArrayList<>();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new AcknowledgementsViewModel(PaneMount.demo(dir));
        pane = new MatrixPane(vm, clicked::add);
        PaneMount.show(stage, pane, 700, 600); // narrower than any window: the hint wraps, never cut
        vm.load();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void showsEveryoneAndEveryPolicyWithTheLegendAndHintInFull(FxRobot robot) {
        robot.interact(() -> {
            MatrixModel m = vm.matrixProperty().get();
            assertThat(pane.heatMap().visibleRows()).isEqualTo(m.rows());
            assertThat(pane.heatMap().visibleColumns()).isEqualTo(m.columns());
            assertThat(CutText.under(pane)).isEmpty();
        });
    }

    @Test
    void eachStatusIsPaintedInTheThemesColourOfItsLegendSwatch(FxRobot robot) {
        robot.interact(() -> {
            for (String[] s : new String[][] {{"acks-legend-done", "" + MatrixModel.DONE}, {"acks-legend-due", "" + MatrixModel.DUE},
                    {"acks-legend-overdue", "" + MatrixModel.OVERDUE}, {"acks-legend-absent", "" + MatrixModel.ABSENT},
                    {"acks-legend-none", "" + MatrixModel.NOT_IN_SCOPE}}) {
                javafx.scene.layout.Region swatch = (javafx.scene.layout.Region) pane.lookup("." + s[0]);
                javafx.scene.paint.Paint legend = swatch.getBackground().getFills().get(0).getFill();
                javafx.scene.paint.Color cell = pane.heatMap().palette().fill(Byte.parseByte(s[1]));
                assertThat(cell).as(s[0]).isEqualTo(legend).isNotEqualTo(javafx.scene.paint.Color.TRANSPARENT);
            }
            // the theme's own colours (AtlantaFX Primer Light): green for done, red for overdue
            assertThat(pane.heatMap().palette().fill(MatrixModel.DONE)).isEqualTo(javafx.scene.paint.Color.web("#2da44e"));
            assertThat(pane.heatMap().palette().fill(MatrixModel.OVERDUE)).isEqualTo(javafx.scene.paint.Color.web("#cf222e"));
        });
    }

    @Test
    void clickingAnOverdueCellHandsOnThatObligation(FxRobot robot) {
        robot.interact(() -> vm.nameProperty().set("Claire Lewis"));
        int[] cols = vm.visibleColsProperty().get();
        MatrixModel m = vm.matrixProperty().get();
        int visibleCol = -1;
        for (int i = 0; i < cols.length && visibleCol < 0; i++) {
            if (m.policy(cols[i]).title().equals("Capability Policy")) {
                visibleCol = i;
            }
        }
        double[] c = pane.heatMap().cellCentre(0, visibleCol);
        Point2D screen = pane.heatMap().localToScreen(c[0], c[1]);
        robot.clickOn(screen);
        assertThat(clicked).hasSize(1);
        assertThat(clicked.get(0).staff().fullName()).isEqualTo("Claire Lewis");
        assertThat(clicked.get(0).policy().title()).isEqualTo("Capability Policy");
        assertThat(clicked.get(0).status()).isEqualTo(ObligationStatus.OVERDUE);
    }
}
