package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.store.Backups;
import uk.schoolcompliance.tracker.store.DatabaseLock;
import uk.schoolcompliance.tracker.store.FilePermissions;


/**
 * No output ever replaces the school's data: every command that writes a file refuses the database, its working
 * files, its backups, any other SQLite database, folders and symbolic links, with one line and nothing changed;
 * what it does write is owner-only. A mistyped --db never makes a new school.
 */
class OutputFilesTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        return new Run(code, out.toString(), err.toString());
    }

    /** Each command that writes a file, with the file given as {@code target}. */
    private static List<String[]> writers(Path db, Path target) {
        String d = db.toString();
        String t = target.toString();
        return List.of(
                new String[] {"report", "--db", d, "--pdf", t},
                new String[] {"report", "--db", d, "--xlsx", t},
                new String[] {"reviews", "--db", d, "--ics", t},
                new String[] {"backup", "--db", d, "--to", t});
    }

    private void assertEveryWriterRefuses(Path db, Path target, String why) throws Exception {
        byte[] before = Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)
                && !Files.isSymbolicLink(target) ? Files.readAllBytes(target) : null;
        String data = DataChecksum.of(db);
        for (String[] args : writers(db, target)) {
            Run r = cli(args);
            assertThat(r.code()).as(String.join(" ", args) + " onto " + why + ": " + r.err()).isEqualTo(1);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).contains("not written").contains("nothing was changed")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(DataChecksum.of(db)).as("the database is unchanged after " + args[0]).isEqualTo(data);
            if (before != null) {
                assertThat(Files.readAllBytes(target)).as(why + " is unchanged").isEqualTo(before);
            }
        }
        assertThat(cli("check", "--db", db.toString()).code()).isZero();
    }

    @Test
    void noCommandWritesOverTheDatabaseOrItsWorkingFiles() throws Exception {
        Path db = TestDemo.copy(dir);
        assertThat(cli("summary", "--db", db.toString()).code()).isZero(); // leaves a lock file beside it
        assertEveryWriterRefuses(db, db, "the database");
        // the same file by another spelling
        assertEveryWriterRefuses(db, dir.resolve(".").resolve(db.getFileName()), "the database via ./");
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Path companion = Path.of(db + suffix);
            assertEveryWriterRefuses(db, companion, "its " + suffix + " file");
        }
        assertEveryWriterRefuses(db, DatabaseLock.lockFileOf(db), "its lock file");
    }

    @Test
    void noCommandWritesIntoTheBackupsOrOverAnotherSqliteDatabase() throws Exception {
        Path db = TestDemo.copy(dir);
        assertThat(cli("backup", "--db", db.toString()).code()).isZero();
        Path backups = Backups.defaultFolder(db);
        assertEveryWriterRefuses(db, backups.resolve("pack.pdf"), "a new file in the backup folder");
        try (var list = Files.list(backups)) {
            Path backup = list.filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();
            assertEveryWriterRefuses(db, backup, "a backup");
        }
        Path otherSchool = TestDemo.copy(Files.createDirectories(dir.resolve("elsewhere")));
        assertEveryWriterRefuses(db, otherSchool, "another school's database");
        assertEveryWriterRefuses(db, dir, "a folder");
    }

    @Test
    void symbolicLinksAreNeverFollowed() throws Exception {
        Path db = TestDemo.copy(dir);
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "precious");
        Path link = dir.resolve("pack.pdf");
        Files.createSymbolicLink(link, victim);
        assertEveryWriterRefuses(db, link, "a link to another file");
        assertThat(Files.readString(victim)).isEqualTo("precious");
        Path toDb = dir.resolve("innocent.pdf");
        Files.createSymbolicLink(toDb, db);
        assertEveryWriterRefuses(db, toDb, "a link to the database");
        Path dangling = dir.resolve("dangling.ics");
        Path nowhere = dir.resolve("created-through-the-link.ics");
        Files.createSymbolicLink(dangling, nowhere);
        assertEveryWriterRefuses(db, dangling, "a dangling link");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void whatIsWrittenIsOwnerOnlyAndReplacesAnOrdinaryFileWhole() throws Exception {
        Path db = TestDemo.copy(dir);
        Path ics = dir.resolve("reviews.ics");
        Files.writeString(ics, "an older calendar");
        Run r = cli("reviews", "--db", db.toString(), "--ics", ics.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
        Path pdf = dir.resolve("pack.pdf");
        assertThat(cli("report", "--db", db.toString(), "--pdf", pdf.toString()).code()).isZero();
        if (FilePermissions.posix(dir)) {
            for (Path p : List.of(ics, pdf)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                        .isEqualTo("rw-------");
            }
        }
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theServicesTheWindowUsesRefuseTheDatabaseToo() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Path db = s.repositories().db().file();
        String data = DataChecksum.of(db);
        var pack = s.governorsPack().build(TestDemo.AS_OF, null, true);
        List<Runnable> writes = new ArrayList<>();
        writes.add(() -> s.governorsPack().writePdf(pack, db));
        writes.add(() -> s.governorsPack().writeXlsx(pack, db));
        writes.add(() -> s.reviewService().exportCalendar(TestDemo.AS_OF, db));
        long versionId = s.repositories().versions().findAll().get(0).id();
        writes.add(() -> s.acknowledgementService().writeSignOffSheet(versionId, TestDemo.AS_OF, null, db));
        writes.add(() -> s.acknowledgementService().exportOutstanding(List.of(), "Outstanding", db));
        long staffId = s.repositories().staff().findAll().get(0).id();
        writes.add(() -> s.inductionService().writeChecklistPdf(staffId, TestDemo.AS_OF, db));
        writes.add(() -> s.backups().backupTo(db));
        for (Runnable w : writes) {
            assertThatThrownBy(w::run).isInstanceOf(UserException.class).hasMessageContaining("not written");
        }
        s.repositories().db().close();
        assertThat(DataChecksum.of(db)).isEqualTo(data);
    }

    @Test
    void aMistypedDatabaseIsAnErrorNotANewSchool() throws Exception {
        Files.copy(Path.of("sample-data/staff.csv"), dir.resolve("staff.csv"));
        Path missing = dir.resolve("trakcer.db");
        for (String[] args : List.of(new String[] {"summary", "--db", missing.toString()},
                new String[] {"report", "--db", missing.toString(), "--pdf", dir.resolve("p.pdf").toString()},
                new String[] {"gaps", "--db", missing.toString()},
                new String[] {"reviews", "--db", missing.toString()},
                new String[] {"import-staff", "--db", missing.toString(), dir.resolve("staff.csv").toString()})) {
            Run r = cli(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("error: no such database: " + missing);
            assertThat(missing).doesNotExist();
            assertThat(DatabaseLock.lockFileOf(missing)).doesNotExist();
        }
        Run folder = cli("summary", "--db", dir.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err().strip()).isEqualTo("error: " + dir + " is a folder, not a database file");
        Run created = cli("summary", "--db", missing.toString(), "--create");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(missing).exists();
        Path demo = dir.resolve("demo.db");
        assertThat(cli("demo", "--db", demo.toString(), "--as-written").code()).isZero();
        assertThat(demo).exists();
    }

    @Test
    void aDatabaseOthersCanReadIsMadeOwnerOnlyAndTheUserIsToldOnce() throws Exception {
        Path db = TestDemo.copy(dir);
        if (!FilePermissions.posix(dir)) {
            return;
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Run first = cli("summary", "--db", db.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("note: ").contains("readable by other users of this computer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
        Run second = cli("summary", "--db", db.toString());
        assertThat(second.err()).doesNotContain("note: ");
    }

    @Test
    void aPlantedLinkAtTheLockFileIsRefusedAndItsTargetUntouched() throws Exception {
        Path db = TestDemo.copy(dir);
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "precious", StandardCharsets.UTF_8);
        Files.createSymbolicLink(DatabaseLock.lockFileOf(db), victim);
        Run r = cli("summary", "--db", db.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("symbolic link").doesNotContain("Exception");
        assertThat(Files.readString(victim)).isEqualTo("precious");
    }
}
