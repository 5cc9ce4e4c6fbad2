package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.domain.SchoolPhase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;

/**
 * A school just set up with the wizard (staff and the catalogue's policies, no version yet): nothing is
 * green because there is nothing to count. "Acknowledged 100.0 % - On track, 0 of 0" and "Reviews overdue
 * 0 - On track" become "not started" and "no dates yet" in the summary text and both pack files.
 */
class NewSchoolFiguresTest {

    @TempDir
    static Path dir;
    static Path db;
    static int policies;

    @BeforeAll
    static void setUp() {
        db = dir.resolve("new.db");
        byte[] csv = ("First name,Surname,Work email,Staff type,Start date\n"
                + "Ann,Lee,ann@x.org,Teacher,01/09/2020\nBo,Ng,bo@x.org,Support,01/09/2021\n").getBytes(StandardCharsets.UTF_8);
        TrackerServices s = TrackerServices.createSchool(db, TestDemo.ACTOR, new SchoolSetupService.SchoolSetup(
                "Hillside Primary School", SchoolPhase.PRIMARY, 14, new SchoolSetupService.StaffList("staff.csv", csv),
                PolicyCatalogue.preselected(SchoolPhase.PRIMARY)), TestDemo.CLOCK);
        policies = s.repositories().policies().findAll().size();
        s.repositories().db().close();
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theFiguresKnowNothingHasStarted() {
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        Summary sum = s.compliance().summary(TestDemo.AS_OF);
        s.repositories().db().close();
        assertThat(policies).isGreaterThan(5);
        assertThat(sum.policiesActive()).isEqualTo(policies);
        assertThat(sum.staffInPost()).isEqualTo(2);
        assertThat(sum.ackNotStarted()).isTrue();
        assertThat(sum.reviewsNoDate()).isEqualTo(policies);
        assertThat(sum.reviewDatesMissing()).isTrue();
        assertThat(sum.reviewsOverdue()).isZero();
    }

    @Test
    void theSummaryTextSaysNotStartedAndNoDatesYet() {
        List<String> lines = cli("summary", "--db", db.toString()).lines().toList();
        assertThat(lines).contains(
                "  Acknowledgements required    0",
                "    done                       0 (not started: no policy version is in effect for anyone in post)",
                "  Reviews overdue              0 (no dates yet: " + policies + " of " + policies
                        + " active policies have no review date yet)",
                "  Reviews due soon             0 (no dates yet)");
        assertThat(String.join("\n", lines)).doesNotContain("100.0 %");
        // the JSON keeps its meaning (100 when nothing is required) and says why through its counts
        JsonNode j = JsonMapper.builder().build().readTree(cli("summary", "--db", db.toString(), "--json"));
        assertThat(j.get("acknowledgements").get("required").asInt()).isZero();
        assertThat(j.get("acknowledgements").get("percent").asDouble()).isEqualTo(100.0);
        assertThat(j.get("reviews").get("noDate").asInt()).isEqualTo(policies);
        assertThat(j.get("dataWarnings").asInt()).as("a policy without a version is a warning").isEqualTo(policies);
        // and each of them is listed
        JsonNode w = JsonMapper.builder().build().readTree(cli("warnings", "--db", db.toString(), "--json"));
        assertThat(w).hasSize(policies).allSatisfy(n -> assertThat(n.get("kind").asString()).isEqualTo("no-version"));
    }

    @Test
    void thePackSaysNotStartedAndNoDatesYetInsteadOfOnTrack() throws IOException {
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        GovernorsPack pack = s.governorsPack().build(TestDemo.AS_OF, null, false);
        Path pdf = dir.resolve("new.pdf");
        Path xlsx = dir.resolve("new.xlsx");
        s.governorsPack().writePdf(pack, pdf);
        s.governorsPack().writeXlsx(pack, xlsx);
        s.repositories().db().close();
        String text;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        String noDates = policies + " of " + policies + " active policies have no review date yet";
        assertThat(text).contains("Acknowledgements completed \u2014 Not started Nothing to acknowledge yet: no policy "
                + "version is in effect for anyone in post");
        assertThat(text).contains("Acknowledgements outstanding 0 Not started");
        assertThat(text).contains("Acknowledgements overdue 0 Not started");
        assertThat(text).contains("Policy reviews overdue 0 No dates yet " + noDates);
        assertThat(text).contains("Policy reviews due soon 0 No dates yet " + noDates);
        assertThat(text).contains("Not started: nothing to acknowledge yet, as no policy version is in effect for anyone "
                + "in post");
        assertThat(text).contains("No dates yet: " + noDates + ".");
        assertThat(text).doesNotContain("100.0 %");
        // the rate tables have no rate for 0 of 0, and no full green bar
        assertThat(text).contains("Policy Required Done Overdue Rate Rate (0\u2013100 %) All 0 0 0 \u2014 Not started");
        assertThat(text).contains("Staff category Required Done Overdue Rate Rate (0\u2013100 %) All 0 0 0 \u2014 Not started");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet(GovernorsPackXlsx.SUMMARY);
            Row ack = GovernorsPackTest.findRow(sheet, "Acknowledgements completed");
            assertThat(ack.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(ack.getCell(1).getStringCellValue()).isEqualTo("\u2014");
            assertThat(ack.getCell(2).getStringCellValue()).isEqualTo("Not started");
            Row reviews = GovernorsPackTest.findRow(sheet, "Policy reviews overdue");
            assertThat(reviews.getCell(1).getNumericCellValue()).isZero();
            assertThat(reviews.getCell(2).getStringCellValue()).isEqualTo("No dates yet");
            assertThat(reviews.getCell(3).getStringCellValue()).isEqualTo(noDates);
            for (String figure : List.of("Acknowledgements outstanding", "Acknowledgements overdue", "Policy reviews due soon")) {
                assertThat(GovernorsPackTest.findRow(sheet, figure).getCell(2).getStringCellValue()).as(figure)
                        .isIn("Not started", "No dates yet");
            }
            assertThat(wb.getSheet(GovernorsPackXlsx.DATA_QUALITY).getLastRowNum()).isEqualTo(policies);
        }
    }
}
