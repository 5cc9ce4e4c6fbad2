package uk.schoolcompliance.tracker.ui;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * Mounts one pane on its own, as the window shows it (the theme and {@code app.css}), at the size the content area
 * has in a 1280 × 800 window; and gives the context such a pane's view model takes: a copy of the demo school, as
 * of its anchor date, with every task run at once on the calling thread.
 */
public final class PaneMount {

    /** The content area's size in a 1280 × 800 window (less the navigation rail, the top and status bars). */
    public static final double WIDTH = 1030;
    public static final double HEIGHT = 640;

    private PaneMount() {
    }

    public static UiContext demo(Path dir) {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(TestDemo.open(dir));
        return ctx;
    }

    /** The stage a pane was last shown on, for {@link RestoreStage} to put back at the window's size. */
    private static volatile Stage shownOn;

    public static void show(Stage stage, Parent pane, double width, double height) {
        shownOn = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(pane, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(0); // the main window's minimum (960 × 600) stays on the shared stage after its tests
        stage.setMinHeight(0);
        stage.sizeToScene(); // the stage is shared by every test class: the pane's size, whatever came before
        stage.show();
    }

    /**
     * The stage back at the window's size (1280 × 800), for the test classes after this one that share it. Never
     * larger: the headless screen is 1280 × 800, and a window beyond it breaks every later test.
     */
    public static void restore(Stage stage) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    /**
     * A pane as a narrow column shows it (a detail beside a table): in a scroll pane that fits it to the width, so
     * text has to wrap or fit, never run off to the right.
     */
    public static void showInColumn(Stage stage, Node pane, double width, double height) {
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        show(stage, scroll, width, height);
    }

    public static void show(Stage stage, Parent pane) {
        show(stage, pane, WIDTH, HEIGHT);
    }

    /**
     * After each test of a class extended with this, the stage a pane was shown on back at the window's size
     * ({@link #restore}), so a pane test needs no {@code @AfterEach} of its own. Register it after
     * {@code ApplicationExtension}: {@code @ExtendWith({ApplicationExtension.class, PaneMount.RestoreStage.class})}.
     */
    public static final class RestoreStage implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            Stage stage = shownOn;
            shownOn = null;
            if (stage != null) {
                restore(stage);
            }
        }
    }
}
