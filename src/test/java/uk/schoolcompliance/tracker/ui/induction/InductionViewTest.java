package uk.schoolcompliance.tracker.ui.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** Opens a new starter's checklist from the Induction view and ticks an item off. */
@ExtendWith(ApplicationExtension.class)
class InductionViewTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = FxTestSupport.startOnDemo(stage, dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tickAnInductionItem(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff").tryQuery().isPresent());
        TrackerServices services = TrackerServices.open(Path.of(window.viewModel().openFileProperty().get()), TestDemo.ACTOR, TestDemo.CLOCK);
        robot.clickOn("#nav-induction");
        TableView<InductionProgress> plans = robot.lookup("#induction-plans").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> !plans.getItems().isEmpty());
        assertThat(plans.getItems()).hasSize(services.inductionService().progress(TestDemo.AS_OF).size());
        InductionProgress first = plans.getItems().get(0);
        robot.clickOn(first.staff().fullName());
        FxTestSupport.waitUntil(() -> first.staff().fullName().equals(
                robot.lookup("#induction-checklist-name").queryAs(Label.class).getText()));
        InductionItem open = services.induction().items(first.staff().id()).stream()
                .filter(i -> i.kind() == uk.schoolcompliance.tracker.domain.InductionItemKind.TASK && i.doneOn() == null)
                .findFirst().orElseThrow();
        TableView<uk.schoolcompliance.tracker.app.InductionService.ChecklistLine> items =
                robot.lookup("#induction-items").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> items.getItems().stream().anyMatch(l -> l.item().id() == open.id()));
        robot.interact(() -> items.scrollTo(items.getItems().stream().filter(l -> l.item().id() == open.id())
                .findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> robot.lookup("#induction-tick-" + open.id()).tryQuery().isPresent());
        CheckBox box = robot.lookup("#induction-tick-" + open.id()).queryAs(CheckBox.class);
        assertThat(box.isSelected()).isFalse();
        robot.clickOn(box);
        FxTestSupport.waitUntil(() -> services.induction().findItem(open.id()).orElseThrow().doneOn() != null);
        InductionItem ticked = services.induction().findItem(open.id()).orElseThrow();
        assertThat(ticked.doneOn()).isEqualTo(TestDemo.AS_OF);
        assertThat(ticked.doneBy()).isNotBlank();
        FxTestSupport.waitUntil(() -> plans.getItems().stream().filter(p -> p.staff().id() == first.staff().id())
                .findFirst().map(p -> p.itemsDone() == first.itemsDone() + 1).orElse(false));
        FxTestSupport.waitUntil(() -> robot.lookup("#induction-tick-" + open.id()).tryQuery()
                .map(n -> ((CheckBox) n).isSelected()).orElse(false));
    }
}
