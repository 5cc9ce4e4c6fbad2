package uk.schoolcompliance.tracker.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.acknowledgements.RecordAcknowledgementDialog;

/**
 * The window on a trust's server: the title and the status bar say which server and user; File > Open returns to a
 * file; and a server that goes away mid-session is a banner (never an error dialog) while the dialog being filled in
 * keeps what was typed, then "Connected again" once the server is back, when the same save goes through.
 */
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {

    @TempDir
    static Path dir;

    private static ServerSession session;

    private MainWindow window;
    private UiContext ctx;
    private Stage stage;

    @BeforeAll
    static void aServerOfItsOwn() {
        session = ServerSession.start(dir);
    }

    @AfterAll
    static void stopIt() {
        if (session != null) { // null: skipped on an external server (StoppableServer.assumeAvailable)
            session.close();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = FxTestSupport.context(dir);
        window = session.window(stage, ctx);
    }

    private static String status(FxRobot robot) {
        return ServerSession.status(robot);
    }

    @Test
    void theTitleAndTheStatusBarSayWhichServerAndUser(FxRobot robot) {
        FxTestSupport.waitUntil(() -> !window.viewModel().schoolNameProperty().get().isEmpty());
        assertThat(stage.getTitle()).isEqualTo("Compliance Tracker \u2014 tracker on localhost as postgres");
        assertThat(status(robot)).isEqualTo("Connected: tracker on localhost as postgres");
        assertThat(robot.lookup("#school-name").queryAs(Label.class).getText()).isEqualTo(ctx.services().schoolName());
        assertThat(robot.lookup("#connection-banner").query().isVisible()).isFalse();
    }

    @Test
    void openingASchoolFileReturnsFromTheServerToTheFile(FxRobot robot) {
        TrackerServices onServer = ctx.services();
        Path file = TestDemo.copy(dir);
        robot.interact(() -> window.open(file, false));
        FxTestSupport.waitUntil(() -> ctx.services() != onServer);
        assertThat(ctx.services().isServer()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Compliance Tracker \u2014 " + file.getFileName());
        assertThat(status(robot)).isEqualTo("Open: " + file.toAbsolutePath());
    }

    @Test
    void aServerThatGoesAwayIsABannerTheDialogKeepsWhatWasTypedAndItReconnects(FxRobot robot) {
        TrackerServices s = ctx.services();
        StaffMember lewis = s.allStaff().stream().filter(p -> p.fullName().equals("Claire Lewis")).findFirst().orElseThrow();
        Policy capability = s.allPolicies().stream().filter(p -> p.title().equals("Capability Policy")).findFirst()
                .orElseThrow();
        int before = s.acknowledgementsOf(lewis.id()).size();
        FxTestSupport.waitUntil(() -> !window.viewModel().schoolNameProperty().get().isEmpty());
        RecordAcknowledgementDialog[] dialog = new RecordAcknowledgementDialog[1];
        robot.interact(() -> {
            dialog[0] = new RecordAcknowledgementDialog(ctx, stage, lewis.id(), capability.id());
            dialog[0].show();
        });
        FxTestSupport.waitUntil(() -> dialog[0].viewModel().versionProperty().get() != null);
        TextInputControl note = robot.lookup("#record-note").queryAs(TextInputControl.class);
        robot.interact(() -> note.setText("Signed at the staff meeting"));

        session.server().stop();
        robot.interact(() -> robot.lookup("#record-save").queryButton().fire());
        String lost = ServerSession.LOST;
        FxTestSupport.waitUntil(() -> lost.equals(robot.lookup("#record-error").queryAs(Label.class).getText()));
        assertThat(dialog[0].isShowing()).as("the dialog stays open").isTrue();
        assertThat(note.getText()).isEqualTo("Signed at the staff meeting");
        assertThat(dialog[0].viewModel().personProperty().get().fullName()).isEqualTo("Claire Lewis");
        assertThat(robot.lookup("#connection-banner-text").queryAs(Label.class).getText()).isEqualTo(lost);
        assertThat(robot.lookup("#connection-banner").query().isVisible()).isTrue();
        assertThat(status(robot)).isEqualTo(lost);
        // the pages' own reads fail the same way, and no error dialog opens for any of it
        robot.interact(ctx::dataChanged);
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".alert").tryQuery()).as("no error alert").isEmpty();

        session.backAgain(robot);
        assertThat(robot.lookup("#connection-banner").query().isVisible()).isFalse();
        assertThat(dialog[0].isShowing()).isTrue();
        robot.interact(() -> robot.lookup("#record-save").queryButton().fire());
        FxTestSupport.waitUntil(() -> !dialog[0].isShowing());
        assertThat(ctx.services().acknowledgementsOf(lewis.id())).hasSize(before + 1)
                .anyMatch(a -> "Signed at the staff meeting".equals(a.note()));
    }
}
