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
import uk.schoolcompliance.tracker.app.ServerDetails;
import uk.schoolcompliance.tracker.app.ServerLogin;

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
     * Starts the real main window on a fresh copy of the demo school in the store given: a file ({@link #startOnDemo})
     * or the test PostgreSQL server ({@link #startOnServer(Stage, Path)}), so a journey runs on both.
     */
    public static MainWindow startOn(uk.schoolcompliance.tracker.StoreKind store, Stage stage, Path dir) {
        return store == uk.schoolcompliance.tracker.StoreKind.POSTGRESQL ? startOnServer(stage, dir)
                : startOnDemo(stage, dir);
    }

    /**
     * Services of their own on what the window has open (the file or the server), for a test to arrange and inspect
     * rows beside the window.
     */
    public static uk.schoolcompliance.tracker.app.TrackerServices servicesOn(MainWindow window) {
        waitUntil(() -> window.viewModel().openFileProperty().get().length() > 0);
        return uk.schoolcompliance.tracker.app.TrackerServices.openTarget(window.viewModel().openFileProperty().get(),
                () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
    }

    /**
     * Starts the real main window on a fresh copy of the demo school on the test PostgreSQL server ({@link
     * uk.schoolcompliance.tracker.TestServer#withDemo}), as File > Connect to trust server… leaves it.
     */
    public static MainWindow startOnServer(Stage stage, Path dir) {
        return startOnServer(stage, context(dir), uk.schoolcompliance.tracker.TestServer.withDemo().toString());
    }

    /** As {@link #startOnServer(Stage, Path)}, on the server {@code target} names, with the context given. */
    public static MainWindow startOnServer(Stage stage, UiContext ctx, String target) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage, ctx);
        stage.show();
        // the superuser of the test servers logs in without a password; no password file is read or written
        ServerDetails server = ServerDetails.parse(target);
        window.viewModel().useServer(uk.schoolcompliance.tracker.app.TrackerServices.connect(
                new ServerLogin(uk.schoolcompliance.tracker.TestServer.superuserEnv(java.util.Map.of()), null), server, null, ctx::actor, ctx.clock()));
        return window;
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

    /**
     * Waits (up to {@code seconds}) for a condition checked on the FX thread. A condition that throws (a node not in
     * the scene yet, while a page reloads) counts as not met yet; if it is still throwing when the time is up, that is
     * the failure's cause.
     */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        Throwable[] last = new Throwable[1];
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                WaitForAsyncUtils.asyncFx(() -> {
                    try {
                        result[0] = condition.getAsBoolean();
                        last[0] = null;
                    } catch (RuntimeException e) {
                        last[0] = e;
                    }
                }).get();
                return result[0];
            });
        } catch (TimeoutException e) {
            AssertionError failure = new AssertionError("condition not met within " + seconds + " s", e);
            if (last[0] != null) {
                failure.addSuppressed(last[0]);
            }
            throw failure;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
