package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * The FX thread is never blocked while the dashboard loads a 5,000-staff × 100-policy trust: a
 * heartbeat on every pulse measures how much CPU time the FX thread spent between two pulses (work done
 * on it, which a loaded machine cannot inflate the way it inflates wall time) and the longest wall gap.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardResponsivenessTest {

    @TempDir
    static Path dir;
    static Path trust;

    private MainWindow window;

    @BeforeAll
    static void generate() {
        trust = dir.resolve("trust.db");
        TrackerServices services = TrackerServices.open(trust, TestDemo.ACTOR, TestDemo.CLOCK);
        services.generateTrust(5_000, 100, 1, TestDemo.AS_OF);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext ctx = FxTestSupport.context(dir); // a name remembered: the window does not stop to ask
        window = new MainWindow(stage, ctx);
        stage.show();
    }

    @Test
    void theFxThreadIsNeverBlockedForMoreThan100msWhileTheDashboardLoads(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Heartbeat heartbeat = new Heartbeat();
        WaitForAsyncUtils.asyncFx(heartbeat::start).get();
        long t = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> window.open(trust, false)).get();
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> robot.lookup("#card-ack-percent-value").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a few pulses after the cards are drawn
        WaitForAsyncUtils.asyncFx(heartbeat::stop).get();
        System.out.printf("dashboard on 5,000 x 100 loaded in %d ms; FX thread: most CPU between two pulses %d ms, "
                + "longest wall gap %d ms%n", (System.nanoTime() - t) / 1_000_000, heartbeat.worstCpuMs(),
                heartbeat.worstGapMs());
        assertThat(heartbeat.worstCpuMs()).as("FX-thread CPU time between two pulses (ms)").isLessThan(100);
    }

    @Test
    void theHeartbeatCatchesWorkOnTheFxThread() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Heartbeat heartbeat = new Heartbeat();
        WaitForAsyncUtils.asyncFx(heartbeat::start).get();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.asyncFx(() -> { // what a database read on the FX thread would look like
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + 150_000_000L; // 150 ms of work, however loaded the machine
            double x = 0;
            while (threads.getCurrentThreadCpuTime() < end) {
                x += Math.sqrt(x + 1);
            }
            return x;
        }).get();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.asyncFx(heartbeat::stop).get();
        assertThat(heartbeat.worstCpuMs()).isGreaterThanOrEqualTo(100);
    }

    /** Measures, on every pulse, the FX thread's CPU time and the wall time since the previous pulse. */
    static final class Heartbeat extends AnimationTimer {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long lastCpu;
        private long lastPulse;
        private volatile long worstCpu;
        private volatile long worstGap;

        @Override
        public void handle(long now) {
            long cpu = threads.getCurrentThreadCpuTime();
            if (lastPulse != 0) {
                worstCpu = Math.max(worstCpu, cpu - lastCpu);
                worstGap = Math.max(worstGap, now - lastPulse);
            }
            lastCpu = cpu;
            lastPulse = now;
        }

        long worstCpuMs() {
            return worstCpu / 1_000_000;
        }

        long worstGapMs() {
            return worstGap / 1_000_000;
        }
    }
}
