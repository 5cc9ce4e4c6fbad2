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

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.PaneMount;

/** The filter bar mounted on its own: it offers the school's areas and policies and narrows the view model. */
@ExtendWith(ApplicationExtension.class)
class AckFilterBarTest {

    @TempDir
    static Path dir;

    private AcknowledgementsViewModel vm;
    private AckFilterBar bar;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new AcknowledgementsViewModel(PaneMount.demo(dir));
        bar = new AckFilterBar(vm);
        PaneMount.show(stage, bar, PaneMount.WIDTH, 120);
        vm.load();
    }

    @AfterEach
    void restoreTheSharedStage() {
        PaneMount.restore(stage);
    }

    @Test
    void offersTheAreasAndPoliciesWithAnAllChoiceFirst(FxRobot robot) {
        robot.interact(() -> {
            ComboBox<?> policy = robot.lookup("#acks-filter-policy").queryAs(ComboBox.class);
            assertThat(policy.getItems()).hasSize(vm.policies().size() + 1);
            assertThat(policy.getItems().get(0)).isNull();
            ComboBox<?> area = robot.lookup("#acks-filter-area").queryAs(ComboBox.class);
            assertThat(area.getItems()).hasSize(vm.areas().size() + 1);
            assertThat(CutText.under(bar)).isEmpty();
        });
    }

    @Test
    void typingANameAndTickingOverdueNarrowTheViewAndClearWidensIt(FxRobot robot) {
        int all = vm.visibleRowsProperty().get().length;
        robot.clickOn("#acks-filter-name").write("Claire Lewis");
        robot.clickOn("#acks-filter-overdue");
        robot.interact(() -> {
            assertThat(vm.visibleRowsProperty().get()).hasSize(1);
            assertThat(vm.overdueOnlyProperty().get()).isTrue();
            assertThat(vm.outstanding()).allMatch(o -> o.staff().fullName().equals("Claire Lewis"));
        });
        robot.clickOn("#acks-filter-clear");
        robot.interact(() -> {
            assertThat(vm.visibleRowsProperty().get()).hasSize(all);
            assertThat(vm.nameProperty().get()).isEmpty();
            assertThat(robot.lookup("#acks-filter-overdue").queryAs(CheckBox.class).isSelected()).isFalse();
        });
    }
}
