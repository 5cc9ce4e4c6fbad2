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

import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;
import uk.schoolcompliance.tracker.ui.UncutColumns;

/** The figures tab mounted on its own over the demo school: every title, category and figure in full. */
@ExtendWith(ApplicationExtension.class)
class FiguresPaneTest {

    @TempDir
    static Path dir;

    private AcknowledgementsViewModel vm;
    private FiguresPane pane;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new AcknowledgementsViewModel(PaneMount.demo(dir));
        pane = new FiguresPane(vm);
        PaneMount.show(stage, pane);
        vm.load();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void showsEachPolicyAndCategoryInFull(FxRobot robot) {
        robot.interact(() -> {
            assertThat(pane.policies().getItems()).hasSize(vm.byPolicy().size()).isNotEmpty();
            assertThat(pane.categories().getItems()).hasSize(vm.byCategory().size()).isNotEmpty();
            assertThat(CutText.under(pane)).isEmpty();
            for (TableColumn<?, ?> c : pane.policies().getColumns()) {
                if (c != pane.policies().getColumns().get(1)) { // all but the area, which may shrink (with a tooltip)
                    assertThat(UncutColumns.cutIn(pane.policies(), c)).isEmpty();
                }
            }
            for (TableColumn<?, ?> c : pane.categories().getColumns()) {
                assertThat(UncutColumns.cutIn(pane.categories(), c)).isEmpty();
            }
        });
    }

    @Test
    void clickingDonePercentSortsThePoliciesByIt(FxRobot robot) {
        robot.clickOn(robot.lookup(".column-header").match(n -> n.getParent() != null
                && n.lookup(".label") instanceof javafx.scene.control.Label l && "Done %".equals(l.getText()))
                .queryAll().iterator().next());
        robot.interact(() -> {
            var items = pane.policies().getItems();
            for (int i = 1; i < items.size(); i++) {
                assertThat(items.get(i).tally().percent()).isGreaterThanOrEqualTo(items.get(i - 1).tally().percent());
            }
        });
    }
}
