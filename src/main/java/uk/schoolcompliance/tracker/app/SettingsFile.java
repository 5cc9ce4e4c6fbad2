package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import uk.schoolcompliance.tracker.store.FilePermissions;

/**
 * A small settings file of this computer's user (who is using the app, the school last chosen): written owner-only
 * beside itself and moved into place, so a crash never leaves half a file and no one else can read it.
 */
final class SettingsFile {

    private SettingsFile() {
    }

    /**
     * Replaces {@code file} with {@code text}.
     *
     * @throws UserException "FILE: cannot remember WHAT (why)" when it cannot be written (nothing is changed)
     */
    static void replace(Path file, String text, String what) {
        Path tmp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            FilePermissions.createOwnerOnlyFolder(folder);
            tmp = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            Files.deleteIfExists(tmp);
            FilePermissions.createOwnerOnly(tmp);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UserException(file + ": cannot remember " + what + " (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a hidden .part file left behind holds nothing but this setting
                }
            }
        }
    }

    /** The settings in {@code file}: none when it is missing, unreadable or damaged (nothing remembered). */
    static Properties load(Path file) {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            return p;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
        return p;
    }

    /** Replaces {@code file} with {@code settings} under a heading, as {@link #replace}. */
    static void store(Path file, Properties settings, String heading, String what) {
        StringWriter text = new StringWriter();
        try {
            settings.store(text, heading);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        replace(file, text.toString(), what);
    }
}
