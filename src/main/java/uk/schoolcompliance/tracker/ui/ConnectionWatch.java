package uk.schoolcompliance.tracker.ui;

import java.time.Duration;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * A trust's server that goes away mid-session: the first read or write that fails for want of the server says so
 * once ("The connection to tracker on dbhost as office_jane was lost; nothing was changed. Reconnecting…") in place of
 * an error dialog, then the server is asked every few seconds, off the FX thread, whether it answers again; when it
 * does the window says "Connected again" and every page refreshes. A local file never loses its connection.
 */
public final class ConnectionWatch {

    /** How often a lost server is asked again, by default. */
    public static final Duration PROBE_EVERY = Duration.ofSeconds(3);

    private final UiContext ctx;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper lost = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper back = new ReadOnlyStringWrapper();
    private Consumer<Runnable> later = probe -> afterPause(probe, this.every);
    private Duration every = PROBE_EVERY;
    private TrackerServices watched;

    ConnectionWatch(UiContext ctx, TaskExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
    }

    /** Probes every {@code every} (tests use a short one); {@code later} schedules the next probe on the FX thread. */
    public void probeEvery(Duration every) {
        this.every = every;
    }

    /** Tests without the FX toolkit schedule probes themselves. */
    public void scheduleWith(Consumer<Runnable> later) {
        this.later = later;
    }

    private static void afterPause(Runnable probe, Duration every) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(every.toMillis()));
        pause.setOnFinished(e -> probe.run());
        pause.play();
    }

    /** True when {@code failure} is the open server going away (said by the watch, not by an error dialog). */
    boolean isLost(Throwable failure) {
        TrackerServices services = ctx.services();
        return services != null && services.isServer() && uk.schoolcompliance.tracker.app.ServerLogin.connectionLost(failure);
    }

    /** The open server stopped answering: say so (once) and start asking whether it is back. Call on the FX thread. */
    void failed() {
        TrackerServices services = ctx.services();
        if (services == null || lost.get() != null) {
            return;
        }
        watched = services;
        back.set(null);
        lost.set(I18n.t("status.server.lost", name(services)));
        scheduleProbe();
    }

    /** The message every action that failed for want of the server shows ("… Reconnecting…"). */
    String lostMessage() {
        TrackerServices services = ctx.services();
        return lost.get() != null ? lost.get() : I18n.t("status.server.lost", services == null ? "" : name(services));
    }

    private void scheduleProbe() {
        later.accept(this::probe);
    }

    private void probe() {
        TrackerServices services = watched;
        if (services == null || services != ctx.services()) {
            stop(); // another database was opened meanwhile
            return;
        }
        executor.run(services::answers, answers -> {
            if (services != ctx.services()) {
                stop();
            } else if (answers) {
                lost.set(null);
                watched = null;
                back.set(I18n.t("status.server.back", name(services)));
                ctx.dataChanged(); // every page reads again what the server holds
            } else {
                scheduleProbe();
            }
        }, e -> scheduleProbe());
    }

    /** Forgets a lost server (another database was opened). */
    void stop() {
        watched = null;
        lost.set(null);
    }

    private static String name(TrackerServices services) {
        return services.serverDetails().map(d -> d.describe()).orElse(services.databaseLocation());
    }

    /** The banner's text while the server is away, else null. */
    public ReadOnlyStringProperty lostProperty() {
        return lost.getReadOnlyProperty();
    }

    /** "Connected again to …" once the server is back (until it is lost again), else null. */
    public ReadOnlyStringProperty backProperty() {
        return back.getReadOnlyProperty();
    }

    /** Clears "Connected again" (shown once). */
    public void clearBack() {
        back.set(null);
    }
}
