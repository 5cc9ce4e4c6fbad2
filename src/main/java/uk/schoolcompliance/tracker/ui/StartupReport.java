package uk.schoolcompliance.tracker.ui;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * {@code -Dtracker.startup.report=true}: prints how long after the JVM started the main window showed
 * the dashboard's figures (measured from the JVM's own start time), then closes the app. Used by
 * docs/performance.md to check the two-second start target.
 */
public final class StartupReport {

    public static final String PROPERTY = "tracker.startup.report";

    private StartupReport() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call from {@code Application.start} once the stage is shown. */
    public static void install(Stage stage) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long shownAt = System.currentTimeMillis();
        new AnimationTimer() {
            private long seenAt;

            @Override
            public void handle(long now) {
                if (seenAt == 0) {
                    Node value = stage.getScene() == null ? null : stage.getScene().lookup("#card-ack-percent-value");
                    if (value instanceof Label label && !label.getText().isEmpty()) {
                        seenAt = System.currentTimeMillis(); // rendered in this pulse; report on the next
                    }
                    return;
                }
                stop();
                System.out.printf("startup: window shown at %d ms, dashboard figures shown at %d ms after the JVM "
                        + "started%n", shownAt - jvmStart, seenAt - jvmStart);
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
}
