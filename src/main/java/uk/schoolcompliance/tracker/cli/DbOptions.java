package uk.schoolcompliance.tracker.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.AppPaths;
import uk.schoolcompliance.tracker.app.OperatorName;
import uk.schoolcompliance.tracker.app.QuickCheckMemory;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Actor;

/**
 * {@code --db FILE} (default: the user's data folder) and {@code --by NAME} (who is doing it), shared by the
 * commands, with the app's clock ("today") and the name remembered on this computer that {@link Cli} hands every
 * command. {@code --operator NAME}, the old name of {@code --by}, still works for existing scripts.
 */
public final class DbOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "The database file (default: ${DEFAULT-VALUE}), or a trust's server: "
                    + "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...] (password from PGPASSWORD or ~/.pgpass).")
    String db = AppPaths.defaultDatabase().toString();

    @Option(names = "--create",
            description = "Make a new, empty database when FILE does not exist (otherwise a missing FILE is an error).")
    boolean create;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--by", paramLabel = "NAME",
            description = "Who is doing this, recorded as the person who did it (default: the name chosen in the app "
                    + "on this computer, else the login).")
    String by;

    /** The old name of {@code --by}: kept working for scripts written before it, no longer documented. */
    @Option(names = "--operator", paramLabel = "NAME", hidden = true)
    String operator;

    private final Clock clock;
    private final OperatorName names;

    /** For picocli's default factory; {@link Cli} builds it with the app's clock and this computer's name. */
    public DbOptions() {
        this(AppClock.system(), OperatorName.forThisComputer());
    }

    DbOptions(Clock clock, OperatorName names) {
        this.clock = clock;
        this.names = names;
    }

    /** The database file; a command that works on a file only refuses a server address here. */
    public Path db() {
        if (TrackerServices.namesServer(db)) {
            throw new UserException("--db " + db + ": " + (mixee == null ? "this command" : mixee.commandLine().getCommandName())
                    + " works on a database file, not a server");
        }
        return Path.of(db);
    }

    /** What {@code --db} names, as given: a file or a server address (for {@link TrackerServices#openTarget}). */
    public String target() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    /** Today by the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Opens the database for a command; it must exist unless {@code --create} was given. A name given with
     * {@code --by} is checked first (a bad one is an error and nothing is opened); the name remembered on this
     * computer is read only when the command first writes, so reading commands never depend on it. What opening
     * put right (permissions) is printed once on stderr.
     */
    public TrackerServices open() {
        Supplier<Actor> who = actor();
        return announce(TrackerServices.openTarget(db, who, clock, create, QuickCheckMemory.forThisComputer()));
    }

    /** For the commands that make a database ({@code demo}, {@code generate}): opens it, creating it when missing. */
    public TrackerServices openOrCreate() {
        return announce(TrackerServices.openTarget(db, actor(), clock, true, QuickCheckMemory.forThisComputer()));
    }

    private TrackerServices announce(TrackerServices services) {
        if (mixee != null) {
            services.notices().forEach(n -> mixee.commandLine().getErr().println("note: " + n));
        }
        return services;
    }
    /** Who is doing it: {@code --by} (or {@code --operator}), else the name chosen in the app here, else the login. */
    Supplier<Actor> actor() {
        if (by != null && operator != null && !by.strip().equals(operator.strip())) {
            throw new UserException("--by and --operator name different people: give --by only");
        }
        if (by != null || operator != null) {
            Actor given = names.actor(by != null ? by : operator, by != null ? "--by" : "--operator");
            return () -> given;
        }
        return new Supplier<>() {
            private Actor remembered;

            @Override
            public synchronized Actor get() {
                if (remembered == null) {
                    remembered = names.actor();
                }
                return remembered;
            }
        };
    }

}
