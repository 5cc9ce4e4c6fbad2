package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.staff.StaffImportViewModel;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.store.Backups;

/**
 * Every import takes a "before-import" backup before it writes (so a mistaken import can be undone by restoring
 * it), and a dry run or a rejected file takes none. The backup is taken in the import services, so the app's import
 * dialogs (which call the same services) get it too.
 */
class ImportBackupTest {

    @TempDir
    Path dir;

    private static int run(String... args) {
        return Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), TestDemo.CLOCK);
    }

    private static List<Backup> beforeImport(Path db) {
        return Backups.list(db, Backups.defaultFolder(db)).stream().filter(b -> b.reason().equals("before-import")).toList();
    }

    @Test
    void eachImportTakesABackupBeforeWritingButNotOnADryRunOrARejectedFile() throws Exception {
        Path db = TestDemo.copy(dir);
        String before = DataChecksum.of(db);

        Path staff = dir.resolve("staff.csv");
        Files.writeString(staff, "First name,Surname,Staff ID,Work email,Staff type,Job title,Start date\n"
                + "Ada,Lovelace,X900,ada@example.org,Teacher,Teacher of maths,01/09/2026\n");
        assertThat(run("import-staff", "--db", db.toString(), staff.toString(), "--dry-run")).isZero();
        assertThat(beforeImport(db)).as("a dry run takes no backup").isEmpty();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "First name,Surname,Start date\nAda,Lovelace,31/02/2025\n");
        assertThat(run("import-staff", "--db", db.toString(), bad.toString())).isEqualTo(1);
        assertThat(beforeImport(db)).as("a rejected file takes no backup").isEmpty();

        assertThat(run("import-staff", "--db", db.toString(), staff.toString())).isZero();
        List<Backup> one = beforeImport(db);
        assertThat(one).hasSize(1);
        assertThat(DataChecksum.of(one.get(0).file())).as("the backup holds the data as it was before the import")
                .isEqualTo(before);

        Path schedule = dir.resolve("schedule.csv");
        Files.writeString(schedule, "Policy,Review frequency (months)\nCaretaking Policy,24\n");
        assertThat(run("import-policies", "--db", db.toString(), schedule.toString(), "--dry-run")).isZero();
        assertThat(beforeImport(db)).hasSize(1);
        Thread.sleep(5); // backup names carry the millisecond
        assertThat(run("import-policies", "--db", db.toString(), schedule.toString())).isZero();
        assertThat(beforeImport(db)).hasSize(2);

        Path doc = dir.resolve("lettings-policy.txt");
        Files.writeString(doc, "Lettings Policy\n\nApproved by: Full governing body\nApproved on: 01/10/2026\n\nText.\n");
        Thread.sleep(5);
        assertThat(run("import-policy", "--db", db.toString(), doc.toString())).isZero();
        assertThat(beforeImport(db)).hasSize(3);

        Path form = dir.resolve("form.csv");
        Files.writeString(form, "Email,Completion time\na.brown@oakfield.sch.uk,18/11/2026 08:43:19\n");
        assertThat(run("import-acks", "--db", db.toString(), form.toString(), "--policy", "Anti-Bullying Policy",
                "--dry-run")).isZero();
        assertThat(beforeImport(db)).hasSize(3);
        Thread.sleep(5);
        assertThat(run("import-acks", "--db", db.toString(), form.toString(), "--policy", "Anti-Bullying Policy")).isZero();
        assertThat(beforeImport(db)).hasSize(4);
    }

    @Test
    void theAppsImportDialogGetsTheBackupTooButNotForItsPreview() throws Exception {
        Path db = TestDemo.copy(dir);
        String before = DataChecksum.of(db);
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(s);
        StaffImportViewModel vm = new StaffImportViewModel(ctx);
        Path staff = dir.resolve("staff.csv");
        Files.writeString(staff, "First name,Surname,Staff ID,Work email,Staff type,Job title,Start date\n"
                + "Ada,Lovelace,X900,ada@example.org,Teacher,Teacher of maths,01/09/2026\n");
        vm.fileProperty().set(staff.toString());
        vm.preview();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(beforeImport(db)).as("a preview takes no backup").isEmpty();
        vm.importNow();
        assertThat(vm.outcomeProperty().get()).isNotNull();
        List<Backup> taken = beforeImport(db);
        assertThat(taken).hasSize(1);
        assertThat(DataChecksum.of(taken.get(0).file())).isEqualTo(before);
        s.repositories().db().close();
    }

    @Test
    void whileAnotherCopyHoldsTheDatabaseAnImportIsRefusedBeforeAnyBackupIsMade() throws Exception {
        Path db = TestDemo.copy(dir);
        Path staff = dir.resolve("staff.csv");
        Files.writeString(staff, "First name,Surname,Staff ID,Work email,Staff type,Job title,Start date\n"
                + "Ada,Lovelace,X900,ada@example.org,Teacher,Teacher of maths,01/09/2026\n");
        try (ChildJvm other = ChildJvm.start(LockHolderMain.class, db.toString())) {
            other.await("LOCKED", 30);
            String message = RejectedInput.assertRejected(db, db.getFileName().toString(),
                    "import-staff", "--db", db.toString(), staff.toString());
            assertThat(message).contains("is open in");
        }
        assertThat(beforeImport(db)).isEmpty();
    }
}
