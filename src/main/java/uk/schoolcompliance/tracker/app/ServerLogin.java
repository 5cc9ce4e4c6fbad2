package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PasswordFile;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * Connecting the window to a trust's server: with the password typed (or, when none is typed, the one
 * {@code PGPASSWORD} or the password file gives, as libpq), and remembering that password in the password file only
 * when the user asks. {@code env} and {@code home} are where the password file is looked for ({@code PGPASSFILE},
 * else {@code HOME/.pgpass}): the app passes this computer's, tests a temporary folder.
 */
public final class ServerLogin {

    private final Map<String, String> env;
    private final String home;

    public ServerLogin(Map<String, String> env, String home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /** This computer's user: the real environment and home folder. */
    public static ServerLogin forThisComputer() {
        return new ServerLogin(System.getenv(), System.getProperty("user.home"));
    }

    /** No password file anywhere (a screen shown outside the app): remembering a password is refused. */
    public static ServerLogin nowhere() {
        return new ServerLogin(Map.of(), null);
    }

    /**
     * Connects to {@code server} ({@link TrackerServices#connect} wires the services on it); a failure is one line
     * saying which (wrong password, unknown host, refused TLS, nothing answers, no such database).
     */
    Database connect(ServerDetails server, String password, Clock clock) {
        return Database.connect(ServerAddress.parse(server.target()), password, clock, env, home);
    }

    /** The password file a remembered password goes to ({@code PGPASSFILE}, else {@code HOME/.pgpass}), if any. */
    public java.util.Optional<Path> passwordFile() {
        return java.util.Optional.ofNullable(PasswordFile.where(env, home));
    }

    /**
     * Writes the password into the password file (owner-only), adding or replacing only this server's line.
     * Returns the file written.
     */
    public Path rememberPassword(ServerDetails server, String password) {
        return PasswordFile.remember(ServerAddress.parse(server.target()), password, env, home);
    }

    /**
     * True when {@code failure} says a trust's server could not be reached (it went away mid-session): nothing was
     * changed, and the same action may succeed once it is back.
     */
    public static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof uk.schoolcompliance.tracker.store.StoreException e && e.connectionLost()) {
                return true;
            }
        }
        return false;
    }
}
