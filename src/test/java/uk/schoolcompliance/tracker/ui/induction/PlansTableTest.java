package uk.schoolcompliance.tracker.ui.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;
import uk.schoolcompliance.tracker.ui.UncutColumns;

/** The new starters' list mounted on its own, at half the content area: every name whole; choosing one opens the checklist. */
@ExtendWith(ApplicationExtension.class)
class PlansTableTest {

    @TempDir
    static Path dir;

    private InductionViewModel vm;
    private PlansTable table;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new InductionViewModel(PaneMount.demo(dir));
        table = new PlansTable(vm);
        PaneMount.show(stage, table, PaneMount.WIDTH / 2, 500);
        vm.load();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void everyNameIsWholeAndChoosingOneOpensTheirChecklist(FxRobot robot) {
        robot.interact(() -> {
            assertThat(table.getItems()).isNotEmpty();
            assertThat(CutText.under(table)).isEmpty();
            assertThat(UncutColumns.cutIn(table, table.nameColumn())).isEmpty();
            assertThat(vm.checklistProperty().get()).isNull();
        });
        InductionProgress first = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(first)); // as a click or the arrow keys choose
        robot.interact(() -> {
            assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(first);
            assertThat(vm.errorProperty().get()).isNull();
            assertThat(vm.checklistProperty().get()).isNotNull();
            assertThat(vm.checklistProperty().get().staff().id()).isEqualTo(first.staff().id());
        });
    }
}
