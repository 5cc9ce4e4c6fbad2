package uk.schoolcompliance.tracker.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import uk.schoolcompliance.tracker.store.ServerAddress;
import uk.schoolcompliance.tracker.store.StoreException;

/**
 * A trust's server as the window names it: host, port, database, login and the TLS setting ({@code sslmode}). Never
 * a password. {@link #target()} is the same {@code postgresql://} address the command line's {@code --db} takes.
 */
public record ServerDetails(String host, int port, String database, String user, String sslMode) {

    public static final int DEFAULT_PORT = ServerAddress.DEFAULT_PORT;

    /** The address {@code --db} would take: {@code postgresql://USER@HOST:PORT/DBNAME?sslmode=MODE}. */
    public String target() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + encode(user) + "@" + h + ":" + port + "/" + encode(database) + "?sslmode=" + sslMode;
    }

    /** How the title bar and the status bar name it: "tracker on dbhost as office_jane". */
    public String describe() {
        return database + " on " + host + " as " + user;
    }

    /**
     * Reads what was typed (or remembered) as a server.
     *
     * @throws UserException one line saying what is wrong with it
     */
    public static ServerDetails parse(String target) {
        try {
            ServerAddress a = ServerAddress.parse(target);
            return new ServerDetails(a.host(), a.port(), a.database(), a.user(), a.sslMode());
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** The server {@code target} names, or empty for a file or anything unreadable. */
    public static Optional<ServerDetails> of(String target) {
        if (target == null || !ServerAddress.isServer(target)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(target));
        } catch (UserException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
