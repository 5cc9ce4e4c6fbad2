package uk.schoolcompliance.tracker.cli;

import static uk.schoolcompliance.tracker.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;

/** The contracts of import-policy, import-policies, add-version and reviews. */
class PolicyCliTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = TestDemo.copy(dir);
    }

    static Path example(String ext) {
        Path shared = Path.of("/work/shared/examples/social-media-policy." + ext);
        if (Files.exists(shared)) {
            return shared;
        }
        return ext.equals("txt") ? Path.of("src/test/resources/social-media-policy.txt")
                : Path.of("sample-data/documents/social-media-policy.docx");
    }

    @Test
    void importPolicyJsonHasTheDocumentedFieldsForTheTxtAndTheDocx() throws Exception {
        Path empty = dir.resolve("empty.db");
        for (String ext : List.of("txt", "docx")) {
            Files.deleteIfExists(empty);
            Result r = run("import-policy", "--db", empty.toString(), "--create", example(ext).toString(), "--json");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode j = JsonMapper.builder().build().readTree(r.out());
            assertThat(j.propertyNames()).containsExactly("title", "approvedBy", "approvedOn", "lastReviewed",
                    "nextReviewDue", "warnings");
            assertThat(j.get("title").asString()).isEqualTo("Social Media Policy");
            assertThat(j.get("approvedBy").asString()).isEqualTo("Mark Phillips");
            assertThat(j.get("approvedOn").asString()).isEqualTo("2023-12-01");
            assertThat(j.get("lastReviewed").asString()).isEqualTo("2026-09-01");
            assertThat(j.get("nextReviewDue").asString()).isEqualTo("2026-09-30");
            List<String> warnings = new ArrayList<>();
            j.get("warnings").forEach(w -> warnings.add(w.asString()));
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains("review dates"));
        }
    }

    @Test
    void importPolicyReadsAPdfCoverLaidOutAsATwoColumnTable() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4);
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, bytes);
        doc.open();
        doc.add(new com.lowagie.text.Paragraph("Anti-Bullying Policy"));
        com.lowagie.text.pdf.PdfPTable cover = new com.lowagie.text.pdf.PdfPTable(new float[] {1, 2});
        for (String cell : new String[] {"Approved by", "Full governing body", "Date approved", "12/10/2023",
                "Last reviewed", "01/10/2025", "Next review due", "30/09/2026"}) {
            cover.addCell(cell);
        }
        doc.add(cover);
        doc.add(new com.lowagie.text.Paragraph("1.1 The purpose of this policy is to prevent bullying."));
        doc.close();
        Path pdf = dir.resolve("anti-bullying.pdf");
        Files.write(pdf, bytes.toByteArray());
        Path empty = dir.resolve("pdf.db");
        Result r = run("import-policy", "--db", empty.toString(), "--create", pdf.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertThat(j.get("title").asString()).isEqualTo("Anti-Bullying Policy");
        assertThat(j.get("approvedBy").asString()).isEqualTo("Full governing body");
        assertThat(j.get("approvedOn").asString()).isEqualTo("2023-10-12");
        assertThat(j.get("lastReviewed").asString()).isEqualTo("2025-10-01");
        assertThat(j.get("nextReviewDue").asString()).isEqualTo("2026-09-30");
        // the cover's last review is recorded, so the schedule counts from it
        JsonNode reviews = JsonMapper.builder().build().readTree(
                run("reviews", "--db", empty.toString(), "--as-of", "2026-11-24", "--json").out());
        assertThat(reviews).anySatisfy(n -> {
            assertThat(n.get("policy").asString()).isEqualTo("Anti-Bullying Policy");
            assertThat(n.get("lastReviewed").asString()).isEqualTo("2025-10-01");
        });
    }

    @Test
    void importPolicyWithATitleAddsAVersionToThatPolicy() {
        Result r = run("import-policy", "--db", db.toString(), example("txt").toString(), "--title", "Online Safety Policy");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Mark Phillips").contains("01/12/2023").contains("warning:")
                .contains("Added to policy 'Online Safety Policy'");
        Result again = run("import-policy", "--db", db.toString(), example("txt").toString(), "--title", "Online Safety Policy");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already stored as version");
        assertThat(run("import-policy", "--db", db.toString(), dir.resolve("missing.docx").toString()).err())
                .contains("missing.docx").contains("no such file");
    }

    @Test
    void importPoliciesPrintsTheTallyAndDryRunChangesNothing() throws Exception {
        Path csv = dir.resolve("schedule.csv");
        Files.writeString(csv, """
                Policy,Statutory,Owner,Approved by,Last approved,Review frequency,Audience,Version
                Exams Policy,no,Exams officer,Headteacher,01/10/2025,Every 2 years,Teachers,1.0
                Complaints Procedure,yes,Sarah Whitfield (Headteacher),Full governing body,,3 yearly,,
                """);
        Result dry = run("import-policies", "--db", db.toString(), csv.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out().lines().findFirst()).contains("created 1, updated 0, unchanged 1");
        Result real = run("import-policies", "--db", db.toString(), csv.toString());
        assertThat(real.out().strip()).isEqualTo("created 1, updated 0, unchanged 1");
        assertThat(run("import-policies", "--db", db.toString(), csv.toString()).out().strip())
                .isEqualTo("created 0, updated 0, unchanged 2");
        Files.writeString(csv, "Policy,Statutory\nX,perhaps\n");
        Result bad = run("import-policies", "--db", db.toString(), csv.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("error: schedule.csv line 2: Statutory: 'perhaps' is not yes or no; nothing was imported");
    }

    @Test
    void addVersionStoresTheVersionAndRefusesBadInput() throws Exception {
        Path doc = dir.resolve("online-safety-v3.md");
        Files.writeString(doc, "# Online Safety Policy\n");
        Result r = run("add-version", "--db", db.toString(), "--policy", "online safety policy", "--label", "3.0",
                "--effective", "2026-12-01", "--material", "--document", doc.toString(), "--approved-by",
                "Full governing body", "--approved-on", "2026-11-20", "--minute", "FGB 26/11");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Added version 3.0 of 'Online Safety Policy'").contains("01/12/2026")
                .contains("material").contains("online-safety-v3.md");
        assertThat(run("add-version", "--db", db.toString(), "--policy", "No Such Policy", "--label", "1.0",
                "--effective", "2026-12-01").err()).contains("No policy called 'No Such Policy'");
        Result badDate = run("add-version", "--db", db.toString(), "--policy", "Online Safety Policy", "--label", "4.0",
                "--effective", "01/12/2026");
        assertThat(badDate.code()).isEqualTo(1);
        assertThat(badDate.err()).contains("--effective").contains("01/12/2026");
        assertThat(run("add-version", "--db", db.toString(), "--label", "4.0").code()).isEqualTo(2);
    }

    @Test
    void reviewsJsonHasTheDocumentedShapeAndTheIcsParses() throws Exception {
        Path ics = dir.resolve("reviews.ics");
        Result r = run("reviews", "--db", db.toString(), "--as-of", "2026-11-24", "--json", "--ics", ics.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode list = JsonMapper.builder().build().readTree(r.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isEqualTo(30);
        List<String> statuses = new ArrayList<>();
        for (JsonNode j : list) {
            assertThat(j.propertyNames()).containsExactly("policy", "statutory", "owner", "approvingBody", "lastReviewed",
                    "frequencyMonths", "nextDue", "status");
            statuses.add(j.get("status").asString());
        }
        assertThat(statuses).contains("overdue", "due-soon", "in-date").allMatch(
                s -> List.of("overdue", "due-soon", "in-date", "no-date").contains(s));
        JsonNode complaints = null;
        for (JsonNode j : list) {
            if (j.get("policy").asString().equals("Complaints Procedure")) {
                complaints = j;
            }
        }
        assertThat(complaints.get("statutory").asBoolean()).isTrue();
        assertThat(complaints.get("frequencyMonths").asInt()).isEqualTo(36);
        assertThat(complaints.get("status").asString()).isEqualTo("overdue");
        assertThat(r.err()).contains("events to");
        new CalendarBuilder().build(Files.newInputStream(ics)).validate();

        Result text = run("reviews", "--db", db.toString(), "--as-of", "2026-11-24");
        assertThat(text.out()).contains("Complaints Procedure *").contains("Overdue").contains("Due soon");
    }
}
