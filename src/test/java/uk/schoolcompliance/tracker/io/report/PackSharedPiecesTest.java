package uk.schoolcompliance.tracker.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.TrustPack;

/**
 * The pieces the governors' and the trust board's packs share (the PDF cover, the schools' summary lines, the
 * workbook's headline sheet and review schedule sheets), read back from both packs of the demo trust.
 */
class PackSharedPiecesTest {

    @TempDir
    static Path dir;
    static TrustPack trust;
    static GovernorsPack brook;

    @BeforeAll
    static void packs() {
        try (TrackerServices s = TrackerServices.open(dir.resolve("vale.db"), TestDemo.ACTOR, TestDemo.CLOCK)) {
            s.demoTrust().build(TestDemo.AS_OF);
            trust = s.governorsPack().buildTrust(TestDemo.AS_OF, null, false);
            brook = s.governorsPack().build(TestDemo.AS_OF, null, true,
                    java.util.Optional.of(s.schoolService().resolve("Brook Academy")));
        }
    }

    private static String pdf(byte[] bytes) throws Exception {
        try (var d = Loader.loadPDF(bytes)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            return first.getText(d);
        }
    }

    private static byte[] trustPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrustPackPdf.write(trust, out);
        return out.toByteArray();
    }

    @Test
    void bothCoversCarryTheSameFactsContentsAndKey() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GovernorsPackPdf.write(brook, out);
        String school = pdf(out.toByteArray());
        String board = pdf(trustPdf());
        for (String cover : List.of(school, board)) {
            assertThat(cover).contains("Term Autumn 2026 (01/09/2026 \u2013 31/12/2026)", "Figures as of 24/11/2026",
                    "Prepared by " + TestDemo.ACTOR.displayName() + " on 24/11/2026", "Contents",
                    "How to read the status marks: a red square means action is needed");
        }
        assertThat(school).contains("Governors' compliance pack", "Brook Academy", "1.  Summary",
                "Staff names Included: this pack is personal data; keep it");
        assertThat(board).contains("Trust board's compliance pack", "Vale Learning Trust", "Schools 4",
                "1.  Trust summary", "4.  A page per school",
                "Staff names Not included: people are counted, not named");
    }

    @Test
    void theSchoolsSideBySideEndWithTheWholeTrustInTheSameColumns() throws Exception {
        String text;
        try (var d = Loader.loadPDF(trustPdf())) {
            text = new PDFTextStripper().getText(d);
        }
        var all = trust.summary();
        assertThat(text).contains("Whole trust " + all.staffInPost() + " " + all.ackRequired() + " " + all.ackDone()
                + " " + all.ackOutstanding() + " " + all.ackOverdue() + " " + all.ackPercent() + " %");
        var b = trust.schools().get(1).summary();
        assertThat(text).contains("Brook Academy " + trust.schools().get(1).urn() + " " + b.staffInPost() + " " + b.ackRequired() + " " + b.ackDone());
    }

    @Test
    void bothWorkbooksShareTheHeadlineSheetAndTheColouredReviewSchedule() throws Exception {
        ByteArrayOutputStream school = new ByteArrayOutputStream();
        GovernorsPackXlsx.write(brook, school);
        ByteArrayOutputStream board = new ByteArrayOutputStream();
        TrustPackXlsx.write(trust, board);
        try (var s = new XSSFWorkbook(new ByteArrayInputStream(school.toByteArray()));
             var t = new XSSFWorkbook(new ByteArrayInputStream(board.toByteArray()))) {
            for (Sheet sheet : List.of(s.getSheet(GovernorsPackXlsx.SUMMARY), t.getSheet(TrustPackXlsx.TRUST_SUMMARY))) {
                assertThat(cells(sheet.getRow(0))).containsExactly("Figure", "Value", "Status", "What it counts");
                Row percent = sheet.getRow(3); // staff in post, active policies, then the percentage
                assertThat(percent.getCell(0).getStringCellValue()).isEqualTo("Acknowledgements completed");
                assertThat(percent.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(percent.getCell(1).getCellStyle().getDataFormatString()).contains("%");
                assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isPositive();
            }
            List<String> columns = List.of("Policy", "Statutory", "Owner", "Approving body", "Last reviewed",
                    "Frequency (months)", "Next due", "Status", "Date error", "Last review or approval",
                    "Awaiting approval");
            assertThat(cells(s.getSheet(GovernorsPackXlsx.SCHEDULE).getRow(0))).isEqualTo(columns);
            assertThat(cells(t.getSheet(TrustPackXlsx.TRUST_REVIEWS).getRow(0))).isEqualTo(columns);
            List<String> withSchool = new ArrayList<>(List.of("School"));
            withSchool.addAll(columns);
            assertThat(cells(t.getSheet(TrustPackXlsx.SCHOOL_REVIEWS).getRow(0))).isEqualTo(withSchool);
            for (Sheet sheet : List.of(s.getSheet(GovernorsPackXlsx.SCHEDULE), t.getSheet(TrustPackXlsx.TRUST_REVIEWS),
                    t.getSheet(TrustPackXlsx.SCHOOL_REVIEWS))) {
                var formats = sheet.getSheetConditionalFormatting();
                assertThat(formats.getNumConditionalFormattings()).as(sheet.getSheetName()).isPositive();
                int statusColumn = columns.size() - 4 + (sheet.getSheetName().equals(TrustPackXlsx.SCHOOL_REVIEWS) ? 1 : 0);
                assertThat(formats.getConditionalFormattingAt(0).getFormattingRanges()[0].getFirstColumn())
                        .as("the status column is coloured").isEqualTo(statusColumn);
            }
            assertThat(t.getSheet(TrustPackXlsx.TRUST_REVIEWS).getLastRowNum()).isEqualTo(trust.trustWideReviews().size());
        }
    }

    @Test
    void bothWorkbooksSayTheyWereCreatedOnTheDayThePackWasPreparedNotTheComputersNow() throws Exception {
        java.util.Date preparedOn = java.util.Date.from(TestDemo.AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        ByteArrayOutputStream school = new ByteArrayOutputStream();
        GovernorsPackXlsx.write(brook, school);
        ByteArrayOutputStream board = new ByteArrayOutputStream();
        TrustPackXlsx.write(trust, board);
        for (ByteArrayOutputStream written : List.of(school, board)) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(written.toByteArray()))) {
                assertThat(wb.getProperties().getCoreProperties().getCreated()).isEqualTo(preparedOn);
            }
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Thread.sleep(1_100); // the computer's clock moves on: the same pack is still the same file
        GovernorsPackXlsx.write(brook, again);
        assertThat(again.toByteArray()).isEqualTo(school.toByteArray());
    }

    private static List<String> cells(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(f.formatCellValue(c)));
        return out;
    }
}
