package uk.schoolcompliance.tracker.ui.server;

import java.nio.file.Path;
import java.time.Duration;

import org.testfx.api.FxRobot;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.StoppableServer;
import uk.schoolcompliance.tracker.store.ServerAddress;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The set-up the tests of a trust's server going away share: a PostgreSQL of the test class's own with the demo school
 * in database "tracker" ({@link StoppableServer}, started once per class, closed after it), and the real window
 * connected to it with a connection watch that probes often, so "Connected again" comes soon after the server is back.
 */
final class ServerSession implements AutoCloseable {

    /** What the window says while the server is away. */
    static final String LOST = "The connection to tracker on localhost as postgres was lost; nothing was changed. "
            + "Reconnecting\u2026";
    static final String BACK = "Connected again to tracker on localhost as postgres";

    private final StoppableServer server;
    private final ServerAddress tracker;

    private ServerSession(StoppableServer server, ServerAddress tracker) {
        this.server = server;
        this.tracker = tracker;
    }

    /** A server of its own, its data under {@code dir}. */
    static ServerSession start(Path dir) {
        StoppableServer server = StoppableServer.start(dir.resolve("pg"));
        return new ServerSession(server, server.withDemo("tracker"));
    }

    /** The window on the server (started again if a test left it stopped); the context is {@code ctx}. */
    MainWindow window(Stage stage, UiContext ctx) {
        server.startAgain();
        ctx.connectionWatch().probeEvery(Duration.ofMillis(300));
        return FxTestSupport.startOnServer(stage, ctx, tracker.toString());
    }

    StoppableServer server() {
        return server;
    }

    static String status(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }

    /** Starts the server again and waits until the window has reconnected. */
    void backAgain(FxRobot robot) {
        server.startAgain();
        FxTestSupport.waitUntil(() -> status(robot).equals(BACK));
    }

    @Override
    public void close() {
        server.close();
    }
}
