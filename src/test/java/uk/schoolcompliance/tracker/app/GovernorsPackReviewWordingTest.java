package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;

/**
 * The pack labels reviews honestly: a review with no change is "Last reviewed … (no change, approved by …)",
 * never "Last approved"; a version without an approval date is "awaiting approval". Read back from the PDF
 * and the workbook.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class GovernorsPackReviewWordingTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    static final String COMPLAINTS = "Last reviewed 20/11/2026 (no change, approved by Full governing body on "
            + "18/11/2026, minute FGB 26/11 item 2)";
    static final String CODE_LAST = "Last approved 08/07/2026 (version 5.0, approved by Full governing body, minute "
            + "FGB 26/07 item 9)";
    static final String CODE_AWAITING = "Version 5.1 (effective 10/11/2026) awaiting approval";

    @Test
    void aNoChangeReviewIsNotLastApprovedAndAnUnapprovedVersionAwaitsApproval() throws Exception {
        TrackerServices s = store.demo(dir);
        Policy complaints = s.policyService().policyByTitle("Complaints Procedure");
        s.reviewService().complete(new ReviewService.Completion(complaints.id(), LocalDate.of(2026, 11, 20),
                ReviewOutcome.NO_CHANGE, null, LocalDate.of(2026, 11, 18), "FGB 26/11 item 2", null, null, null));
        Policy code = s.policyService().policyByTitle("Staff Code of Conduct");
        s.policyService().addVersion(new PolicyService.NewVersion(code.id(), "5.1", LocalDate.of(2026, 11, 10), false,
                null, null, null, "Corrected a phone number", null));

        GovernorsPack pack = s.governorsPack().build(TestDemo.AS_OF, null, false);
        GovernorsPack.ReviewRow complaintsRow = row(pack, "Complaints Procedure");
        assertThat(complaintsRow.lastReview()).isEqualTo(COMPLAINTS);
        assertThat(complaintsRow.awaitingApproval()).isEmpty();
        GovernorsPack.ReviewRow codeRow = row(pack, "Staff Code of Conduct");
        assertThat(codeRow.lastReview()).isEqualTo(CODE_LAST);
        assertThat(codeRow.awaitingApproval()).isEqualTo(CODE_AWAITING);
        assertThat(codeRow.nextDue()).as("the correction moves nothing").isEqualTo(LocalDate.of(2027, 7, 8));
        assertThat(pack.thisTerm()).filteredOn(e -> e.policy().equals("Complaints Procedure")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("approved by Full governing body on 18/11/2026")
                        .contains("minute FGB 26/11 item 2"));

        Path pdf = dir.resolve("pack.pdf");
        s.governorsPack().writePdf(pack, pdf);
        String text;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        int start = text.indexOf("soonest due first");
        String schedule = text.substring(start, text.indexOf("The share of required acknowledgements", start));
        assertThat(schedule).contains("Last review or approval");
        String complaintsLine = line(schedule, pack, "Complaints Procedure");
        assertThat(complaintsLine).contains(COMPLAINTS).doesNotContain("Last approved");
        String codeLine = line(schedule, pack, "Staff Code of Conduct");
        assertThat(codeLine).contains(CODE_LAST).contains(CODE_AWAITING);

        Path xlsx = dir.resolve("pack.xlsx");
        s.governorsPack().writeXlsx(pack, xlsx);
        try (XSSFWorkbook wb = GovernorsPackTest.open(xlsx)) {
            var sheet = wb.getSheet(GovernorsPackXlsx.SCHEDULE);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Last review or approval");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Awaiting approval");
            Row c = GovernorsPackTest.findRow(sheet, "Complaints Procedure");
            assertThat(c.getCell(9).getStringCellValue()).isEqualTo(COMPLAINTS);
            assertThat(GovernorsPackTest.text(c.getCell(10))).isEmpty();
            Row k = GovernorsPackTest.findRow(sheet, "Staff Code of Conduct");
            assertThat(k.getCell(9).getStringCellValue()).isEqualTo(CODE_LAST);
            assertThat(k.getCell(10).getStringCellValue()).isEqualTo(CODE_AWAITING);
        }
    }

    @Test
    void anApproverWhoIsAPersonIsNumberedLikeEveryoneElseWithoutNames() {
        TrackerServices s = store.demo(dir);
        // the demo's Social Media Policy 1.0 was approved by a person, Mark Phillips; as of the summer its last
        // review or approval is that version (the cover's "Last reviewed on: September 2026" comes after)
        LocalDate summer = LocalDate.of(2026, 8, 1);
        GovernorsPack unnamed = s.governorsPack().build(summer, null, false);
        assertThat(row(unnamed, "Social Media Policy").lastReview())
                .matches("Last approved 01/12/2023 \\(version 1\\.0, approved by Person \\d{4}, minute FGB 23/12 item 5\\)");
        GovernorsPack named = s.governorsPack().build(summer, null, true);
        assertThat(row(named, "Social Media Policy").lastReview())
                .isEqualTo("Last approved 01/12/2023 (version 1.0, approved by Mark Phillips, minute FGB 23/12 item 5)");
    }

    private static GovernorsPack.ReviewRow row(GovernorsPack pack, String policy) {
        return pack.reviewSchedule().stream().filter(r -> r.policy().equals(policy)).findFirst().orElseThrow();
    }

    /** The schedule's text from the policy's title to the next policy's title. */
    private static String line(String schedule, GovernorsPack pack, String policy) {
        List<String> titles = pack.reviewSchedule().stream().map(GovernorsPack.ReviewRow::policy).toList();
        int i = titles.indexOf(policy);
        int from = schedule.indexOf(policy);
        assertThat(from).as(policy).isGreaterThanOrEqualTo(0);
        int to = i + 1 < titles.size() ? schedule.indexOf(titles.get(i + 1), from) : schedule.length();
        return schedule.substring(from, to < 0 ? schedule.length() : to);
    }
}
