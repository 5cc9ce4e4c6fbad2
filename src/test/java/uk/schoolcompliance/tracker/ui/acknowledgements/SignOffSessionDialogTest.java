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
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.FxTaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The sign-off session dialog mounted on its own over the demo school, driven by the keyboard as an
 * office manager works through a paper sheet: Enter ticks only a name that matches one person.
 */
@ExtendWith(ApplicationExtension.class)
class SignOffSessionDialogTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private UiContext ctx;
    private TrackerServices services;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        services = TestDemo.open(dir);
        ctx = new UiContext(new FxTaskExecutor(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
        stage.setScene(new Scene(new StackPane(), 1200, 760)); // the dialog centres on it, all on screen
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the session for the policy, with the focus in the name filter. */
    private SignOffSessionViewModel open(FxRobot robot, String policyTitle) {
        long id = services.repositories().policies().findByTitle(policyTitle).orElseThrow().id();
        SignOffSessionDialog[] dialog = new SignOffSessionDialog[1];
        robot.interact(() -> {
            dialog[0] = new SignOffSessionDialog(ctx, stage, id);
            dialog[0].show();
        });
        SlowWait.until(() -> !dialog[0].viewModel().items().isEmpty());
        robot.clickOn("#session-filter");
        SlowWait.until(() -> robot.lookup("#session-filter").queryAs(TextField.class).isFocused());
        return dialog[0].viewModel();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(FxRobot robot, String listId) {
        ListView<SignOffSessionViewModel.Item> list = robot.lookup(listId).queryAs(ListView.class);
        return list.getItems().stream().map(i -> i.candidate().staff().fullName()).toList();
    }

    /** The texts the ticked list shows on screen, in order. */
    private static List<String> tickedCells(FxRobot robot) {
        return robot.lookup("#session-ticked").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getText() != null).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText).toList();
    }

    /** The text the record button really shows (cut to "…" if it does not fit). */
    private static String shownOnRecord(FxRobot robot) {
        Button ok = robot.lookup("#session-save").queryAs(Button.class);
        return ((Text) ok.lookup(".text")).getText();
    }

    @Test
    void enterWithSeveralMatchesTicksNobodyAndShowsThemToPickFrom(FxRobot robot) {
        open(robot, "Staff Code of Conduct");
        robot.write("karen").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#session-count")).isEqualTo("0 ticked");
        assertThat(names(robot, "#session-names")).containsExactly("Karen Davies", "Karen Kelly", "Karen Moore", "Karen Smith");
        assertThat(text(robot, "#session-filter-status")).isEqualTo("4 people match 'karen': pick one (Down, then Space)");
        assertThat(names(robot, "#session-ticked")).isEmpty();

        // pick the second with the keyboard, then type the next name straight away
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE);
        SlowWait.until(() -> text(robot, "#session-count").equals("1 ticked"));
        assertThat(names(robot, "#session-ticked")).containsExactly("Karen Kelly");
        robot.write("moore").type(KeyCode.ENTER);
        SlowWait.until(() -> text(robot, "#session-count").equals("2 ticked"));
        assertThat(robot.lookup("#session-filter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(tickedCells(robot)).containsExactly("1. Karen Kelly", "2. Karen Moore");
    }

    @Test
    void aUniqueNameAndEnterTicksItAndListsIt(FxRobot robot) {
        open(robot, "Staff Code of Conduct");
        assertThat(robot.lookup("#session-save").queryAs(Button.class).getText()).isEqualTo("Record signatures");
        robot.write("karen smith").type(KeyCode.ENTER);
        SlowWait.until(() -> text(robot, "#session-count").equals("1 ticked"));

        assertThat(text(robot, "#session-filter-status")).isEqualTo("Ticked Karen Smith (1 ticked)");
        assertThat(tickedCells(robot)).containsExactly("1. Karen Smith");
        assertThat(robot.lookup("#session-save").queryAs(Button.class).getText()).isEqualTo("Record 1 signature");
        assertThat(shownOnRecord(robot)).isEqualTo("Record 1 signature");

        robot.clickOn("#session-tick-all");
        SlowWait.until(() -> text(robot, "#session-count").equals("12 ticked"));
        assertThat(robot.lookup("#session-save").queryAs(Button.class).getText()).isEqualTo("Record 12 signatures");
        assertThat(shownOnRecord(robot)).isEqualTo("Record 12 signatures"); // never cut short
        assertThat(tickedCells(robot)).startsWith("1. Karen Smith", "2. Chloe Allen");
    }

    @Test
    void aTypoSaysNoOneMatchesInsteadOfEveryoneHasSigned(FxRobot robot) {
        open(robot, "Staff Code of Conduct");
        robot.write("okafro").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#session-count")).isEqualTo("0 ticked");
        assertThat(names(robot, "#session-names")).isEmpty();
        assertThat(text(robot, "#session-filter-status")).isEqualTo("No one outstanding matches 'okafro'.");
        Label placeholder = robot.lookup("#session-placeholder").queryAs(Label.class);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).isEqualTo("No one outstanding matches 'okafro'.").doesNotContain("Everyone");

        robot.eraseText(6).write("okafor");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#session-filter-status"))
                .isEqualTo("No one outstanding matches 'okafor': Tom Okafor has already signed v5.0 on 06/09/2026.");
    }

    @Test
    void ctrlZUndoesTheLatestTick(FxRobot robot) {
        SignOffSessionViewModel vm = open(robot, "Staff Code of Conduct");
        robot.write("karen smith").type(KeyCode.ENTER);
        robot.write("moore").type(KeyCode.ENTER);
        SlowWait.until(() -> text(robot, "#session-count").equals("2 ticked"));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        SlowWait.until(() -> text(robot, "#session-count").equals("1 ticked"));

        assertThat(names(robot, "#session-ticked")).containsExactly("Karen Smith");
        assertThat(vm.items().stream().filter(SignOffSessionViewModel.Item::ticked)
                .map(i -> i.candidate().staff().fullName())).containsExactly("Karen Smith");
        assertThat(text(robot, "#session-filter-status")).isEqualTo("Unticked Karen Moore (1 ticked)");
        assertThat(robot.lookup("#session-save").queryAs(Button.class).getText()).isEqualTo("Record 1 signature");

        robot.clickOn("#session-undo");
        SlowWait.until(() -> text(robot, "#session-count").equals("0 ticked"));
        assertThat(robot.lookup("#session-undo").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void theSessionStartsOnThePaperSheetMethod(FxRobot robot) {
        open(robot, "Staff Code of Conduct");
        Object method = robot.lookup("#session-method").queryAs(javafx.scene.control.ComboBox.class).getValue();
        assertThat(method).isEqualTo(uk.schoolcompliance.tracker.domain.AckMethod.PAPER);
    }
}
