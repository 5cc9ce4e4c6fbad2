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

/** Starts the real main window on a copy of the demo school, as of the demo's anchor date. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static MainWindow startOnDemo(Stage stage, Path dir) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext ctx = new UiContext(new FxTaskExecutor(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        MainWindow window = new MainWindow(stage, ctx);
        stage.show();
        window.open(TestDemo.copy(dir), false);
        return window;
    }

    /** Waits (up to 20 s) for a condition checked on the FX thread. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                WaitForAsyncUtils.asyncFx(() -> result[0] = condition.getAsBoolean()).get();
                return result[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
