package uk.schoolcompliance.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;
import uk.schoolcompliance.tracker.io.report.TrustPackXlsx;

/**
 * A hand-built trust, end to end through the command line: the trust's own row with one central person, three
 * schools, a trust-wide policy, one school's own policy in Ashby and one in Brook, and a person who acknowledged the
 * trust-wide policy at Brook and then moved to Ashby. {@code summary}, {@code schools}, {@code gaps}, the trust
 * board's pack and a school's pack (PDF and XLSX read back) must all give the same figures.
 */
class TrustEndToEndTest {

    @TempDir
    static Path dir;
    static String db;
    static final String AS_OF = "2026-11-24";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void build() {
        db = dir.resolve("vale.db").toString();
        TrackerServices s = TrackerServices.open(Path.of(db), TestDemo.ACTOR, TestDemo.CLOCK);
        long trust = s.repositories().settings().ensureSchool("Vale Learning Trust", "trust");
        assertThat(run("add-school", "--db", db, "--name", "Ashby Primary Academy", "--urn", "100001").code()).isZero();
        assertThat(run("add-school", "--db", db, "--name", "Brook Academy", "--urn", "100002").code()).isZero();
        assertThat(run("add-school", "--db", db, "--name", "Castle High School").code()).isZero();
        long ashby = trust + 1;
        long brook = trust + 2;
        long castle = trust + 3;
        StaffMember central = person(s, 1, trust, StaffCategory.SLT);
        StaffMember ann = person(s, 2, ashby, StaffCategory.TEACHER);
        person(s, 3, ashby, StaffCategory.TEACHER);
        person(s, 4, brook, StaffCategory.TEACHER);
        StaffMember mover = person(s, 5, brook, StaffCategory.SUPPORT);
        person(s, 6, castle, StaffCategory.TEACHER);
        PolicyVersion conduct = policy(s, null, "Staff Code of Conduct");
        PolicyVersion ashbyOwn = policy(s, ashby, "Child Protection Policy (Ashby Primary Academy)");
        policy(s, brook, "Site Safety Policy (Brook Academy)");
        ack(s, central, conduct);
        ack(s, ann, conduct);
        ack(s, ann, ashbyOwn);
        ack(s, mover, conduct); // at Brook, before the move: a trust-wide acknowledgement stays with them
        s.staffService().moveToSchool(mover.id(), ashby);
        s.close();
    }

    private static StaffMember person(TrackerServices s, int n, long school, StaffCategory cat) {
        return s.repositories().staff().insert(new StaffMember(0, school, "Given" + n, "Family" + n, "R" + n, null, cat, "Job",
                LocalDate.of(2020, 9, 1), null, null, null));
    }

    private static PolicyVersion policy(TrackerServices s, Long school, String title) {
        Policy p = s.repositories().policies().insert(new Policy(0, school, title, null, "Safeguarding", true, "Owner", "FGB", 12, null,
                null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        return s.repositories().versions().insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, "FGB", LocalDate.of(2026, 1, 1),
                null, LocalDate.of(2026, 1, 1), null, true), null);
    }

    private static void ack(TrackerServices s, StaffMember who, PolicyVersion v) {
        s.repositories().acknowledgements().insert(new Acknowledgement(0, who.id(), v.id(), LocalDate.of(2026, 2, 1), AckMethod.PAPER,
                "Office", null, false, null));
    }

