package uk.schoolcompliance.tracker.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.OperatorName;

/**
 * Starts the real main window on a copy of the demo school, as of the demo's anchor date, with "Test Operator"
 * already remembered as who is using the app (in a temporary folder, never the real home folder), so no window
 * stops to ask; {@code UserNameDialogTest} covers the question itself.
 */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static MainWindow startOnDemo(Stage stage, Path dir) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage, context(dir));
        stage.show();
        window.open(TestDemo.copy(dir), false);
        return window;
    }

    /**
     * The real window on the demo school at its own size, 1280 × 800, whatever size an earlier test class left the
     * shared stage: for a test of what fits in the window.
     */
    public static MainWindow startAtWindowSize(Stage stage, Path dir) {
        MainWindow window = startOnDemo(stage, dir);
        stage.sizeToScene();
        return window;
    }

    /** Waits until the window has opened the school and shows the dashboard's figures. */
    public static void waitForDashboard(org.testfx.api.FxRobot robot) {
        waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
    }

    /**
     * A context as the app makes it, as of the demo's anchor date, with {@link TestDemo#ACTOR}'s name remembered
     * as who is using the app in a fresh folder under {@code dir}.
     */
    public static UiContext context(Path dir) {
        OperatorName names = new OperatorName(dir.resolve("settings-" + System.nanoTime()).resolve("user.properties"),
                TestDemo.ACTOR.osUser());
        names.remember(TestDemo.ACTOR.operator());
        UiContext ctx = new UiContext(new FxTaskExecutor(), TestDemo.CLOCK, names);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        return ctx;
    }

    /** Waits (up to 20 s) for a condition checked on the FX thread. */
    public static void waitUntil(BooleanSupplier condition) {
        waitUntil(20, condition);
    }

    /** Waits (up to {@code seconds}) for a condition checked on the FX thread. */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                WaitForAsyncUtils.asyncFx(() -> result[0] = condition.getAsBoolean()).get();
                return result[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
