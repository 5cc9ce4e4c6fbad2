package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the password for a server comes from, the way libpq (psql, pg_dump) takes it: {@code PGPASSWORD}, else the
 * first matching line of the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}), {@code hostname:port:database:username:password} with {@code *} for
 * any and {@code \:} / {@code \\} escapes. As libpq does, a password file that others may read is ignored (and
 * the reason is kept for the error message). Never from the command line, and never logged.
 */
final class PgPass {

    /** The password found, or why none was (for a "no password" message). */
    record Lookup(Optional<String> password, String source) {
    }

    private PgPass() {
    }

    static Lookup find(ServerAddress a, Map<String, String> env, String home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return new Lookup(Optional.of(fromEnv), "PGPASSWORD");
        }
        Path file = passFile(env, home);
        if (file == null || !Files.isRegularFile(file)) {
            return new Lookup(Optional.empty(), "neither PGPASSWORD nor " + (file == null ? "~/.pgpass" : file) + " gives one");
        }
        if (othersMayRead(file)) {
            return new Lookup(Optional.empty(), file + " is ignored because others may read it (chmod 600 " + file + ")");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Lookup(Optional.empty(), file + " cannot be read (" + Database.describeIo(e) + ")");
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < 5) {
                continue;
            }
            if (matches(f.get(0), a.host()) && matches(f.get(1), Integer.toString(a.port()))
                    && matches(f.get(2), a.database()) && matches(f.get(3), a.user())) {
                return new Lookup(Optional.of(f.get(4)), file.toString());
            }
        }
        return new Lookup(Optional.empty(), file + " has no line for " + a.host() + ":" + a.port() + ":" + a.database()
                + ":" + a.user());
    }

    static Path passFile(Map<String, String> env, String home) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home == null ? null : Path.of(home, ".pgpass");
    }

    private static boolean othersMayRead(Path file) {
        if (!FilePermissions.posix(file)) {
            return false;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.stream().anyMatch(x -> x.name().startsWith("GROUP_") || x.name().startsWith("OTHERS_"));
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** Splits a line on unescaped colons; the fifth field (the password) keeps any further colons. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
