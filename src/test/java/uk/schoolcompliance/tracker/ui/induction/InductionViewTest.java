package uk.schoolcompliance.tracker.ui.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

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
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;

/** Opens a new starter's checklist from the Induction view and ticks an item off, dated the day it was done. */
@ParameterizedClass
@EnumSource(StoreKind.class)
@ExtendWith(ApplicationExtension.class)
class InductionViewTest {

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

    /** Opens the first plan's checklist and returns its first task not yet done, scrolled into view. */
    @SuppressWarnings("unchecked")
    private InductionItem openTask(FxRobot robot, TrackerServices services) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff").tryQuery().isPresent());
        robot.clickOn("#nav-induction");
        TableView<InductionProgress> plans = robot.lookup("#induction-plans").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> !plans.getItems().isEmpty());
        InductionProgress first = plans.getItems().get(0);
        robot.interact(() -> plans.getSelectionModel().select(first));
        FxTestSupport.waitUntil(() -> first.staff().fullName().equals(
                robot.lookup("#induction-checklist-name").queryAs(Label.class).getText()));
        InductionItem open = services.repositories().induction().items(first.staff().id()).stream()
                .filter(i -> i.kind() == uk.schoolcompliance.tracker.domain.InductionItemKind.TASK && i.doneOn() == null)
                .findFirst().orElseThrow();
        TableView<uk.schoolcompliance.tracker.app.InductionService.ChecklistLine> items =
                robot.lookup("#induction-items").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> items.getItems().stream().anyMatch(l -> l.item().id() == open.id()));
        robot.interact(() -> items.scrollTo(items.getItems().stream().filter(l -> l.item().id() == open.id())
                .findFirst().orElseThrow()));
        FxTestSupport.waitUntil(() -> robot.lookup("#induction-tick-" + open.id()).tryQuery().isPresent());
        return open;
    }

    private static void retype(FxRobot robot, String text) {
        robot.clickOn("#induction-tick-date-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    @Test
    void aTickIsDatedTheDayItWasDoneAndAnImpossibleOrFutureDateIsRefused(FxRobot robot) {
        TrackerServices services = FxTestSupport.servicesOn(window);
        InductionItem open = openTask(robot, services);
        robot.clickOn("#induction-tick-" + open.id());
        FxTestSupport.waitUntil(() -> robot.lookup("#induction-tick-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#induction-tick-date-text").queryAs(TextField.class).getText())
                .as("today by default").isEqualTo("24/11/2026");
        Button ok = robot.lookup("#induction-tick-ok").queryButton();

        retype(robot, "31/11/2026");
        robot.clickOn(ok);
        assertThat(robot.lookup("#induction-tick-dialog").tryQuery()).as("the dialog stays open").isPresent();
        assertThat(robot.lookup("#induction-tick-problem").queryAs(Label.class).getText())
                .isEqualTo("Done on: '31/11/2026' is not a date: November 2026 has 30 days");
        assertThat(robot.lookup("#induction-tick-date-text").queryAs(TextField.class).getText()).isEqualTo("31/11/2026");
        assertThat(robot.lookup("#induction-tick-date-message").queryAs(Label.class).isVisible()).isTrue();

        retype(robot, "25/11/2026");
        robot.clickOn(ok);
        assertThat(robot.lookup("#induction-tick-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#induction-tick-problem").queryAs(Label.class).getText())
                .isEqualTo("Done on: 25/11/2026 is in the future (today is 24/11/2026)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.repositories().induction().findItem(open.id()).orElseThrow().doneOn()).as("nothing written").isNull();

        retype(robot, "17/11/26"); // the DBS check was seen last Tuesday
        robot.clickOn(ok);
        FxTestSupport.waitUntil(() -> services.repositories().induction().findItem(open.id()).orElseThrow().doneOn() != null);
        assertThat(services.repositories().induction().findItem(open.id()).orElseThrow().doneOn()).isEqualTo(LocalDate.of(2026, 11, 17));
    }

    @Test
    void cancellingTheTickLeavesTheItemOpen(FxRobot robot) {
        TrackerServices services = FxTestSupport.servicesOn(window);
        InductionItem open = openTask(robot, services);
        CheckBox box = robot.lookup("#induction-tick-" + open.id()).queryAs(CheckBox.class);
        robot.clickOn(box);
        FxTestSupport.waitUntil(() -> robot.lookup("#induction-tick-dialog").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#induction-tick-dialog .button").lookup((Button b) -> b.getText().equals("Cancel")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.isSelected()).isFalse();
        assertThat(services.repositories().induction().findItem(open.id()).orElseThrow().doneOn()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tickAnInductionItem(FxRobot robot) {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff").tryQuery().isPresent());
        TrackerServices services = FxTestSupport.servicesOn(window);
        robot.clickOn("#nav-induction");
        TableView<InductionProgress> plans = robot.lookup("#induction-plans").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> !plans.getItems().isEmpty());
        assertThat(plans.getItems()).hasSize(services.inductionService().progress(TestDemo.AS_OF).size());
        InductionProgress first = plans.getItems().get(0);
        robot.clickOn(first.staff().fullName());
        FxTestSupport.waitUntil(() -> first.staff().fullName().equals(
                robot.lookup("#induction-checklist-name").queryAs(Label.class).getText()));
        InductionItem open = services.repositories().induction().items(first.staff().id()).stream()
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
        // the tick asks when it was done: today unless changed
        FxTestSupport.waitUntil(() -> robot.lookup("#induction-tick-dialog").tryQuery().isPresent());
        robot.clickOn("#induction-tick-ok");
        FxTestSupport.waitUntil(() -> services.repositories().induction().findItem(open.id()).orElseThrow().doneOn() != null);
        InductionItem ticked = services.repositories().induction().findItem(open.id()).orElseThrow();
        assertThat(ticked.doneOn()).isEqualTo(TestDemo.AS_OF);
        assertThat(ticked.doneBy()).isNotBlank();
        FxTestSupport.waitUntil(() -> plans.getItems().stream().filter(p -> p.staff().id() == first.staff().id())
                .findFirst().map(p -> p.itemsDone() == first.itemsDone() + 1).orElse(false));
        FxTestSupport.waitUntil(() -> robot.lookup("#induction-tick-" + open.id()).tryQuery()
                .map(n -> ((CheckBox) n).isSelected()).orElse(false));
    }
}
