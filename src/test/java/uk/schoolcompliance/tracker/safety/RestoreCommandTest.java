package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.store.Backups;

/**
 * "Restore brings erased people back, silently": {@code restore} lists what it would undo and asks ({@code --yes}),
 * erases again the people erased since the backup unless {@code --keep-erased-restored}, and is always audited.
 */
class RestoreCommandTest {

    @TempDir
    Path dir;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NL = System.lineSeparator();

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        return new Run(code, out.toString(), err.toString());
    }

    private static TrackerServices open(Path db) {
        return TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
    }

    /** The n longest-serving people still in post become leavers whose retention period has ended. */
    private static List<StaffMember> makeLeavers(Path db, int n) {
        TrackerServices s = open(db);
        List<StaffMember> people = s.repositories().staff().findAll().stream().filter(m -> m.leaveDate() == null && m.email() != null)
                .sorted(Comparator.comparing(StaffMember::startDate).thenComparing(StaffMember::id)).limit(n).toList();
        List<StaffMember> out = new ArrayList<>();
        for (StaffMember m : people) {
            out.add(s.repositories().staff().update(m.withLeaveDate(LocalDate.of(2018, 7, 31))));
        }
        s.repositories().db().close();
        return out;
    }

    private static void erase(Path db, int expected) {
        Run r = cli("retention", "--db", db.toString(), "--apply");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Erased " + expected + ";");
    }

    private static JsonNode restoreLine(Path db) {
        List<AuditRecord> lines = open(db).repositories().auditQueries().search(new AuditFilter("database", null, null, null, null, 10));
        AuditRecord newest = lines.get(0);
        assertThat(newest.entry().action()).isEqualTo("restore");
        return JSON.readTree(newest.entry().after());
    }

    private Path backup(Path db, String name) {
        Path to = dir.resolve(name);
        Run b = cli("backup", "--db", db.toString(), "--to", to.toString());
        assertThat(b.code()).as(b.err()).isZero();
        return to;
    }

    @Test
    void listsWhatItWouldUndoAsksThenErasesAgainAndAudits() throws Exception {
        Path db = TestDemo.copy(dir);
        List<StaffMember> leavers = makeLeavers(db, 2);
        Path b = backup(db, "before.db");
        erase(db, 2);
        Path csv = dir.resolve("new-starter.csv");
        Files.writeString(csv, "First name,Surname,Staff ID,Work email,Staff type,Job title,Start date\n"
                + "Nora,Newman,N1,n.newman@oakfield.sch.uk,Teacher,Class teacher,02/11/2026\n");
        Run imported = cli("import-staff", "--db", db.toString(), csv.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        String beforeRestore = DataChecksum.of(db);
        // listed by staff id
        long a = Math.min(leavers.get(0).id(), leavers.get(1).id());
        long c = Math.max(leavers.get(0).id(), leavers.get(1).id());

        // without --yes: the list, one error line, nothing changed, no copy kept
        Run asked = cli("restore", "--db", db.toString(), "--from", b.toString());
        assertThat(asked.code()).isEqualTo(1);
        assertThat(asked.err()).isEqualTo("error: nothing was restored: add --yes to restore " + db + " from " + b
                + " and undo the changes listed above" + NL);
        List<String> list = asked.lines();
        assertThat(list).hasSize(4);
        assertThat(list.get(0)).startsWith("Restoring " + db + " from " + b + " would undo ")
                .matches(".* would undo \\d+ changes recorded since the backup was taken \\(.*staff \\d+.*\\):");
        assertThat(list.get(1)).isEqualTo("  - erasure of person #" + a
                + " (left on 31/07/2018, erased on 24/11/2026): re-applied after restoring");
        assertThat(list.get(2)).isEqualTo("  - erasure of person #" + c
                + " (left on 31/07/2018, erased on 24/11/2026): re-applied after restoring");
        assertThat(list.get(3)).matches("  - import of the staff list new-starter\\.csv \\(1 created, 0 updated\\) on "
                + "24/11/2026 \\d\\d:\\d\\d");
        assertThat(String.join("\n", list)).doesNotContain(leavers.get(0).familyName())
                .doesNotContain(leavers.get(1).familyName());
        RejectedInput.assertRejected(db, "add --yes", "restore", "--db", db.toString(), "--from", b.toString());
        assertThat(DataChecksum.of(db)).isEqualTo(beforeRestore);
        assertThat(Backups.list(db, Backups.defaultFolder(db))).noneMatch(x -> x.reason().equals("before-restore"));

        // with --yes: the same list, restored, both erased again, audited
        Run yes = cli("restore", "--db", db.toString(), "--from", b.toString(), "--yes");
        assertThat(yes.code()).as(yes.err()).isZero();
        List<String> done = yes.lines();
        assertThat(done.subList(0, 4)).isEqualTo(list);
        assertThat(done.get(4)).isEqualTo("Restored " + db + " from " + b);
        assertThat(done.get(5)).isEqualTo("Erased again: 2 erasures recorded since the backup (person #" + a
                + ", person #" + c + ")");
        assertThat(done.get(6)).startsWith("The database it replaced was kept as ").endsWith("-before-restore.db");
        assertThat(done).hasSize(7);
        Path kept = Path.of(done.get(6).substring("The database it replaced was kept as ".length()));
        assertThat(DataChecksum.of(kept)).isEqualTo(beforeRestore);

        TrackerServices s = open(db);
        for (StaffMember m : leavers) {
            StaffMember now = s.repositories().staff().findById(m.id()).orElseThrow();
            assertThat(now.fullName()).isEqualTo("Erased person #" + m.id());
            assertThat(now.email()).isNull();
            assertThat(s.repositories().erasure().erased()).containsEntry(m.id(), TestDemo.AS_OF);
            for (AuditRecord r : s.repositories().auditQueries().aboutStaff(m.id())) {
                assertThat(r.entry().before() + " " + r.entry().after()).doesNotContain(m.familyName())
                        .doesNotContain(m.email());
            }
        }
        assertThat(s.repositories().staff().findAll()).noneMatch(m -> "N1".equals(m.staffRef()));
        s.repositories().db().close();
        JsonNode audit = restoreLine(db);
        assertThat(audit.get("from").asString()).isEqualTo(b.toAbsolutePath().normalize().toString());
        assertThat(audit.get("replacedKeptAs").asString()).isEqualTo(kept.toString());
        assertThat(audit.get("database").asString()).isEqualTo("readable");
        assertThat(audit.get("earlierCopy").asBoolean()).isTrue();
        assertThat(audit.get("changesUndone").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(audit.get("undone")).extracting(JsonNode::asString).containsExactlyElementsOf(list);
        assertThat(audit.get("erasuresReapplied")).extracting(JsonNode::asLong).containsExactly(a, c);
        assertThat(audit.get("erasuresNotReapplied")).isEmpty();
        assertThat(cli("check", "--db", db.toString()).code()).isZero();
    }

    @Test
    void keepErasedRestoredBringsTheirDetailsBackAndSaysSo() {
        Path db = TestDemo.copy(dir);
        StaffMember leaver = makeLeavers(db, 1).get(0);
        Path b = backup(db, "before.db");
        erase(db, 1);

        Run r = cli("restore", "--db", db.toString(), "--from", b.toString(), "--yes", "--keep-erased-restored");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).contains("  - erasure of person #" + leaver.id()
                        + " (left on 31/07/2018, erased on 24/11/2026): not re-applied: their details come back from the backup",
                "Restored " + db + " from " + b,
                "Not erased again (--keep-erased-restored): 1 erasure recorded since the backup (person #" + leaver.id()
                        + "); their details are back");
        TrackerServices s = open(db);
        assertThat(s.repositories().staff().findById(leaver.id())).contains(leaver);
        assertThat(s.repositories().erasure().erased()).doesNotContainKey(leaver.id());
        s.repositories().db().close();
        JsonNode audit = restoreLine(db);
        assertThat(audit.get("erasuresReapplied")).isEmpty();
        assertThat(audit.get("erasuresNotReapplied")).extracting(JsonNode::asLong).containsExactly(leaver.id());
    }

    @Test
    void aBackupWithTheSameHistoryNeedsNoYesButIsStillAuditedAndALinkStaysALink() throws Exception {
        Path real = TestDemo.copy(dir);
        Path b = backup(real, "same.db");
        Path link = Files.createDirectories(dir.resolve("elsewhere")).resolve("tracker.db");
        try {
            Files.createSymbolicLink(link, real.toRealPath());
        } catch (UnsupportedOperationException | java.io.IOException e) {
            link = real;
        }
        Run r = cli("restore", "--db", link.toString(), "--from", b.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0)).isEqualTo("Restored " + link + " from " + b);
        assertThat(r.lines().get(1)).startsWith("The database it replaced was kept as ");
        if (!link.equals(real)) {
            assertThat(Files.isSymbolicLink(link)).isTrue();
        }
        JsonNode audit = restoreLine(real);
        assertThat(audit.get("changesUndone").asInt()).isZero();
        assertThat(audit.get("undone")).isEmpty();

        // the restore itself is now a change that restoring the same backup again would undo
        Run again = cli("restore", "--db", link.toString(), "--from", b.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.lines()).containsExactly("Restoring " + link + " from " + b
                + " would undo 1 change recorded since the backup was taken (database 1).");
    }

    @Test
    void afterTwoErasuresAndTwoBackupsEachRestoreErasesAgainExactlyWhatItsBackupPredates() {
        Path db = TestDemo.copy(dir);
        List<StaffMember> leavers = makeLeavers(db, 2);
        long first = Math.min(leavers.get(0).id(), leavers.get(1).id());
        long second = Math.max(leavers.get(0).id(), leavers.get(1).id());
        Path beforeBoth = backup(db, "before-both.db");
        Run one = cli("retention", "--db", db.toString(), "--apply"); // erases both: they are due together
        assertThat(one.code()).as(one.err()).isZero();
        Path afterBoth = backup(db, "after-both.db");

        Run toOldest = cli("restore", "--db", db.toString(), "--from", beforeBoth.toString(), "--yes");
        assertThat(toOldest.code()).as(toOldest.err()).isZero();
        assertThat(toOldest.lines()).contains("Erased again: 2 erasures recorded since the backup (person #" + first
                + ", person #" + second + ")");
        // back to the newer backup: both are erased in it already, nothing to erase again; the restore is undone
        Run toNewer = cli("restore", "--db", db.toString(), "--from", afterBoth.toString(), "--yes");
        assertThat(toNewer.code()).as(toNewer.err()).isZero();
        assertThat(toNewer.out()).doesNotContain("Erased again").doesNotContain("erasure of");
        assertThat(toNewer.lines().get(0)).contains("not an earlier copy");
        TrackerServices s = open(db);
        assertThat(s.repositories().erasure().erased()).containsKeys(first, second);
        s.repositories().db().close();

        // and from the oldest once more, keeping what it restores: both come back, as the user asked
        Run keep = cli("restore", "--db", db.toString(), "--from", beforeBoth.toString(), "--yes",
                "--keep-erased-restored");
        assertThat(keep.code()).as(keep.err()).isZero();
        TrackerServices again = open(db);
        assertThat(again.repositories().staff().findById(leavers.get(0).id())).contains(leavers.get(0));
        assertThat(again.repositories().staff().findById(leavers.get(1).id())).contains(leavers.get(1));
    }

    @Test
    void anotherDatabasesFileIsNotAnEarlierCopyAndItsPeopleAreNeverErasedByTheNumbers() {
        Path db = TestDemo.copy(dir);
        StaffMember leaver = makeLeavers(db, 1).get(0);
        erase(db, 1);
        Path other = dir.resolve("other.db");
        Run gen = cli("generate", "--db", other.toString(), "--staff", "60", "--policies", "4", "--seed", "3");
        assertThat(gen.code()).as(gen.err()).isZero();
        TrackerServices o = open(other);
        StaffMember sameIdThere = o.repositories().staff().findById(leaver.id()).orElseThrow();
        o.repositories().db().close();

        Run asked = cli("restore", "--db", db.toString(), "--from", other.toString());
        assertThat(asked.code()).isEqualTo(1);
        assertThat(asked.lines()).singleElement().satisfies(l -> assertThat(l)
                .contains(" would replace it by a file that is not an earlier copy of it (they share no history): ")
                .contains(" recorded here would be undone (").endsWith(" this database does not have."));
        Run yes = cli("restore", "--db", db.toString(), "--from", other.toString(), "--yes");
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(yes.out()).doesNotContain("Erased again");
        TrackerServices s = open(db);
        assertThat(s.repositories().staff().findById(leaver.id())).as("a different person with the same id").contains(sameIdThere);
        s.repositories().db().close();
        assertThat(restoreLine(db).get("earlierCopy").asBoolean()).isFalse();
    }

    @Test
    void aDamagedDatabaseCannotBeListedSoRestoringItNeedsYesAndIsAudited() throws Exception {
        Path db = TestDemo.copy(dir);
        Path b = backup(db, "good.db");
        byte[] bytes = Files.readAllBytes(db);
        Files.write(db, Arrays.copyOf(bytes, bytes.length / 3));
        Run asked = cli("restore", "--db", db.toString(), "--from", b.toString());
        assertThat(asked.code()).isEqualTo(1);
        assertThat(asked.lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("Restoring " + db + " from " + b + " replaces a database that cannot be read (")
                .endsWith("erasures recorded in it cannot be re-applied; after restoring, run retention to erase "
                        + "again whoever is due"));
        Run yes = cli("restore", "--db", db.toString(), "--from", b.toString(), "--yes");
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(restoreLine(db).get("database").asString()).isEqualTo("unreadable");
        assertThat(cli("check", "--db", db.toString()).code()).isZero();
    }

    @Test
    void anErasureReappliedOverABackupFromBeforeTheLeaveDateKeepsThemALeaver() {
        Path db = TestDemo.copy(dir);
        Path b = backup(db, "before-leaving.db");
        StaffMember leaver = makeLeavers(db, 1).get(0); // marked as a leaver after the backup
        erase(db, 1);
        TrackerServices before = open(db);
        var summary = before.compliance().summary(TestDemo.AS_OF);
        before.repositories().db().close();

        Run r = cli("restore", "--db", db.toString(), "--from", b.toString(), "--yes");
        assertThat(r.code()).as(r.err()).isZero();
        TrackerServices s = open(db);
        StaffMember now = s.repositories().staff().findById(leaver.id()).orElseThrow();
        assertThat(now.fullName()).isEqualTo("Erased person #" + leaver.id());
        assertThat(now.leaveDate()).as("an erased person is never in post").isEqualTo(LocalDate.of(2018, 7, 31));
        assertThat(s.compliance().summary(TestDemo.AS_OF)).isEqualTo(summary);
    }
}
