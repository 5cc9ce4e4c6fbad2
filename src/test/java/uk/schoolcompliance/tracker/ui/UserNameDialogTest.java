package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.OperatorName;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.AuditEntry;
import uk.schoolcompliance.tracker.ui.audit.AuditViewModel;

/**
 * "Who is using Compliance Tracker?": asked on the first start once the database is open, remembered per computer
 * (here in a temporary folder), shown in the top bar, changeable, and recorded as who did each thing with the
 * computer login beside it in the audit log.
 */
@ExtendWith(ApplicationExtension.class)
class UserNameDialogTest {

    private static final String LOGIN = "office-pc";

    @TempDir
    static Path dir;

    private Stage stage;
    private OperatorName names;
    private UiContext ctx;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        names = new OperatorName(dir.resolve("settings-" + System.nanoTime()).resolve("user.properties"), LOGIN);
    }

    /** Starts the window as the app does, on a copy of the demo school. */
    private void startWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ctx = new UiContext(new FxTaskExecutor(), TestDemo.CLOCK, names);
            ctx.asOfProperty().set(TestDemo.AS_OF);
            window = new MainWindow(stage, ctx);
            stage.show();
            window.open(TestDemo.copy(dir), false);
        }).get();
    }

    private static boolean dialogShowing(FxRobot robot) {
        return robot.lookup("#user-name-dialog").tryQuery().map(Node::isVisible).orElse(false);
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup("#user-name-dialog").queryAs(DialogPane.class);
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup("#user-name-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> field(FxRobot robot) {
        return robot.lookup("#user-name-field").queryAs(ComboBox.class);
    }

    private static String currentUser(FxRobot robot) {
        return robot.lookup("#current-user").queryAs(Button.class).getText();
    }

    private static void type(FxRobot robot, String text) {
        robot.interact(() -> field(robot).getEditor().clear());
        robot.clickOn(field(robot).getEditor()).write(text);
    }

    /** Records one outstanding acknowledgement through the window's services, as the pages do. */
    private Acknowledgement recordOne() {
        TrackerServices s = ctx.services();
        Obligation gap = s.compliance().calculator(TestDemo.AS_OF).gaps().get(0);
        return s.acknowledgementService().record(new AcknowledgementService.Recording(gap.staff().id(),
                gap.requiredVersion().id(), TestDemo.AS_OF, AckMethod.PAPER, null, null)).acknowledgement();
    }

    @Test
    void theFirstStartAsksWhoIsUsingAndEverythingIsRecordedAsThem(FxRobot robot) throws Exception {
        startWindow();
        FxTestSupport.waitUntil(() -> dialogShowing(robot));
        assertThat(dialog(robot).getHeaderText()).isEqualTo("Who is using Compliance Tracker?");
        assertThat(robot.lookup("#user-name-explain").queryAs(Label.class).getText()).contains(LOGIN)
                .contains("remembered on this computer only");
        assertThat(field(robot).getEditor().getText()).isEmpty();
        assertThat(button(robot, "Use this name").isDisabled()).isTrue(); // required

        type(robot, "   ");
        assertThat(button(robot, "Use this name").isDisabled()).isTrue();
        robot.interact(() -> field(robot).getEditor().setText("x".repeat(OperatorName.MAX_LENGTH + 1)));
        assertThat(button(robot, "Use this name").isDisabled()).isTrue();
        assertThat(robot.lookup("#user-name-error").queryAs(Label.class).getText())
                .isEqualTo("a name is at most 80 characters");

        type(robot, "  Jo   Bloggs ");
        assertThat(robot.lookup("#user-name-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(button(robot, "Use this name").isDisabled()).isFalse();
        robot.clickOn(button(robot, "Use this name"));

        FxTestSupport.waitUntil(() -> !dialogShowing(robot));
        FxTestSupport.waitUntil(() -> "Recording as Jo Bloggs".equals(currentUser(robot)));
        FxTestSupport.waitUntil(() -> names.remembered().isPresent());
        assertThat(new OperatorName(names.file(), LOGIN).remembered()).contains("Jo Bloggs"); // for the next start

        // what the window records names Jo Bloggs; the audit line keeps the login beside the name
        Acknowledgement ack = recordOne();
        assertThat(ack.recordedBy()).isEqualTo("Jo Bloggs");
        AuditEntry line = ctx.services().repositories().audit().recent(1, null, null).get(0);
        assertThat(line.operator()).isEqualTo("Jo Bloggs");
        assertThat(line.osUser()).isEqualTo(LOGIN);
        assertThat(ctx.services().governorsPack().build(TestDemo.AS_OF, null, false).preparedBy()).isEqualTo("Jo Bloggs");

        // the audit log shows both: computer user and name
        robot.interact(() -> window.navigate(Destination.home(Section.AUDIT)));
        FxTestSupport.waitUntil(() -> !robot.lookup("#audit-table").queryAs(TableView.class).getItems().isEmpty());
        AuditViewModel.Row newest = (AuditViewModel.Row) robot.lookup("#audit-table").queryAs(TableView.class)
                .getItems().get(0);
        assertThat(newest.osUser()).isEqualTo(LOGIN);
        assertThat(newest.operator()).isEqualTo("Jo Bloggs");
    }

    @Test
    void theNameCanBeChangedFromTheTopBarAndTheFileMenu(FxRobot robot) throws Exception {
        names.remember("Jo Bloggs");
        startWindow();
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing(robot)).isFalse(); // a remembered name is not asked for again
        assertThat(currentUser(robot)).isEqualTo("Recording as Jo Bloggs");

        robot.clickOn("#current-user");
        FxTestSupport.waitUntil(() -> dialogShowing(robot));
        assertThat(field(robot).getEditor().getText()).isEqualTo("Jo Bloggs"); // the name in use, to correct
        assertThat(button(robot, "Cancel")).isNotNull();
        type(robot, "Sam Patel");
        robot.clickOn(button(robot, "Use this name"));
        FxTestSupport.waitUntil(() -> "Recording as Sam Patel".equals(currentUser(robot)));
        FxTestSupport.waitUntil(() -> names.remembered().filter("Sam Patel"::equals).isPresent());
        assertThat(recordOne().recordedBy()).isEqualTo("Sam Patel");
        assertThat(ctx.services().repositories().audit().recent(1, null, null).get(0).operator()).isEqualTo("Sam Patel");

        // File > Change who is using the app…: the earlier name is offered again
        MenuItem item = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-user".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Change who is using the app\u2026");
        Platform.runLater(item::fire);
        FxTestSupport.waitUntil(() -> dialogShowing(robot));
        assertThat(field(robot).getItems()).containsExactly("Sam Patel", "Jo Bloggs");
        robot.interact(() -> field(robot).getSelectionModel().select("Jo Bloggs"));
        robot.clickOn(button(robot, "Use this name"));
        FxTestSupport.waitUntil(() -> "Recording as Jo Bloggs".equals(currentUser(robot)));

        // Cancel changes nothing
        robot.clickOn("#current-user");
        FxTestSupport.waitUntil(() -> dialogShowing(robot));
        type(robot, "Someone Else");
        robot.clickOn(button(robot, "Cancel"));
        FxTestSupport.waitUntil(() -> !dialogShowing(robot));
        assertThat(currentUser(robot)).isEqualTo("Recording as Jo Bloggs");
        FxTestSupport.waitUntil(() -> names.remembered().filter("Jo Bloggs"::equals).isPresent());
    }

    @Test
    void notNowKeepsTheLoginHonestlyAndAsksAgainOnTheNextStart(FxRobot robot) throws Exception {
        startWindow();
        FxTestSupport.waitUntil(() -> dialogShowing(robot));
        assertThat(button(robot, "Not now")).isNotNull();
        robot.clickOn(button(robot, "Not now"));
        FxTestSupport.waitUntil(() -> !dialogShowing(robot));
        assertThat(currentUser(robot)).isEqualTo("Recording as " + LOGIN + " (computer login)");
        assertThat(recordOne().recordedBy()).isEqualTo(LOGIN);
        assertThat(names.file()).doesNotExist();

        // opening another file in this run does not ask again
        robot.interact(() -> window.open(TestDemo.copy(dir), false));
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing(robot)).isFalse();

        // the next start asks again
        startWindow();
        FxTestSupport.waitUntil(() -> dialogShowing(robot));
        robot.clickOn(button(robot, "Not now"));
        FxTestSupport.waitUntil(() -> !dialogShowing(robot));
    }

    @Test
    void settingUpASchoolAsksFirstSoItsFirstRecordsNameWhoSetItUp(FxRobot robot) throws Exception {
        Path target = dir.resolve("new-school-" + System.nanoTime()).resolve("tracker.db");
        WaitForAsyncUtils.asyncFx(() -> {
            ctx = new UiContext(new FxTaskExecutor(), TestDemo.CLOCK, names);
            new uk.schoolcompliance.tracker.ui.setup.FirstRun(stage, ctx, target,
                    uk.schoolcompliance.tracker.ui.setup.FirstRun.mainWindowOpener(stage, ctx)).showWelcome();
            stage.show();
        }).get();
        robot.clickOn("#welcome-setup");
        FxTestSupport.waitUntil(() -> dialogShowing(robot));
        type(robot, "Jo Bloggs");
        robot.clickOn(button(robot, "Use this name"));
        FxTestSupport.waitUntil(() -> robot.lookup("#setup-school-name").tryQuery().isPresent());
        assertThat(ctx.actor()).isEqualTo(new uk.schoolcompliance.tracker.domain.Actor(LOGIN, "Jo Bloggs"));
        FxTestSupport.waitUntil(() -> names.remembered().isPresent());
        assertThat(names.remembered()).contains("Jo Bloggs");
    }
}
