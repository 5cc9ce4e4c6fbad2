package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;

/**
 * {@code retention} through the real command line: erasure only ever as of today, for people whose leave date plus
 * the retention period has passed; erasure by the person's id, never by matching text.
 */
class RetentionCommandTest {

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

    private static StaffMember person(TrackerServices s, String given, String family, String ref, String email,
                                      LocalDate left) {
        return s.repositories().staff().insert(new StaffMember(0, s.repositories().settings().schoolId().orElseThrow(), given, family, ref, email,
                StaffCategory.TEACHER, "Class teacher", LocalDate.of(2008, 9, 1), left, null, null));
    }

    @Test
    void aFutureOrPastAsOfWithApplyIsRefusedAndErasureIsStampedToday() {
        Path db = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        StaffMember leaving = person(s, "Lee", "Leaving", "LL1", "lee@oakfield.sch.uk", LocalDate.of(2027, 7, 31));
        StaffMember gone = person(s, "Gail", "Gone", "GG1", "gail@oakfield.sch.uk", LocalDate.of(2019, 7, 31));
        s.repositories().db().close();

        // still employed (leaving in 2027): a future --as-of may list them, never erase them
        Run list = cli("retention", "--db", db.toString(), "--as-of", "2034-01-01");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Lee Leaving").contains("Nothing was changed. Run again with --apply");
        String line = RejectedInput.assertRejected(db, "--as-of", "retention", "--db", db.toString(), "--apply",
                "--as-of", "2034-01-01");
        assertThat(line).isEqualTo("error: --as-of: erasure is only ever as of today (24/11/2026), not 01/01/2034; "
                + "leave out --apply to list who will be due then");
        RejectedInput.assertRejected(db, "not 25/11/2026", "retention", "--db", db.toString(), "--apply", "--as-of",
                "2026-11-25");
        RejectedInput.assertRejected(db, "not 01/01/2025", "retention", "--db", db.toString(), "--as-of", "2025-01-01",
                "--apply");

        // today, written or not
        Run apply = cli("retention", "--db", db.toString(), "--apply", "--as-of", "2026-11-24");
        assertThat(apply.code()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Gail Gone").doesNotContain("Lee Leaving").contains("Erased ");
        TrackerServices after = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(after.repositories().erasure().erased()).containsEntry(gone.id(), TestDemo.AS_OF).doesNotContainKey(leaving.id());
        assertThat(after.repositories().staff().findById(leaving.id())).contains(leaving);
        after.repositories().db().close();
        Run again = cli("retention", "--db", db.toString(), "--apply");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("Lee Leaving");
    }

    @Test
    void erasureFindsThePersonByIdNeverByTheirNameOrReferenceInOtherLines() {
        Path db = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        StaffMember cole = person(s, "Dan", "Cole", "DC7", "dan.cole@oakfield.sch.uk", LocalDate.of(2018, 8, 31));
        StaffMember rea = person(s, "Rea", "Short", "REA", null, LocalDate.of(2017, 8, 31));
        StaffMember coleman = person(s, "Dan", "Coleman", "DC77", "dan.coleman@oakfield.sch.uk", null);
        var version = s.repositories().versions().findAll().get(0);
        s.repositories().acknowledgements().insert(new Acknowledgement(0, cole.id(), version.id(), LocalDate.of(2017, 9, 4),
                AckMethod.PAPER, "Office", "already signed by Dan Cole", false, null));
        s.repositories().acknowledgements().insert(new Acknowledgement(0, coleman.id(), version.id(), LocalDate.of(2017, 9, 4),
                AckMethod.PAPER, "Dan Cole", "Dan Coleman: already read (REA area)", false, null));
        Map<Long, AuditRecord> before = lines(s);
        List<Long> aboutThem = new java.util.ArrayList<>();
        for (long id : new long[] {cole.id(), rea.id()}) {
            s.repositories().auditQueries().aboutStaff(id).forEach(r -> aboutThem.add(r.entry().id()));
        }
        s.repositories().db().close();

        Run apply = cli("retention", "--db", db.toString(), "--apply", "--json");
        assertThat(apply.code()).as(apply.err()).isZero();
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(apply.out());
        assertThat(json.get("applied").asBoolean()).isTrue();
        assertThat(json.get("erased").asInt()).isEqualTo(2);
        assertThat(json.get("auditEntriesRedacted").asInt()).isEqualTo(aboutThem.size());

        TrackerServices after = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(after.repositories().erasure().erased()).containsKeys(cole.id(), rea.id()).doesNotContainKey(coleman.id());
        assertThat(after.repositories().staff().findById(coleman.id())).contains(coleman);
        Map<Long, AuditRecord> now = lines(after);
        int same = 0;
        for (AuditRecord was : before.values()) {
            if (aboutThem.contains(was.entry().id())) {
                AuditRecord r = now.get(was.entry().id());
                assertThat(r.redactedOn()).isEqualTo(TestDemo.AS_OF);
                assertThat(r.entry().after()).doesNotContain("\"Cole\"").doesNotContain("DC7").doesNotContain("REA")
                        .doesNotContain("Short").doesNotContain("already signed");
            } else {
                assertThat(now.get(was.entry().id())).as("line %s", was.entry().id()).isEqualTo(was);
                same++;
            }
        }
        assertThat(same).isGreaterThan(100);
        assertThat(cli("check", "--db", db.toString()).code()).isZero();
    }

    private static Map<Long, AuditRecord> lines(TrackerServices s) {
        Map<Long, AuditRecord> out = new HashMap<>();
        for (AuditRecord r : s.repositories().auditQueries().search(AuditFilter.all(1_000_000))) {
            out.put(r.entry().id(), r);
        }
        return out;
    }
}