    static JsonNode json(String... args) {
        Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    /** The figures of one entry, in the order the packs print them. */
    static List<Integer> figures(JsonNode entry) {
        JsonNode a = entry.get("acknowledgements");
        return List.of(entry.get("staffInPost").asInt(), a.get("required").asInt(), a.get("done").asInt(),
                a.get("outstanding").asInt(), a.get("overdue").asInt());
    }

    @Test
    void summarySchoolsAndGapsAgreeAndEachPolicyCountsOnlyWhereItApplies() {
        JsonNode schools = json("schools", "--db", db, "--as-of", AS_OF, "--json");
        Map<String, List<Integer>> bySchool = new LinkedHashMap<>();
        schools.forEach(e -> bySchool.put(e.get("name").asString(), figures(e)));
        // in post, required, done, outstanding, overdue
        assertThat(bySchool).containsExactly(
                Map.entry("Ashby Primary Academy", List.of(3, 6, 3, 3, 3)), // 3 trust-wide + 3 own; the mover's conduct ack counts
                Map.entry("Brook Academy", List.of(1, 2, 0, 2, 2)),          // the mover no longer owes Brook's own policy
                Map.entry("Castle High School", List.of(1, 1, 0, 1, 1)),
                Map.entry("Central team", List.of(1, 1, 1, 0, 0)));
        JsonNode summary = json("summary", "--db", db, "--as-of", AS_OF, "--json");
        assertThat(summary.get("acknowledgements").get("required").asInt()).isEqualTo(10);
        assertThat(summary.get("acknowledgements").get("done").asInt()).isEqualTo(4);
        for (JsonNode e : schools) {
            if (!e.get("name").asString().equals("Central team")) {
                JsonNode one = json("summary", "--db", db, "--as-of", AS_OF, "--json", "--school", e.get("name").asString());
                for (String field : List.of("required", "done", "outstanding", "overdue", "percent")) {
                    assertThat(one.get("acknowledgements").get(field)).as(e.get("name").asString() + " " + field)
                            .isEqualTo(e.get("acknowledgements").get(field));
                }
                for (String field : List.of("overdue", "dueSoon")) {
                    assertThat(one.get("reviews").get(field)).isEqualTo(e.get("reviews").get(field));
                }
            }
        }
        Result gaps = run("gaps", "--db", db, "--as-of", AS_OF, "--school", "Ashby Primary Academy", "--csv");
        assertThat(gaps.code()).isZero();
        String ashbyGaps = gaps.out();
        assertThat(ashbyGaps.lines().skip(1).count()).isEqualTo(3);
        assertThat(ashbyGaps).contains("Family5").doesNotContain("Site Safety").doesNotContain("Family4");
        Result brook = run("gaps", "--db", db, "--as-of", AS_OF, "--school", "100002", "--csv");
        assertThat(brook.out().lines().skip(1).count()).isEqualTo(2);
        assertThat(brook.out()).doesNotContain("Family5");
    }

    @Test
    void theTrustBoardsPackShowsEverySchoolWithTheFiguresOfSchools() throws Exception {
        Path pdf = dir.resolve("board.pdf");
        Path xlsx = dir.resolve("board.xlsx");
        Result r = run("report", "--db", db, "--as-of", AS_OF, "--pdf", pdf.toString(), "--xlsx", xlsx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Trust board's pack for Vale Learning Trust, Autumn 2026, figures as of 24/11/2026\n")
                .contains("  XLSX: " + xlsx + " (4 schools)\n");
        JsonNode schools = json("schools", "--db", db, "--as-of", AS_OF, "--json");
        JsonNode summary = json("summary", "--db", db, "--as-of", AS_OF, "--json");
        String text;
        try (var d = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(d);
        }
        assertThat(text).contains("Trust board's compliance pack", "Vale Learning Trust", "Schools side by side",
                "Trust-wide policies' reviews");
        List<String> lines = text.lines().toList();
        for (JsonNode e : schools) {
            String name = e.get("name").asString();
            List<Integer> f = figures(e);
            String urn = e.get("urn").isNull() ? "" : e.get("urn").asString() + " ";
            // the row of the schools table: name, URN, in post, required, done, outstanding, overdue
            String row = name + " " + urn + f.get(0) + " " + f.get(1) + " " + f.get(2) + " " + f.get(3) + " " + f.get(4) + " ";
            assertThat(lines).as(row).anyMatch(l -> l.startsWith(row));
            // and a page of its own
            assertThat(lines).as(name).filteredOn(l -> l.strip().equals(name)).isNotEmpty();
        }
        JsonNode a = summary.get("acknowledgements");
        String whole = "Whole trust " + summary.get("staffInPost").asInt() + " " + a.get("required").asInt() + " "
                + a.get("done").asInt() + " " + a.get("outstanding").asInt() + " " + a.get("overdue").asInt() + " ";
        assertThat(lines).as(whole).anyMatch(l -> l.startsWith(whole));
        // the statuses, as word (the shape is drawn beside it): Ashby 50 %, the central team 100 %
        assertThat(text).contains("Action needed", "On track");

        try (var wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(TrustPackXlsx.SCHOOLS);
            List<String> names = new ArrayList<>();
            int i = 1;
            for (JsonNode e : schools) {
                Row row = sheet.getRow(i++);
                names.add(row.getCell(0).getStringCellValue());
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(e.get("name").asString());
                List<Integer> got = new ArrayList<>();
                for (int c = 2; c <= 6; c++) {
                    got.add((int) row.getCell(c).getNumericCellValue());
                }
                assertThat(got).as(e.get("name").asString()).isEqualTo(figures(e));
                assertThat((int) row.getCell(9).getNumericCellValue()).isEqualTo(e.get("reviews").get("overdue").asInt());
                assertThat((int) row.getCell(10).getNumericCellValue()).isEqualTo(e.get("reviews").get("dueSoon").asInt());
                assertThat((int) row.getCell(12).getNumericCellValue()).isEqualTo(e.get("induction").get("overdueItems").asInt());
            }
            assertThat(sheet.getRow(i)).isNull();
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo("\u25A0 Action needed");
            Sheet trustSummary = wb.getSheet(TrustPackXlsx.TRUST_SUMMARY);
            assertThat(valueOf(trustSummary, "Staff in post")).isEqualTo(summary.get("staffInPost").asInt());
            assertThat(valueOf(trustSummary, "Acknowledgements outstanding")).isEqualTo(a.get("outstanding").asInt());
            // the board's own reviews: the trust-wide policy only; each school's own in the next sheet
            Sheet board = wb.getSheet(TrustPackXlsx.TRUST_REVIEWS);
            assertThat(board.getLastRowNum()).isEqualTo(1);
            assertThat(board.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Staff Code of Conduct");
            Sheet own = wb.getSheet(TrustPackXlsx.SCHOOL_REVIEWS);
            assertThat(own.getLastRowNum()).isEqualTo(2);
            assertThat(own.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ashby Primary Academy");
            assertThat(own.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Site Safety Policy (Brook Academy)");
        }
    }

    @Test
    void aSchoolsPackIsItsOwnForItsLocalGoverningBody() throws Exception {
        Path pdf = dir.resolve("ashby.pdf");
        Path xlsx = dir.resolve("ashby.xlsx");
        Result r = run("report", "--db", db, "--as-of", AS_OF, "--school", "Ashby Primary Academy", "--pdf", pdf.toString(),
                "--xlsx", xlsx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Governors' pack for Ashby Primary Academy, Autumn 2026, figures as of 24/11/2026\n")
                .contains("(3 staff \u00d7 2 policies)");
        JsonNode summary = json("summary", "--db", db, "--as-of", AS_OF, "--json", "--school", "100001");
        try (var d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Governors' compliance pack", "Ashby Primary Academy",
                    summary.get("acknowledgements").get("required").asInt() + " acknowledgements are required: "
                            + summary.get("acknowledgements").get("done").asInt() + " done")
                    .doesNotContain("Site Safety").doesNotContain("Staff Code of Conduct (trust").doesNotContain("Brook");
        }
        try (var wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet s = wb.getSheet(GovernorsPackXlsx.SUMMARY);
            assertThat(valueOf(s, "Staff in post")).isEqualTo(summary.get("staffInPost").asInt());
            assertThat(valueOf(s, "Acknowledgements outstanding"))
                    .isEqualTo(summary.get("acknowledgements").get("outstanding").asInt());
            Sheet schedule = wb.getSheet(GovernorsPackXlsx.SCHEDULE);
            assertThat(schedule.getLastRowNum()).isEqualTo(1); // its own policy only: the trust-wide one is the board's
            assertThat(schedule.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Child Protection Policy (Ashby Primary Academy)");
        }
    }

    static int valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return (int) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
