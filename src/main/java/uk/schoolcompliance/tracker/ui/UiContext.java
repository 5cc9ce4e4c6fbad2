package uk.schoolcompliance.tracker.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.schoolcompliance.tracker.app.OperatorName;
import uk.schoolcompliance.tracker.app.SchoolChoice;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.School;

/**
 * What every page shares: the open database's services, the as-of date, a revision that changes
 * after every write (pages refresh on it), the background executor, navigation, and who is using the app (the
 * name remembered on this computer, recorded as who did each thing; the login where no name is known).
 */
public final class UiContext {

    private final ObjectProperty<TrackerServices> services = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf;
    private final IntegerProperty revision = new SimpleIntegerProperty();
    /** The school chosen in the top bar; null: all schools (the whole file). */
    private final ObjectProperty<School> school = new SimpleObjectProperty<>();
    private SchoolChoice schoolChoice = SchoolChoice.sessionOnly();
    private final TaskExecutor executor;
    private final TaskExecutor rawExecutor;
    private final ConnectionWatch connectionWatch;
    private volatile uk.schoolcompliance.tracker.app.ServerLogin serverLogin =
            uk.schoolcompliance.tracker.app.ServerLogin.nowhere();
    private uk.schoolcompliance.tracker.app.ServerPreferences serverPreferences =
            uk.schoolcompliance.tracker.app.ServerPreferences.sessionOnly();
    private final Clock clock;
    private Consumer<Destination> navigator = d -> { };
    private final OperatorName operatorNames;
    private final ReadOnlyStringWrapper userName = new ReadOnlyStringWrapper();
    private volatile Actor actor;
    private boolean userNameAsked;
    private volatile uk.schoolcompliance.tracker.ui.common.FileOpener.Host openerHost =
            uk.schoolcompliance.tracker.ui.common.FileOpener.NO_PROGRAM;

    /**
     * {@code clock} is the app's "today" (tests pin it); the as-of date starts as today. No name is remembered
     * beyond this run (screens shown outside the app); the app passes this computer's {@link OperatorName}.
     */
    public UiContext(TaskExecutor executor, Clock clock) {
        this(executor, clock, OperatorName.sessionOnly(Actor.systemLogin()));
    }

