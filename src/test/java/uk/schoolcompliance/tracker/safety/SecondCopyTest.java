package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.StoreException;

/**
 * A second copy of the app (here: another process) holds the database: this one gets read-only access and a clear
 * message naming the holder, writing commands exit 1 and change nothing, reading commands still work; once the
 * other copy is gone (even killed), the database is writable again.
 */
class SecondCopyTest {

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

    @Test
    void theSecondCopyIsReadOnlyWithAClearMessage() throws Exception {
        Path db = TestDemo.copy(dir);
        String before;
        try (ChildJvm other = ChildJvm.start(LockHolderMain.class, db.toString())) {
            assertThat(other.await("LOCKED", 30)).isEqualTo("LOCKED readOnly=false");
            before = DataChecksum.of(db);

            TrackerServices second = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
            assertThat(second.repositories().db().isReadOnly()).isTrue();
            assertThat(second.repositories().db().readOnlyReason()).contains(db.toString()).contains("is open in Compliance Tracker")
                    .contains("process ").contains("can only read it");
            assertThat(second.repositories().staff().count()).isPositive(); // reading works
            long school = second.repositories().settings().schoolId().orElseThrow();
            assertThatThrownBy(() -> second.repositories().staff().insert(new StaffMember(0, school, "Lost", "Update", null, null,
                    StaffCategory.TEACHER, null, LocalDate.of(2026, 1, 1), null, null, null)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("can only read it");

            Run summary = cli("summary", "--db", db.toString(), "--as-of", "2026-11-24");
            assertThat(summary.code()).as(summary.err()).isZero();
            Run check = cli("check", "--db", db.toString());
            assertThat(check.code()).as(check.err()).isZero();
            Run backup = cli("backup", "--db", db.toString(), "--to", dir.resolve("while-open.db").toString());
            assertThat(backup.code()).as(backup.err()).isZero();

            String message = RejectedInput.assertRejected(db, "can only read it",
                    "retention", "--db", db.toString(), "--apply", "--as-of", "2036-11-24"); // the latest date accepted
            assertThat(message).contains("is open in Compliance Tracker");
            RejectedInput.assertRejected(db, "close it there before restoring",
                    "restore", "--db", db.toString(), "--from", dir.resolve("while-open.db").toString());
            assertThat(DataChecksum.of(db)).isEqualTo(before);
        }
        // the other copy was killed (SIGKILL): its lock went with it
        TrackerServices after = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(after.repositories().db().isReadOnly()).isFalse();
        assertThat(DataChecksum.of(db)).isEqualTo(before);
    }
}
