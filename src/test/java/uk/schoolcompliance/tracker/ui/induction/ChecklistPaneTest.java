package uk.schoolcompliance.tracker.ui.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;

/** One person's checklist mounted on its own, at half the content area: their name, every item, nothing cut. */
@ExtendWith(ApplicationExtension.class)
class ChecklistPaneTest {

    @TempDir
    static Path dir;

    private InductionViewModel vm;
    private ChecklistPane pane;
    private final AtomicInteger printed = new AtomicInteger();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new InductionViewModel(PaneMount.demo(dir));
        pane = new ChecklistPane(vm, printed::incrementAndGet, () -> { });
        PaneMount.show(stage, pane, PaneMount.WIDTH / 2, 600);
        vm.load();
        vm.select(vm.plans().get(0).staff().id());
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void showsThePersonAndEveryItemAndPrintsOnRequest(FxRobot robot) {
        robot.interact(() -> {
            var c = vm.checklistProperty().get();
            assertThat(robot.lookup("#induction-checklist-name").queryAs(Label.class).getText()).isEqualTo(c.staff().fullName());
            assertThat(pane.items().getItems()).hasSize(c.lines().size()).isNotEmpty();
            assertThat(CutText.under(pane)).isEmpty();
        });
        robot.clickOn("#induction-print");
        assertThat(printed).hasValue(1);
    }
}
