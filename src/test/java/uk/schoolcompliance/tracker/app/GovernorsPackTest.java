package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;

/**
 * Builds the governors' pack from the demo school, reads the PDF back with PDFBox and the workbook
 * with POI, and checks every figure against the calculator, {@code summary --json} and the
 * {@code reviews --json} fields.
 */
class GovernorsPackTest {

    @TempDir
    static Path dir;
    static Path db;
    static TrackerServices services;
    static Summary summary;
    static List<ReviewStanding> standings;
    static int gapCount;
    static GovernorsPack pack;
    static Path pdf;
    static Path xlsx;
    static String pdfText;
    static List<String> pdfPages;

    @BeforeAll
    static void build() throws IOException {
        db = TestDemo.copy(dir);
        services = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        ComplianceCalculator calc = services.compliance().calculator(TestDemo.AS_OF);
        summary = calc.summary();
        standings = calc.reviewStandings();
        gapCount = calc.gaps().size();
        pack = services.governorsPack().build(TestDemo.AS_OF, null, false);
        pdf = dir.resolve("pack.pdf");
        xlsx = dir.resolve("pack.xlsx");
        services.governorsPack().writePdf(pack, pdf);
        services.governorsPack().writeXlsx(pack, xlsx);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pdfPages = new ArrayList<>();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(i);
                s.setEndPage(i);
                pdfPages.add(s.getText(d));
            }
            pdfText = String.join("\n", pdfPages);
        }
    }

    static JsonNode summaryJson() {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"summary", "--db", db.toString(), "--as-of", TestDemo.AS_OF.toString(), "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()), TestDemo.CLOCK);
        assertThat(code).isZero();
        return JsonMapper.builder().build().readTree(out.toString());
    }

    /** The rows {@code reviews --json} prints (issue 4's contract), from the same review standings. */
    static List<Map<String, Object>> reviewsJson() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReviewStanding s : standings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("policy", s.policy().title());
            m.put("statutory", s.policy().statutory());
            m.put("owner", s.policy().owner());
            m.put("approvingBody", s.policy().approvingBody());
            m.put("lastReviewed", Dates.iso(s.lastReviewed()));
            m.put("frequencyMonths", s.policy().reviewMonths());
            m.put("nextDue", Dates.iso(s.nextDue()));
            m.put("status", s.status().code());
            out.add(m);
        }
        return out;
    }

    // ------------------------------------------------------------------ the model

    @Test
    void theModelCarriesTheCalculatorsFigures() {
        assertThat(pack.summary()).isEqualTo(summary);
        assertThat(pack.term()).isEqualTo(Term.parse("Autumn 2026"));
        assertThat(pack.preparedBy()).isEqualTo("Test Operator");
        assertThat(pack.reviewSchedule()).hasSameSizeAs(standings);
        assertThat(pack.outstanding()).hasSize(gapCount);
        assertThat(pack.acknowledgements().rows().stream().mapToLong(r -> java.util.Arrays.stream(r.cells())
                .filter(c -> c != null && c.status() == uk.schoolcompliance.tracker.domain.ObligationStatus.SATISFIED).count()).sum())
                .isEqualTo(summary.ackDone());
        assertThat(GovernorsPack.TallyRow.total(pack.byPolicy()).inScope()).isEqualTo(summary.ackRequired());
        assertThat(GovernorsPack.TallyRow.total(pack.byCategory()).overdue()).isEqualTo(summary.ackOverdue());
        // Autumn 2026 in the demo: two versions approved and two reviews completed up to 24/11/2026 (the behaviour
        // policy's, and the social media policy's as its cover records it: "Last reviewed on: September 2026")
        assertThat(pack.approvalsThisTerm()).isEqualTo(2);
        assertThat(pack.reviewsCompletedThisTerm()).isEqualTo(2);
        assertThat(pack.thisTerm()).allSatisfy(e -> {
            assertThat(pack.term().contains(e.date())).isTrue();
            assertThat(e.date()).isBeforeOrEqualTo(TestDemo.AS_OF);
        });
    }

    @Test
    void anEarlierTermListsItsOwnApprovalsOnly() {
        GovernorsPack summer = services.governorsPack().build(TestDemo.AS_OF, Term.parse("Summer 2026"), false);
        assertThat(summer.summary()).isEqualTo(summary);
        assertThat(summer.thisTerm()).allSatisfy(e -> assertThat(Term.parse("Summer 2026").contains(e.date())).isTrue());
        assertThat(summer.thisTerm()).isNotEqualTo(pack.thisTerm());
    }

    // ------------------------------------------------------------------ PDF

    @Test
    void thePdfSummaryPageShowsTheSummaryJsonFigures() {
        JsonNode j = summaryJson();
        String page = pdfPages.stream().filter(p -> p.contains("Summary") && p.contains("What it counts")).findFirst()
                .orElseThrow();
        assertThat(page).contains("Staff in post " + j.get("staffInPost").asInt());
        assertThat(page).contains("Active policies " + j.get("policiesActive").asInt());
        JsonNode ack = j.get("acknowledgements");
        assertThat(page).contains("Acknowledgements completed " + ack.get("percent").asDouble() + " %");
        assertThat(page).contains(ack.get("done").asInt() + " of " + ack.get("required").asInt() + " required");
        assertThat(page).contains("Acknowledgements outstanding " + ack.get("outstanding").asInt());
        assertThat(page).contains("Acknowledgements overdue " + ack.get("overdue").asInt());
        assertThat(page).contains("Policy reviews overdue " + j.get("reviews").get("overdue").asInt());
        assertThat(page).contains("Policy reviews due soon " + j.get("reviews").get("dueSoon").asInt());
        assertThat(page).contains("Inductions in progress " + j.get("induction").get("inProgress").asInt());
        assertThat(page).contains("Induction items overdue " + j.get("induction").get("overdueItems").asInt());
        assertThat(page).contains("Data-quality warnings " + summary.dataWarnings());
        assertThat(page).contains("On long-term absence " + ack.get("absent").asInt() + " \u2014 Not chased");
        // (a line may break after the hyphen of "long-term")
        assertThat(page.replaceAll("-\\s+", "-").replaceAll("\\s+", " ")).contains(ack.get("outstanding").asInt() + " outstanding, of which "
                + ack.get("overdue").asInt() + " are overdue; plus " + ack.get("absent").asInt()
                + " on long-term absence, not chased.");
        // red / amber / green is written in words as well as coloured
        assertThat(page).contains("Action needed").contains("Keep an eye");
    }

    @Test
    void thePdfReviewScheduleEqualsTheReviewsJson() {
        int start = pdfText.indexOf("soonest due first");
        String schedule = pdfText.substring(start, pdfText.indexOf("The share of required acknowledgements", start));
        String flat = schedule.replaceAll("\\s+", " ");
        int at = 0;
        for (Map<String, Object> r : reviewsJson()) {
            String title = (String) r.get("policy");
            int found = flat.indexOf(title, at);
            assertThat(found).as("%s listed in order", title).isGreaterThanOrEqualTo(0);
            at = found;
            if (r.get("nextDue") != null) {
                assertThat(flat).contains(Dates.forPeople(LocalDate.parse((String) r.get("nextDue"))));
            }
        }
        long overdue = reviewsJson().stream().filter(r -> r.get("status").equals("overdue")).count();
        assertThat(overdue).isEqualTo(summary.reviewsOverdue());
        assertThat(countOf(flat, " Overdue")).isEqualTo((int) overdue);
        assertThat(countOf(flat, " Due soon")).isEqualTo(summary.reviewsDueSoon());
        // the table header is repeated on the schedule's second page
        List<String> schedulePages = pdfPages.stream().filter(p -> p.contains("Approving body")).toList();
        assertThat(schedulePages).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void thePdfHasPageNumbersAndNoNamesByDefault() {
        int n = pdfPages.size();
        assertThat(pdfPages.get(0)).contains("Page 1 of " + n);
        assertThat(pdfPages.get(n - 1)).contains("Page " + n + " of " + n);
        for (StaffMember s : services.repositories().staff().findAll()) {
            // policy owners are named as the contact for the policy; nobody is named against a figure
            boolean owner = services.repositories().policies().findAll().stream().anyMatch(p -> p.owner() != null
                    && p.owner().contains(s.fullName()));
            assertThat(pdfText).as("no names without --names").doesNotContain(s.sortName());
            if (!owner) {
                assertThat(pdfText).as("no names without --names").doesNotContain(s.fullName());
            }
        }
        assertThat(pdfText).contains("Acknowledgements by policy").contains("Acknowledgements by staff category")
                .contains("Inductions").contains("Data quality").contains("Person 00");
    }

    @Test
    void thePdfChartsAreVectorNotImages() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (var page : d.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    assertThat(resources.isImageXObject(name)).as("no bitmap in the pack").isFalse();
                }
            }
        }
    }

    // ------------------------------------------------------------------ XLSX

    @Test
    void theWorkbookSummaryEqualsTheSummaryJson() throws IOException {
        JsonNode j = summaryJson();
        try (XSSFWorkbook wb = open(xlsx)) {
            assertThat(sheetNames(wb)).containsExactly(GovernorsPackXlsx.SUMMARY, GovernorsPackXlsx.SCHEDULE,
                    GovernorsPackXlsx.ACKNOWLEDGEMENTS, GovernorsPackXlsx.OUTSTANDING, GovernorsPackXlsx.ON_ABSENCE,
                    GovernorsPackXlsx.INDUCTION, GovernorsPackXlsx.DATA_QUALITY);
            Map<String, Double> values = new LinkedHashMap<>();
            XSSFSheet s = wb.getSheet(GovernorsPackXlsx.SUMMARY);
            for (Row r : s) {
                if (r.getRowNum() > 0 && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.NUMERIC
                        && !DateUtil.isCellDateFormatted(r.getCell(1))) {
                    values.put(r.getCell(0).getStringCellValue(), r.getCell(1).getNumericCellValue());
                }
            }
            assertThat(values.get("Staff in post")).isEqualTo(j.get("staffInPost").asDouble());
            assertThat(values.get("Active policies")).isEqualTo(j.get("policiesActive").asDouble());
            assertThat(values.get("Acknowledgements completed")).isEqualTo(j.get("acknowledgements").get("percent").asDouble());
            assertThat(values.get("Acknowledgements outstanding")).isEqualTo(j.get("acknowledgements").get("outstanding").asDouble());
            assertThat(values.get("Acknowledgements overdue")).isEqualTo(j.get("acknowledgements").get("overdue").asDouble());
            assertThat(values.get("Policy reviews overdue")).isEqualTo(j.get("reviews").get("overdue").asDouble());
            assertThat(values.get("Policy reviews due soon")).isEqualTo(j.get("reviews").get("dueSoon").asDouble());
            assertThat(values.get("Inductions in progress")).isEqualTo(j.get("induction").get("inProgress").asDouble());
            assertThat(values.get("Induction items overdue")).isEqualTo(j.get("induction").get("overdueItems").asDouble());
            assertThat(values.get("On long-term absence")).isEqualTo(j.get("acknowledgements").get("absent").asDouble());
            assertThat(values.get("Data-quality warnings")).isEqualTo(j.get("dataWarnings").asDouble());
            // the as-of date is a real date cell
            Row asOf = findRow(s, "Figures as of");
            assertThat(DateUtil.isCellDateFormatted(asOf.getCell(1))).isTrue();
            assertThat(asOf.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TestDemo.AS_OF);
            assertThat(asOf.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void theWorkbookReviewScheduleEqualsTheReviewsJson() throws IOException {
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet s = wb.getSheet(GovernorsPackXlsx.SCHEDULE);
            List<Map<String, Object>> expected = reviewsJson();
            assertThat(s.getLastRowNum()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Row r = s.getRow(i + 1);
                Map<String, Object> e = expected.get(i);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(e.get("policy"));
                assertThat(r.getCell(1).getStringCellValue()).isEqualTo((Boolean) e.get("statutory") ? "Yes" : "No");
                assertThat(text(r.getCell(2))).isEqualTo(e.get("owner") == null ? "" : e.get("owner"));
                assertThat(text(r.getCell(3))).isEqualTo(e.get("approvingBody") == null ? "" : e.get("approvingBody"));
                assertThat(dateIso(r.getCell(4))).isEqualTo(e.get("lastReviewed"));
                if (e.get("frequencyMonths") != null) {
                    assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(((Integer) e.get("frequencyMonths")).doubleValue());
                }
                assertThat(dateIso(r.getCell(6))).isEqualTo(e.get("nextDue"));
                assertThat(r.getCell(7).getStringCellValue().toLowerCase().replace(' ', '-')).isEqualTo(e.get("status"));
            }
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:K");
            assertThat(s.getSheetConditionalFormatting().getNumConditionalFormattings()).isPositive();
            assertThat(s.getColumnWidth(0)).isGreaterThan(20 * 256);
            // printed A4 landscape with the header row on every page
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getRepeatingRows()).isEqualTo(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        }
    }

    @Test
    void theWorkbookGridAndOutstandingAgreeWithTheFigures() throws IOException {
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet grid = wb.getSheet(GovernorsPackXlsx.ACKNOWLEDGEMENTS);
            Row header = grid.getRow(0);
            int first = 5; // Person, Category, Done, Outstanding, Overdue (no job title without names)
            assertThat(header.getCell(first - 1).getStringCellValue()).isEqualTo("Overdue");
            assertThat(header.getLastCellNum() - first).isEqualTo(pack.byPolicy().size());
            int dates = 0;
            int overdue = 0;
            int outstanding = 0;
            for (Row r : grid) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                for (int c = first; c < header.getLastCellNum(); c++) {
                    Cell cell = r.getCell(c);
                    if (cell == null) {
                        continue;
                    }
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
                        dates++;
                    } else if (cell.getStringCellValue().equals(GovernorsPackXlsx.OVERDUE)) {
                        overdue++;
                        outstanding++;
                    } else if (cell.getStringCellValue().equals(GovernorsPackXlsx.DUE)) {
                        outstanding++;
                    }
                }
            }
            assertThat(dates).isEqualTo(summary.ackDone());
            assertThat(outstanding).isEqualTo(summary.ackOutstanding());
            assertThat(overdue).isEqualTo(summary.ackOverdue());
            XSSFSheet gaps = wb.getSheet(GovernorsPackXlsx.OUTSTANDING);
            long overdueRows = 0;
            for (Row r : gaps) {
                if (r.getRowNum() > 0 && r.getCell(5).getStringCellValue().equals(GovernorsPackXlsx.OVERDUE)) {
                    overdueRows++;
                }
            }
            assertThat(overdueRows).isEqualTo(summary.ackOverdue());
            XSSFSheet induction = wb.getSheet(GovernorsPackXlsx.INDUCTION);
            long inProgress = 0;
            for (Row r : induction) {
                if (r.getRowNum() > 0 && !r.getCell(8).getStringCellValue().equals("Complete")) {
                    inProgress++;
                }
            }
            assertThat(inProgress).isEqualTo(summary.inductionInProgress());
            for (StaffMember s : services.repositories().staff().findAll()) {
                assertThat(allText(wb)).doesNotContain(s.sortName());
            }
        }
    }

    @Test
    void thePdfListsEveryDataWarningWithTheSocialMediaPolicysDates() {
        List<uk.schoolcompliance.tracker.domain.DataWarning> warnings = services.compliance().calculator(TestDemo.AS_OF)
                .dataWarnings();
        assertThat(pack.warnings()).isEqualTo(warnings);
        int start = pdfText.lastIndexOf("Data quality");
        assertThat(start).isPositive();
        String section = pdfText.substring(start).replaceAll("\\s+", " ");
        assertThat(section).contains(warnings.size() + " records to correct");
        assertThat(section).contains("Review dates Social Media Policy next review due 30/09/2026 is in the same month as "
                + "the last review 01/09/2026");
        for (var w : warnings) {
            assertThat(section).contains(w.subject()).contains(w.message());
        }
        // the schedule marks it too
        assertThat(pdfText.replaceAll("\\s+", " ")).contains("Overdue (date error)");
    }

    @Test
    void theWorkbookListsTheOutstandingTheAbsentApartAndTheDataWarnings() throws IOException {
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet outstanding = wb.getSheet(GovernorsPackXlsx.OUTSTANDING);
            assertThat(outstanding.getLastRowNum()).as("one row per outstanding acknowledgement, as the summary counts")
                    .isEqualTo(summary.ackOutstanding());
            for (Row r : outstanding) {
                if (r.getRowNum() > 0) {
                    assertThat(r.getCell(5).getStringCellValue()).isIn(GovernorsPackXlsx.DUE, GovernorsPackXlsx.OVERDUE);
                }
            }
            XSSFSheet absent = wb.getSheet(GovernorsPackXlsx.ON_ABSENCE);
            assertThat(summary.ackAbsent()).isPositive();
            assertThat(absent.getLastRowNum()).isEqualTo(summary.ackAbsent());
            assertThat(absent.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Status");
            for (Row r : absent) {
                if (r.getRowNum() > 0) {
                    assertThat(r.getCell(4).getStringCellValue()).isEqualTo("On long-term absence, not chased");
                    assertThat(r.getCell(1).getStringCellValue()).startsWith("Person ");
                }
            }
            assertThat(absent.getPaneInformation().isFreezePane()).isTrue();
            XSSFSheet quality = wb.getSheet(GovernorsPackXlsx.DATA_QUALITY);
            assertThat(quality.getLastRowNum()).isEqualTo(summary.dataWarnings()).isEqualTo(pack.warnings().size());
            Row social = findRow(quality, "Review dates");
            assertThat(social.getCell(1).getStringCellValue()).isEqualTo("Social Media Policy");
            assertThat(social.getCell(2).getStringCellValue())
                    .isEqualTo("next review due 30/09/2026 is in the same month as the last review 01/09/2026");
            assertThat(findRow(quality, "No email").getCell(1).getStringCellValue()).isEqualTo("Staff in post");
            Row flagged = findRow(wb.getSheet(GovernorsPackXlsx.SCHEDULE), "Social Media Policy");
            assertThat(flagged.getCell(8).getStringCellValue()).isEqualTo("Yes");
        }
    }

    @Test
    void withNamesFormulaLikeTextStaysText(@TempDir Path own) throws IOException {
        TrackerServices svc = TestDemo.open(own);
        StaffMember risky = svc.repositories().staff().insert(new StaffMember(0, svc.repositories().settings().schoolId().orElseThrow(), "@Sam",
                "=HYPERLINK(\"http://x\")", null, null, StaffCategory.TEACHER, "-Teacher", LocalDate.of(2020, 1, 1),
                null, null, null));
        Policy evil = svc.repositories().policies().insert(new Policy(0, null, "+Evil policy", "EV1", "HR", false, "=owner", "@body",
                12, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        svc.repositories().versions().insert(new PolicyVersion(0, evil.id(), "1.0", null, null, null, "Head", LocalDate.of(2026, 1, 10),
                null, LocalDate.of(2026, 1, 10), null, true), null);
        GovernorsPack named = svc.governorsPack().build(TestDemo.AS_OF, null, true);
        Path file = own.resolve("named.xlsx");
        svc.governorsPack().writeXlsx(named, file);
        Path namedPdf = own.resolve("named.pdf");
        svc.governorsPack().writePdf(named, namedPdf);
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet grid = wb.getSheet(GovernorsPackXlsx.ACKNOWLEDGEMENTS);
            Row row = findRow(grid, risky.sortName());
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("-Teacher");
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            Row header = grid.getRow(0);
            boolean found = false;
            for (Cell c : header) {
                if (c.getStringCellValue().equals("+Evil policy")) {
                    found = true;
                    assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            assertThat(found).isTrue();
            Row schedule = findRow(wb.getSheet(GovernorsPackXlsx.SCHEDULE), "+Evil policy");
            assertThat(schedule.getCell(2).getStringCellValue()).isEqualTo("=owner");
            assertThat(schedule.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(schedule.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            for (Row r : grid) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        try (PDDocument d = Loader.loadPDF(namedPdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("+Evil policy").contains("Included: this pack is personal data");
        }
    }

    @Test
    void aMissingFolderIsAClearErrorAndNothingIsLeftBehind() {
        Path nowhere = dir.resolve("no-such-folder").resolve("pack.pdf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.governorsPack().writePdf(pack, nowhere))
                .isInstanceOf(UserException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(nowhere)).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    static Row findRow(org.apache.poi.ss.usermodel.Sheet s, String first) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row starting " + first + " in " + s.getSheetName());
    }

    static String text(Cell c) {
        return c == null ? "" : c.getStringCellValue();
    }

    static String dateIso(Cell c) {
        if (c == null) {
            return null;
        }
        assertThat(DateUtil.isCellDateFormatted(c)).isTrue();
        return c.getLocalDateTimeCellValue().toLocalDate().toString();
    }

    static String allText(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        for (var s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        sb.append(c.getStringCellValue()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    static int countOf(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

}
