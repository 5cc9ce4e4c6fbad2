package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;

/** The status bar mounted on its own: the view model's status line, and the progress bar only while work runs. */
@ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})
class StatusBarTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private MainViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiContext ctx = new UiContext(executor, TestDemo.CLOCK);
        vm = new MainViewModel(ctx);
        PaneMount.show(stage, (Parent) StatusBar.of(ctx, vm), 800, 40);
    }

    @AfterEach
    void stopTheExecutor() {
        executor.shutdown();
    }

    @Test
    void theStatusLineFollowsTheViewModel(FxRobot robot) {
        robot.interact(() -> vm.statusProperty().set("Backed up to /media/usb/school.db"));
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).isEqualTo("Backed up to /media/usb/school.db");
        robot.interact(() -> assertThat(CutText.under(stage.getScene().getRoot())).isEmpty());
    }

    @Test
    void theProgressBarShowsWhileWorkRunsOffTheFxThread(FxRobot robot) throws Exception {
        ProgressBar busy = robot.lookup("#status-busy").queryAs(ProgressBar.class);
        assertThat(busy.isVisible()).isFalse();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        robot.interact(() -> executor.run(() -> release.await(20, TimeUnit.SECONDS), ok -> finished.countDown(),
                e -> finished.countDown()));
        FxTestSupport.waitUntil(busy::isVisible);
        release.countDown();
        assertThat(finished.await(20, TimeUnit.SECONDS)).isTrue();
        FxTestSupport.waitUntil(() -> !busy.isVisible());
    }
}
