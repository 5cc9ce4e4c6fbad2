package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
}
