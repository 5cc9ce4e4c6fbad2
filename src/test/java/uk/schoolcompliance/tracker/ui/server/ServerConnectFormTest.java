package uk.schoolcompliance.tracker.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.app.ServerDetails;
import uk.schoolcompliance.tracker.app.ServerLogin;
import uk.schoolcompliance.tracker.app.ServerPreferences;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The connect form without a screen: stopping the wait, and the server remembered only once it let us in. */
class ServerConnectFormTest {

    @TempDir
    Path dir;

    /** Holds each job until the test runs it: the wait the user sees while the server has not answered yet. */
    private static final class HeldExecutor implements TaskExecutor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }
    }

    private ServerConnectForm form(TaskExecutor executor, ServerPreferences preferences) {
        UiContext ctx = new UiContext(executor, TestDemo.CLOCK);
        ctx.setServerLogin(new ServerLogin(TestServer.superuserEnv(Map.of("PGPASSFILE",
                dir.resolve("pgpass").toString())), dir.toString()));
        ctx.setServerPreferences(preferences);
        ServerConnectForm form = new ServerConnectForm(ctx);
        ServerDetails demo = ServerDetails.parse(TestServer.withDemo().toString());
        form.hostProperty().set(demo.host());
        form.portProperty().set(String.valueOf(demo.port()));
        form.databaseProperty().set(demo.database());
        form.userProperty().set(demo.user());
        form.tlsProperty().set(ServerConnectForm.Tls.DISABLE);
        return form;
    }

    @Test
    void cancellingWhileConnectingStopsWaitingKeepsWhatWasTypedAndNeverUsesALateConnection() {
        HeldExecutor executor = new HeldExecutor();
        ServerPreferences preferences = new ServerPreferences(dir.resolve("server.properties"));
        ServerConnectForm form = form(executor, preferences);
        List<TrackerServices> connected = new ArrayList<>();
        form.connect(connected::add);
        assertThat(form.connectingProperty().get()).isTrue();
        assertThat(form.progressProperty().get()).isEqualTo("Connecting to " + form.details().describe() + "\u2026");
        form.connect(connected::add);
        assertThat(executor.held).as("one attempt at a time").hasSize(1);

        form.stopWaiting();
        assertThat(form.connectingProperty().get()).isFalse();
        assertThat(form.progressProperty().get()).isEqualTo("Stopped waiting for " + form.details().describe()
                + "; nothing was opened.");
        assertThat(form.hostProperty().get()).isEqualTo("localhost");
        executor.held.get(0).run(); // the server answers after all
        assertThat(connected).as("a connection given up on is never used").isEmpty();
        assertThat(form.connectingProperty().get()).isFalse();

        // trying again connects, and only then is the server remembered
        form.connect(connected::add);
        executor.held.get(1).run();
        assertThat(connected).hasSize(1);
        assertThat(preferences.last()).contains(form.details());
        connected.get(0).close();
    }

    @Test
    void aFailureKeepsEverythingAndRemembersNothing() {
        ServerPreferences preferences = new ServerPreferences(dir.resolve("server.properties"));
        ServerConnectForm form = form(TaskExecutor.sameThread(), preferences);
        form.databaseProperty().set("no_such_database");
        String typed = TestServer.superuserPasswordOr("typed"); // a server that checks it before the database
        form.passwordProperty().set(typed);
        List<TrackerServices> connected = new ArrayList<>();
        form.connect(connected::add);
        assertThat(connected).isEmpty();
        assertThat(form.errorProperty().get()).isEqualTo("Cannot connect to postgresql://postgres@localhost:"
                + TestServer.port() + "/no_such_database: the server has no database no_such_database");
        assertThat(form.passwordProperty().get()).isEqualTo(typed);
        assertThat(form.connectingProperty().get()).isFalse();
        assertThat(preferences.last()).isEmpty();
        assertThat(dir.resolve("pgpass")).doesNotExist();
    }
}
