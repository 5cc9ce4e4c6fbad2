package uk.schoolcompliance.tracker.cli;

import static uk.schoolcompliance.tracker.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;

/** The {@code report} command's contract: flags, files written, exit codes. */
class ReportCommandTest {

    @TempDir
    static Path dir;
    static Path demo;

    @BeforeAll
    static void copyDemo() {
        demo = TestDemo.copy(dir);
    }

    @Test
    void writesBothFilesForTheChosenTerm() throws Exception {
        Path pdf = dir.resolve("pack.pdf");
        Path xlsx = dir.resolve("pack.xlsx");
        Result r = run("report", "--db", demo.toString(), "--as-of", "2026-11-24", "--term", "Summer 2026",
                "--pdf", pdf.toString(), "--xlsx", xlsx.toString(), "--operator", "Clerk to governors");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Summer 2026").contains("24/11/2026").contains("pages");
        try (var d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Summer 2026 (01/04/2026 \u2013 31/08/2026)").contains("Prepared by")
                    .contains("Clerk to governors").contains("Not included");
        }
        try (var wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            // Summary, Review schedule, Acknowledgements, Outstanding, Long-term absence, Induction, Data quality
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        }
    }

    @Test
    void namesAreOptIn() throws Exception {
        Path pdf = dir.resolve("named.pdf");
        Result r = run("report", "--db", demo.toString(), "--as-of", "2026-11-24", "--pdf", pdf.toString(), "--names");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("with staff names");
        Result off = run("report", "--db", demo.toString(), "--as-of", "2026-11-24", "--pdf", dir.resolve("anon.pdf").toString(),
                "--no-names");
        assertThat(off.code()).isZero();
        assertThat(off.out()).doesNotContain("with staff names");
    }

    @Test
    void mistakesExitWithOneLine() {
        Result none = run("report", "--db", demo.toString());
        assertThat(none.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(none.err()).contains("--pdf");
        Result badTerm = run("report", "--db", demo.toString(), "--term", "Winter 2026", "--pdf", dir.resolve("x.pdf").toString());
        assertThat(badTerm.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(badTerm.err()).contains("'Winter 2026'").doesNotContain("\tat ");
        Result badDate = run("report", "--db", demo.toString(), "--as-of", "24/11/2026", "--pdf", dir.resolve("y.pdf").toString());
        assertThat(badDate.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(badDate.err()).contains("--as-of");
        Result badFolder = run("report", "--db", demo.toString(), "--pdf", dir.resolve("nope").resolve("z.pdf").toString());
        assertThat(badFolder.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(badFolder.err()).contains("does not exist");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
    }
}
