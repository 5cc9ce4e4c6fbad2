package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Remember the password on this computer": writes the server's line into the password file libpq reads
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows {@code %APPDATA%\postgresql\pgpass.conf}; see
 * {@link PgPass}), owner-only (600 on POSIX, so that psql and this app do not ignore it). Only the line for exactly
 * this {@code host:port:database:user} is added or replaced; every other line, comments and wildcards included, is
 * left as it was. The file is written through an owner-only temporary file beside it and moved into place; a symbolic
 * link in its place is replaced, never followed.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /** Where the password file is for this environment and home folder (null when there is none). */
    public static Path where(Map<String, String> env, String home) {
        return PgPass.passFile(env, home);
    }

    /** Remembers {@code password} for {@code a} in this user's password file; returns the file written. */
    public static Path remember(ServerAddress a, String password) {
        return remember(a, password, System.getenv(), System.getProperty("user.home"));
    }

    /** As {@link #remember(ServerAddress, String)}, with the environment and home folder given. */
    public static Path remember(ServerAddress a, String password, Map<String, String> env, String home) {
        Path file = PgPass.passFile(env, home);
        if (file == null) {
            throw new StoreException("Cannot remember the password: there is no home folder to keep ~/.pgpass in");
        }
        if (password == null || password.isEmpty()) {
            throw new StoreException("Cannot remember the password: none was typed");
        }
        String ours = escape(a.host()) + ":" + a.port() + ":" + escape(a.database()) + ":" + escape(a.user()) + ":"
                + escape(password);
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        Path tmp = null;
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!replaced && isLineFor(line, a)) {
                        lines.add(ours);
                        replaced = true;
                    } else if (!isLineFor(line, a)) {
                        lines.add(line);
                    }
                }
            }
            if (!replaced) {
                lines.add(ours);
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                FilePermissions.createOwnerOnlyFolder(folder);
            }
            tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            Files.deleteIfExists(tmp);
            FilePermissions.createOwnerOnly(tmp);
            Files.writeString(tmp, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            FilePermissions.restrict(file);
            return file;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot remember the password (" + Database.describeIo(e) + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the message above is what matters
                }
            }
        }
    }

    /** True for a line naming exactly this host, port, database and user (a wildcard line is someone else's). */
    private static boolean isLineFor(String line, ServerAddress a) {
        if (line.isBlank() || line.startsWith("#")) {
            return false;
        }
        List<String> f = PgPass.fields(line);
        return f.size() >= 5 && f.get(0).equals(a.host()) && f.get(1).equals(Integer.toString(a.port()))
                && f.get(2).equals(a.database()) && f.get(3).equals(a.user());
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }
}