    /** As {@link #UiContext(TaskExecutor, Clock)}, with {@code operatorNames} remembering who uses the app here. */
    public UiContext(TaskExecutor executor, Clock clock, OperatorName operatorNames) {
        this.rawExecutor = executor;
        this.connectionWatch = new ConnectionWatch(this, executor);
        this.executor = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                // a trust's server that went away: the watch says so and reconnects; the action is told in words
                executor.run(work, onSuccess, e -> {
                    if (connectionWatch.isLost(e)) {
                        connectionWatch.failed();
                        onFailure.accept(new uk.schoolcompliance.tracker.app.UserException(
                                connectionWatch.lostMessage(), e));
                    } else {
                        onFailure.accept(e);
                    }
                });
            }
        };
        this.clock = clock;
        this.asOf = new SimpleObjectProperty<>(today());
        this.operatorNames = operatorNames;
        setUserName(operatorNames.remembered().orElse(null));
    }

    public Clock clock() {
        return clock;
    }

    /** Today by the app's clock: the default for every date a user records. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObjectProperty<TrackerServices> servicesProperty() {
        return services;
    }

    public TrackerServices services() {
        return services.get();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public LocalDate asOf() {
        return asOf.get();
    }

    /** The school every page shows (chosen in the top bar); null: all schools. */
    public ObjectProperty<School> schoolProperty() {
        return school;
    }

    /** The school chosen, or empty for the whole file: what every view model passes to the app services. */
    public java.util.Optional<School> school() {
        return java.util.Optional.ofNullable(school.get());
    }

    /** Where the choice of school is remembered (session-only unless the app sets this computer's). */
    public SchoolChoice schoolChoice() {
        return schoolChoice;
    }

    public void setSchoolChoice(SchoolChoice choice) {
        this.schoolChoice = choice;
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    /** Tells every page the data changed. */
    public void dataChanged() {
        revision.set(revision.get() + 1);
    }

    public TaskExecutor executor() {
        return executor;
    }

    /**
     * The executor without the watch for a lost server: for connecting to a server, whose failure is that attempt's
     * own, never the open database's lost connection.
     */
    public TaskExecutor unwatchedExecutor() {
        return rawExecutor;
    }

    // ---- a trust's server (issue 18)

    /** Whether the open server went away and is being reconnected to. */
    public ConnectionWatch connectionWatch() {
        return connectionWatch;
    }

    /** Connects to servers and writes the password file (the app: this computer's; tests: a temporary home). */
    public uk.schoolcompliance.tracker.app.ServerLogin serverLogin() {
        return serverLogin;
    }

    public void setServerLogin(uk.schoolcompliance.tracker.app.ServerLogin login) {
        this.serverLogin = login;
    }

    /** Where the server last connected to is remembered (session-only unless the app sets this computer's). */
    public uk.schoolcompliance.tracker.app.ServerPreferences serverPreferences() {
        return serverPreferences;
    }

    public void setServerPreferences(uk.schoolcompliance.tracker.app.ServerPreferences preferences) {
        this.serverPreferences = preferences;
    }

    public void setNavigator(Consumer<Destination> navigator) {
        this.navigator = navigator;
    }

    /** Opens a destination's page and shows what it names there. */
    public void navigate(Destination destination) {
        navigator.accept(destination);
    }

    /** Opens a page as it is. */
    public void navigate(Section section) {
        navigate(Destination.home(section));
    }

    // ---- opening files and mail links

    /**
     * Hands documents to the computer's programs: the app sets its {@code HostServices} in {@code start()}; tests
     * set a fake. Until set nothing is opened (each attempt says no program opens it).
     */
    public void setOpenerHost(uk.schoolcompliance.tracker.ui.common.FileOpener.Host host) {
        this.openerHost = host;
    }

    /** Opens saved files and mail links off the FX thread, failures in words. */
    public uk.schoolcompliance.tracker.ui.common.FileOpener fileOpener() {
        return new uk.schoolcompliance.tracker.ui.common.FileOpener(openerHost, executor);
    }

    // ---- who is using the app

    /** Where the name is remembered on this computer. */
    public OperatorName operatorNames() {
        return operatorNames;
    }

    /** The name of whoever is using the app; {@code null} while none is known (the login stands in). */
    public ReadOnlyStringProperty userNameProperty() {
        return userName.getReadOnlyProperty();
    }

    public String userName() {
        return userName.get();
    }

    /** The computer login, recorded beside the name. */
    public String login() {
        return operatorNames.login();
    }

    /** Who is doing it now, for every write the window makes (safe to call off the FX thread). */
    public Actor actor() {
        return actor;
    }

    /** True once per run while no name is known: the window asks "Who is using Compliance Tracker?". */
    public boolean shouldAskUserName() {
        return userName.get() == null && !userNameAsked;
    }

    /** The question was put this run (answered or put off): not asked again until the next start. */
    public void userNameAsked() {
        userNameAsked = true;
    }

    /**
     * Uses {@code name} from now on for everything the window records, and remembers it on this computer (written
     * off the FX thread). If it cannot be remembered it is still used until the app closes, and {@code onNotRemembered}
     * gets the reason.
     *
     * @throws uk.schoolcompliance.tracker.app.UserException when the name is not acceptable (nothing changes)
     */
    public String useUserName(String name, Consumer<String> onNotRemembered) {
        String clean = OperatorName.clean(name, "Your name");
        setUserName(clean);
        userNameAsked = true;
        executor.run(() -> operatorNames.remember(clean), remembered -> { },
                e -> onNotRemembered.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
        return clean;
    }

    private void setUserName(String name) {
        actor = new Actor(operatorNames.login(), name == null ? operatorNames.login() : name);
        userName.set(name);
    }
}
