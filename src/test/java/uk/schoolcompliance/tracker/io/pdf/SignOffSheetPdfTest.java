package uk.schoolcompliance.tracker.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;

/** The sign-off sheet read back with PDFBox lists exactly the in-scope staff who have not signed. */
class SignOffSheetPdfTest {

    @TempDir
    Path dir;

    private static final Pattern ROW = Pattern.compile("^(\\d+) (.+?) (Teacher|Teaching assistant|Support staff|"
            + "Senior leadership|Governor|Volunteer|Supply / agency|Contractor)$");

    @Test
    void listsExactlyTheUnsignedInScopeStaffOnNumberedPagesWithRepeatedHeaders() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        // Child Protection: "Everyone", so the sheet runs over a page
        Policy policy = s.repositories().policies().findByTitle("Child Protection and Safeguarding Policy").orElseThrow();
        var calc = s.compliance().calculator(TestDemo.AS_OF);
        List<Obligation> obligations = calc.obligations(policy);
        PolicyVersion required = obligations.get(0).requiredVersion();
        List<String> expected = obligations.stream()
                .filter(o -> o.status() == ObligationStatus.DUE || o.status() == ObligationStatus.OVERDUE)
                .sorted(java.util.Comparator.comparing((Obligation o) -> o.staff().familyName())
                        .thenComparing(o -> o.staff().givenName()))
                .map(o -> o.staff().fullName()).toList();
        long absent = obligations.stream().filter(o -> o.status() == ObligationStatus.ABSENT).count();
        assertThat(expected).isNotEmpty();

        Path pdf = dir.resolve("sheet.pdf");
        s.acknowledgementService().writeSignOffSheet(required.id(), TestDemo.AS_OF, TestDemo.AS_OF, pdf);

        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            List<String> names = new ArrayList<>();
            for (String line : text.split("\\R")) {
                Matcher m = ROW.matcher(line.trim());
                if (m.matches()) {
                    names.add(m.group(2));
                }
            }
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(text).contains("Oakfield Primary School").contains("Policy sign-off sheet")
                    .contains("Child Protection and Safeguarding Policy").contains("Version " + required.label())
                    .contains("Meeting date: 24/11/2026")
                    .contains(expected.size() + " people in scope have not yet signed.");
            if (absent > 0) {
                assertThat(text).contains("on long-term absence");
            }
            int pages = doc.getNumberOfPages();
            PDFTextStripper perPage = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                perPage.setStartPage(p);
                perPage.setEndPage(p);
                String page = perPage.getText(doc);
                assertThat(page).contains("Page " + p + " of " + pages);
                assertThat(page).as("table header on page " + p).contains("# Name Category Signature Date");
            }
        }
    }

    @Test
    void aLongSheetRunsOverPagesWithTheHeaderRepeatedAndTheRightPageCount() throws Exception {
        List<SignOffSheetPdf.Person> people = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            people.add(new SignOffSheetPdf.Person("Person" + i + " Family" + i, "Teacher", "Class teacher"));
        }
        Path pdf = dir.resolve("long.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            SignOffSheetPdf.write(new SignOffSheetPdf.Sheet("Test School", "Long Policy", "LP-1", "1.0",
                    java.time.LocalDate.of(2026, 9, 1), null, people, 2, 0), out);
        }
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            List<String> names = new ArrayList<>();
            PDFTextStripper perPage = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                perPage.setStartPage(p);
                perPage.setEndPage(p);
                String page = perPage.getText(doc);
                assertThat(page).contains("Page " + p + " of " + pages).contains("# Name Category Signature Date");
                for (String line : page.split("\\R")) {
                    Matcher m = ROW.matcher(line.trim());
                    if (m.matches()) {
                        names.add(m.group(2));
                    }
                }
            }
            assertThat(names).containsExactlyElementsOf(people.stream().map(SignOffSheetPdf.Person::name).toList());
            assertThat(new PDFTextStripper().getText(doc)).contains("2 people on long-term absence are not listed")
                    .contains("Meeting date: ____");
        }
    }

    @Test
    void afterEveryoneSignsTheSheetIsEmpty() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Policy policy = s.repositories().policies().findByTitle("Anti-Bullying Policy").orElseThrow();
        PolicyVersion v = s.repositories().versions().findByPolicy(policy.id()).get(0);
        var unsigned = s.acknowledgementService().unsigned(v.id(), TestDemo.AS_OF);
        s.acknowledgementService().recordSession(v.id(), TestDemo.AS_OF, uk.schoolcompliance.tracker.domain.AckMethod.PAPER,
                null, unsigned.stream().filter(c -> !c.absent()).map(c -> c.staff().id()).toList());
        SignOffSheetPdf.Sheet sheet = s.acknowledgementService().signOffSheet(v.id(), TestDemo.AS_OF, null);
        assertThat(sheet.people()).isEmpty();
    }
}
