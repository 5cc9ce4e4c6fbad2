package uk.schoolcompliance.tracker.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where a trust's PostgreSQL server is, as {@code --db} gives it: {@code postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]}
 * (libpq's URI form, {@code postgres://} too). The one parser of that form: the command line and the window pass
 * what the user typed to {@link #isServer} and {@link #parse}. A password is never part of it (it comes from
 * {@code PGPASSWORD} or {@code ~/.pgpass}, see {@link PgPass}), so a URI that carries one is refused without echoing it.
 */
public record ServerAddress(String user, String host, int port, String database, String sslMode) {

    public static final int DEFAULT_PORT = 5432;
    public static final String FORM = "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]";
    static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** True when {@code target} names a server rather than a file. */
    public static boolean isServer(String target) {
        String t = target == null ? "" : target.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql:") || t.startsWith("postgres:");
    }

    /** Reads a server address; anything but the documented form is a {@link StoreException} of one line. */
    public static ServerAddress parse(String target) {
        String t = target.strip();
        int scheme = t.indexOf("://");
        String lower = t.toLowerCase(Locale.ROOT);
        if (scheme < 0 || !(lower.startsWith("postgresql://") || lower.startsWith("postgres://"))) {
            throw bad(t, "expected " + FORM);
        }
        String rest = t.substring(scheme + 3);
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int at = rest.lastIndexOf('@');
        if (at < 0) {
            throw bad(t, "no user name (" + FORM + ")");
        }
        String userInfo = rest.substring(0, at);
        if (userInfo.contains(":")) {
            throw new StoreException("--db must not hold a password (it would be seen by anyone who can list this "
                    + "computer's processes): give it in PGPASSWORD or ~/.pgpass");
        }
        String user = decode(t, userInfo);
        if (user.isBlank()) {
            throw bad(t, "no user name (" + FORM + ")");
        }
        String hostPortDb = rest.substring(at + 1);
        int slash = hostPortDb.indexOf('/');
        if (slash < 0 || slash == hostPortDb.length() - 1) {
            throw bad(t, "no database name (" + FORM + ")");
        }
        String database = decode(t, hostPortDb.substring(slash + 1));
        if (database.contains("/")) {
            throw bad(t, "the database name may not contain '/'");
        }
        String hostPort = hostPortDb.substring(0, slash);
        String host;
        String portText = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw bad(t, "unclosed '[' in the host");
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad(t, "expected ':PORT' after the host");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? null : hostPort.substring(colon + 1);
        }
        if (host.isBlank()) {
            throw bad(t, "no host (" + FORM + ")");
        }
        int port = DEFAULT_PORT;
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                throw bad(t, "the port '" + portText + "' is not a number from 1 to 65535");
            }
        }
        String sslMode = "prefer";
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(t, pair.substring(eq + 1));
                if (key.equals("password")) {
                    throw new StoreException("--db must not hold a password (it would be seen by anyone who can list "
                            + "this computer's processes): give it in PGPASSWORD or ~/.pgpass");
                }
                if (!key.equals("sslmode")) {
                    throw bad(t, "unknown setting '" + key + "' (only sslmode may follow '?')");
                }
                if (!SSL_MODES.contains(value)) {
                    throw bad(t, "sslmode '" + value + "' is not one of disable, allow, prefer, require, verify-ca, verify-full");
                }
                sslMode = value;
            }
        }
        return new ServerAddress(user, host, port, database, sslMode);
    }

    /** The JDBC URL (no user, no password: those travel as connection properties). */
    String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** How messages and the title bar name it: {@code postgresql://USER@HOST:PORT/DBNAME}. */
    @Override
    public String toString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + user + "@" + h + ":" + port + "/" + database;
    }

    private static String decode(String target, String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(target, "a '%' escape is incomplete");
        }
    }

    private static StoreException bad(String target, String why) {
        return new StoreException("--db " + target + ": " + why);
    }
}
