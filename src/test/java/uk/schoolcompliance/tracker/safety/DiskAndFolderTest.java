package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.StoreException;

/**
 * A full disk and a read-only folder give a clear message and lose nothing already saved. The messages are
 * unit-tested everywhere; the real full disk needs a tiny tmpfs (root on Linux), the real read-only folder needs
 * either a non-root user (chmod) or root (a read-only mount); each test skips itself cleanly otherwise.
 */
class DiskAndFolderTest {

    @TempDir
    Path dir;

    @Test
    void messagesForDiskFullAndReadOnly() {
        Path f = Path.of("/data/tracker.db");
        assertThat(Database.describeSql(f, "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)", null))
                .isEqualTo("The disk holding /data/tracker.db is full; nothing was changed. Free some space and try again");
        assertThat(Database.describeSql(f, "[SQLITE_READONLY] Attempt to write a readonly database", null))
                .contains("/data/tracker.db cannot be written").contains("read-only");
        assertThat(Database.describeSql(f, "[SQLITE_READONLY] Attempt to write a readonly database", "held by X"))
                .isEqualTo("held by X");
        assertThat(Database.describeSql(f, "[SQLITE_CANTOPEN] unable to open database file", null))
                .contains("Cannot open /data/tracker.db");
        assertThat(Database.describeIo(new FileSystemException("/data/x.db", null, "No space left on device")))
                .startsWith("the disk is full");
        assertThat(Database.describeIo(new AccessDeniedException("/data/x.db"))).contains("read-only");
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aFullDiskRefusesTheWriteAndKeepsWhatWasSaved() throws Exception {
        Path mount = dir.resolve("tiny");
        Files.createDirectories(mount);
        assumeTrue(isRoot() && run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()),
                "needs root to mount a 2 MB tmpfs");
        try {
            Path db = mount.resolve("full.db");
            TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
            long school = s.repositories().settings().ensureSchool("Full Disk School", null);
            StaffMember kept = s.repositories().staff().insert(new StaffMember(0, school, "Saved", "Before", null, null,
                    StaffCategory.TEACHER, null, LocalDate.of(2025, 9, 1), null, null, null));
            String before = DataChecksum.of(db);
            String big = "x".repeat(100_000);
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> s.repositories().db().inTransaction(() -> {
                for (int i = 0; i < 200; i++) {
                    s.repositories().staff().insert(new StaffMember(0, school, "Filler" + i, big, null, null, StaffCategory.TEACHER,
                            null, LocalDate.of(2025, 9, 1), null, null, null));
                }
            }));
            assertThat(thrown).isInstanceOf(StoreException.class).hasMessageContaining("full")
                    .hasMessageContaining("nothing was changed");
            System.out.println("disk full message: " + thrown.getMessage());
            assertThat(DataChecksum.of(db)).isEqualTo(before);
            assertThat(s.repositories().staff().findById(kept.id())).isPresent();
            // a backup onto the full disk fails cleanly and leaves no half file
            Path filler = mount.resolve("filler.bin");
            try (var out = Files.newOutputStream(filler)) {
                byte[] chunk = new byte[16 * 1024];
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException full) {
                // the disk is full now
            }
            assertThatThrownBy(() -> s.backups().backupTo(mount.resolve("copy.db"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("was not made");
            assertThat(Files.exists(mount.resolve("copy.db"))).isFalse();
            s.repositories().db().close();
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndChangesNothing() throws Exception {
        Path folder = dir.resolve("readonly");
        Files.createDirectories(folder);
        Path db = TestDemo.copy(folder);
        String before = DataChecksum.ofBytes(db);
        boolean mounted = false;
        if (isRoot()) {
            // root ignores permissions: make the folder a read-only bind mount instead
            mounted = run("mount", "--bind", folder.toString(), folder.toString())
                    && run("mount", "-o", "remount,bind,ro", folder.toString());
            assumeTrue(mounted, "as root, needs a read-only bind mount");
        } else {
            assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "needs POSIX permissions");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Database.open(db, TestDemo.CLOCK));
            assertThat(thrown).isInstanceOf(StoreException.class);
            System.out.println("read-only folder message: " + thrown.getMessage());
            assertThat(thrown.getMessage()).contains(db.getFileName().toString()).containsAnyOf("read-only", "cannot be written");
            assertThat(DataChecksum.ofBytes(db)).isEqualTo(before);
        } finally {
            if (mounted) {
                run("umount", folder.toString());
                run("umount", folder.toString());
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }
}
