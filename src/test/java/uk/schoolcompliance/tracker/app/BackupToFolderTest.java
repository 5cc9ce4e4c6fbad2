package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;

/** "Back up now…" to any folder: a USB stick, a OneDrive folder; never the database's own folder or one it cannot write. */
class BackupToFolderTest {

    @TempDir
    Path dir;

    private static long files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void writesAWholeBackupIntoTheChosenFolder() throws Exception {
        Path school = Files.createDirectories(dir.resolve("school"));
        TrackerServices s = TestDemo.open(school);
        Path usb = Files.createDirectories(dir.resolve("USB stick"));
        int staff = s.staffCount();

        Path written = s.backups().backupToFolder(usb);

        assertThat(written.getParent()).isEqualTo(usb.toRealPath());
        assertThat(written.getFileName().toString()).matches(s.databaseFile().getFileName().toString()
                .replaceAll("\\.db$", "") + "-\\d{8}-\\d{9}-manual\\.db");
        assertThat(files(usb)).as("no temporary file left behind").isEqualTo(1);
        assertThat(s.backups().list()).as("a backup elsewhere is not one of the rotated backups").isEmpty();
        // a second one does not overwrite the first
        Path second = s.backups().backupToFolder(usb);
        assertThat(second).isNotEqualTo(written);
        assertThat(files(usb)).isEqualTo(2);
        TrackerServices copy = TrackerServices.openExisting(written, () -> TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(copy.staffCount()).isEqualTo(staff);
        copy.close();
    }

    @Test
    void theUsualFolderTakesAnOrdinaryBackup() {
        TrackerServices s = TestDemo.open(dir);
        Path written = s.backups().backupToFolder(s.backups().folder().toAbsolutePath());
        assertThat(s.backups().list()).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo(written);
            assertThat(b.reason()).isEqualTo("manual");
        });
    }

    @Test
    void refusesTheDatabasesOwnFolderAndAMissingOneWithOneLine() throws Exception {
        Path school = Files.createDirectories(dir.resolve("school"));
        TrackerServices s = TestDemo.open(school);
        long before = files(school);

        assertThatThrownBy(() -> s.backups().backupToFolder(school)).isInstanceOf(UserException.class)
                .hasMessageStartingWith(school + ": not backed up: this is the folder of the school's database itself")
                .hasMessageNotContaining("\n").hasMessageEndingWith("(nothing was changed)");
        assertThat(files(school)).isEqualTo(before);

        Path gone = dir.resolve("unplugged");
        assertThatThrownBy(() -> s.backups().backupToFolder(gone)).isInstanceOf(UserException.class)
                .hasMessage(gone + ": not backed up: the folder does not exist (nothing was changed)");
    }

    @Test
    void refusesAFolderItCannotWrite() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Path stick = Files.createDirectories(dir.resolve("read-only stick"));
        boolean mounted = false;
        if ("root".equals(System.getProperty("user.name"))) { // root ignores permissions: a read-only bind mount
            mounted = run("mount", "--bind", stick.toString(), stick.toString())
                    && run("mount", "-o", "remount,bind,ro", stick.toString());
            assumeTrue(mounted, "as root, needs a read-only bind mount");
        } else {
            Files.setPosixFilePermissions(stick, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            assertThatThrownBy(() -> s.backups().backupToFolder(stick)).isInstanceOf(UserException.class)
                    .hasMessage(stick + ": not backed up: this folder cannot be written (no permission, or a read-only "
                            + "or full drive) (nothing was changed)");
            assertThat(files(stick)).isZero();
        } finally {
            if (mounted) {
                run("umount", stick.toString());
                run("umount", stick.toString());
            } else {
                Files.setPosixFilePermissions(stick, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
