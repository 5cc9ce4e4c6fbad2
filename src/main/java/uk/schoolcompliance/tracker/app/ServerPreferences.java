package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The trust server last connected to from the window, remembered for this computer's user in a small owner-only
 * file beside the user's settings ({@code server.properties} next to {@link AppPaths#userSettings()}, the way the
 * school last chosen is kept): host, port, database, login and TLS setting, never the password. Reading never fails
 * (a missing or damaged file remembers nothing); a session-only store ({@code file} null) keeps it for this run.
 */
public final class ServerPreferences {

    private static final String KEY = "server.last";
    private final Path file;
    private final Properties memory = new Properties();

    public ServerPreferences(Path file) {
        this.file = file;
    }

    /** The real file of this computer's user. */
    public static ServerPreferences forThisComputer() {
        return new ServerPreferences(AppPaths.userSettings().resolveSibling("server.properties"));
    }

    /** Keeps the last server for this run only, writing no file. */
    public static ServerPreferences sessionOnly() {
        return new ServerPreferences(null);
    }

    public Path file() {
        return file;
    }

    /** The server last connected to, if any. */
    public synchronized Optional<ServerDetails> last() {
        return ServerDetails.of(load().getProperty(KEY));
    }

    /**
     * Remembers {@code server} as the last one connected to (no password is ever part of it).
     *
     * @throws UserException "FILE: cannot remember the server last connected to (why)"
     */
    public synchronized void remember(ServerDetails server) {
        Properties p = load();
        p.setProperty(KEY, server.target());
        if (file == null) {
            memory.clear();
            memory.putAll(p);
            return;
        }
        SettingsFile.store(file, p, "Compliance Tracker: the trust server last connected to (never a password)",
                "the server last connected to");
    }

    private Properties load() {
        Properties p = new Properties();
        if (file == null) {
            p.putAll(memory);
            return p;
        }
        return SettingsFile.load(file);
    }
}
