package uk.schoolcompliance.tracker.ui;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark ({@code bench}, docs/performance.md): a bare JavaFX 21 window with
 * one label, nothing else. Prints when its first frame was drawn, measured from the JVM's start as
 * {@link StartupReport} measures the app, then exits. Like the app's {@code Launcher}, the class with
 * {@code main} does not extend {@code Application}, so it starts with JavaFX on the class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            stage.setScene(new Scene(new StackPane(new Label("Compliance Tracker")), 400, 200));
            stage.show();
            new AnimationTimer() {
                private boolean drawn;

                @Override
                public void handle(long now) {
                    if (!drawn) {
                        drawn = true; // drawn in this pulse; report on the next
                        return;
                    }
                    stop();
                    System.out.printf("startup: bare window shown at %d ms after the JVM started%n",
                            System.currentTimeMillis() - jvmStart);
                    System.out.flush();
                    Platform.exit();
                }
            }.start();
        }
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
