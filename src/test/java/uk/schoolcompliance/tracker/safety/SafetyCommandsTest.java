package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * backup, restore, retention and subject-access from the command line, and the hostile-input harness applied to
 * what exists today: every rejected input exits 1 naming the file, and the data checksum is unchanged.
 */
class SafetyCommandsTest {

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
    void backupThenRestoreRoundTrip() throws Exception {
        Path db = TestDemo.copy(dir);
        String original = DataChecksum.of(db);
        Path to = dir.resolve("copy.db");
        Run b = cli("backup", "--db", db.toString(), "--to", to.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("Backed up").contains("copy.db").contains("KB");
        assertThat(DataChecksum.of(to)).isEqualTo(original);
        Run rotated = cli("backup", "--db", db.toString());
        assertThat(rotated.code()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("-backups").contains("-manual.db");
        RejectedInput.assertRejected(db, "copy.db", "backup", "--db", db.toString(), "--to", to.toString());

        // a change after the backup: a leaver whose retention period ended, erased today
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        StaffMember first = s.repositories().staff().findAll().stream().filter(m -> m.leaveDate() == null)
                .min(java.util.Comparator.comparing(StaffMember::startDate)).orElseThrow();
        s.repositories().staff().update(first.withLeaveDate(java.time.LocalDate.of(2018, 7, 31)));
        s.repositories().db().close();
        Run erase = cli("retention", "--db", db.toString(), "--apply");
        assertThat(erase.code()).as(erase.err()).isZero();
        assertThat(erase.out()).contains("Erased 1;");
        assertThat(DataChecksum.of(db)).isNotEqualTo(original);

        // the restore would undo that erasure: it lists it and asks
        String erased = DataChecksum.of(db);
        Run asked = cli("restore", "--db", db.toString(), "--from", to.toString());
        assertThat(asked.code()).isEqualTo(1);
        assertThat(asked.out()).contains("erasure of person #" + first.id());
        assertThat(asked.err()).contains("add --yes");
        assertThat(DataChecksum.of(db)).isEqualTo(erased);

        // told to keep what it restores, the data is the backup's exactly, plus the audit line of the restore
        Run r = cli("restore", "--db", db.toString(), "--from", to.toString(), "--yes", "--keep-erased-restored");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Restored").contains("before-restore.db");
        assertThat(DataChecksum.of(withoutNewestAuditLine(db, "restore"))).isEqualTo(original);
        assertThat(cli("check", "--db", db.toString()).code()).isZero();
    }

    /** A copy of the database without its newest audit line (which must be {@code action}), for comparing the rest. */
    private Path withoutNewestAuditLine(Path db, String action) throws Exception {
        Path copy = dir.resolve("without-newest-" + System.nanoTime() + ".db");
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        s.backups().backupTo(copy);
        s.repositories().db().close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy); var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(action);
            }
            st.execute("DROP TRIGGER audit_log_no_delete"); // a throw-away copy: only to compare everything else
            st.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
        }
        return copy;
    }

    @Test
    void retentionListsThenApplies() throws Exception {
        Path db = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        StaffMember leaver = s.repositories().staff().findAll().stream().filter(m -> m.leaveDate() == null)
                .min(java.util.Comparator.comparing(StaffMember::startDate)).orElseThrow();
        assertThat(leaver.startDate()).isBefore(java.time.LocalDate.of(2018, 7, 31));
        s.repositories().staff().update(leaver.withLeaveDate(java.time.LocalDate.of(2018, 7, 31)));
        String before = DataChecksum.of(db);

        Run list = cli("retention", "--db", db.toString(), "--as-of", "2026-11-24", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(list.out());
        assertThat(j.propertyNames()).containsExactly("asOf", "retentionYears", "due", "applied", "erased",
                "auditEntriesRedacted");
        assertThat(j.get("due")).anySatisfy(p -> {
            assertThat(p.get("id").asLong()).isEqualTo(leaver.id());
            assertThat(p.get("leftOn").asString()).isEqualTo("2018-07-31");
            assertThat(p.get("dueOn").asString()).isEqualTo("2024-07-31");
        });
        assertThat(j.get("applied").asBoolean()).isFalse();
        assertThat(DataChecksum.of(db)).as("listing changes nothing").isEqualTo(before);

        Run text = cli("retention", "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(text.out()).contains(leaver.fullName()).contains("Nothing was changed");

        Run apply = cli("retention", "--db", db.toString(), "--as-of", "2026-11-24", "--apply");
        assertThat(apply.code()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Erased");
        assertThat(s.repositories().staff().findById(leaver.id()).orElseThrow().givenName()).isEqualTo("Erased");
        assertThat(cli("check", "--db", db.toString()).code()).isZero();
    }

    @Test
    void subjectAccessWritesBothFiles() {
        Path db = TestDemo.copy(dir);
        StaffMember who = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK).repositories().staff().findAll().get(3);
        Run r = cli("subject-access", "--db", db.toString(), "--staff", "#" + who.id(), "--out",
                dir.resolve("sar").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(".pdf").contains(".csv");
        assertThat(dir.resolve("sar").toFile().list()).hasSize(2);
        Run missing = cli("subject-access", "--db", db.toString(), "--staff", "nobody@nowhere", "--out", dir.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("--staff").contains("nobody@nowhere");
    }

    @Test
    void hostileInputsToTheCommandsThatExistChangeNothing() throws Exception {
        Path db = TestDemo.copy(dir);
        // a file that is not a database, one that is truncated, an empty one: restore refuses, db unchanged
        Path garbage = dir.resolve("garbage.db");
        Files.write(garbage, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, 3, 'x', 'y'});
        RejectedInput.assertRejected(db, "garbage.db", "restore", "--db", db.toString(), "--from", garbage.toString());
        Path truncated = dir.resolve("truncated.db");
        byte[] bytes = Files.readAllBytes(TestDemo.copy(dir));
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 4));
        RejectedInput.assertRejected(db, "truncated.db", "restore", "--db", db.toString(), "--from", truncated.toString());
        Path empty = dir.resolve("empty.db");
        Files.write(empty, new byte[0]);
        RejectedInput.assertRejected(db, "empty.db", "restore", "--db", db.toString(), "--from", empty.toString());
        RejectedInput.assertRejected(db, "missing.db", "restore", "--db", db.toString(), "--from",
                dir.resolve("missing.db").toString());
        // the demo never overwrites; bad dates name the option
        RejectedInput.assertRejected(db, db.getFileName().toString(), "demo", "--db", db.toString());
        RejectedInput.assertRejected(db, "31/02/2025", "summary", "--db", db.toString(), "--as-of", "31/02/2025");
        RejectedInput.assertRejected(db, "31/02/2025", "retention", "--db", db.toString(), "--as-of", "31/02/2025", "--apply");
        // backing up a damaged file is refused and the damaged file is left as it was
        String truncatedBytes = DataChecksum.ofBytes(truncated);
        Run b = cli("backup", "--db", truncated.toString());
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).contains("truncated.db").hasLineCount(1);
        assertThat(DataChecksum.ofBytes(truncated)).isEqualTo(truncatedBytes);
        Run check = cli("check", "--db", truncated.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(DataChecksum.ofBytes(truncated)).isEqualTo(truncatedBytes);
    }
}
