package uk.schoolcompliance.tracker.io.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The cover details of real and generated policy documents, in every form the issue lists. */
class CoverDetailsExtractorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Path EXAMPLES = Path.of("sample-data/documents");

    static void assertTheSocialMediaPolicy(CoverDetails c) {
        assertThat(c.title()).isEqualTo("Social Media Policy");
        assertThat(c.approvedBy()).isEqualTo("Mark Phillips");
        assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(c.lastReviewed()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(c.nextReviewDue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("review dates contradict")
                .contains("30/09/2026").contains("01/09/2026"));
    }

    @Test
    void theExampleTextWithLabelsAndValuesRunTogether() throws Exception {
        String text = Files.readString(Path.of("/work/shared/examples/social-media-policy.txt").toFile().exists()
                ? Path.of("/work/shared/examples/social-media-policy.txt") : Path.of("src/test/resources/social-media-policy.txt"));
        assertThat(text).contains("Approved by:Mark PhillipsDate:");
        CoverDetails c = CoverDetailsExtractor.extract(text, "social-media-policy.txt", TODAY);
        assertTheSocialMediaPolicy(c);
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("already passed"));
        assertThat(c.version()).isNull();
    }

    @Test
    void theExampleDocxWithItsCoverInTableCells() throws Exception {
        byte[] bytes = Files.readAllBytes(EXAMPLES.resolve("social-media-policy.docx"));
        String text = PolicyDocumentReader.text("social-media-policy.docx", bytes);
        assertThat(text).contains("Approved by:\tMark Phillips\tDate:\tDecember 2023");
        assertTheSocialMediaPolicy(CoverDetailsExtractor.extract(text, "social-media-policy.docx", TODAY));
    }

    @Test
    void aGeneratedPdfReadsTheSame() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Social Media Policy"));
        PdfPTable table = new PdfPTable(4);
        for (String cell : new String[] {"Approved by:", "Mark Phillips", "Date:", "December 2023",
                "Last reviewed on:", "September 2026", "Next review due by:", "September 2026"}) {
            table.addCell(cell);
        }
        doc.add(table);
        doc.add(new Paragraph("1.1 The purpose of this document is to provide guidance to schools."));
        doc.close();
        String text = PolicyDocumentReader.text("policy.pdf", out.toByteArray());
        assertTheSocialMediaPolicy(CoverDetailsExtractor.extract(text, "policy.pdf", TODAY));
    }

    @Test
    void aDocxWrittenWithPoiWithLabelsInTheirOwnCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("Data Protection Policy");
            XWPFTable t = d.createTable(3, 2);
            t.getRow(0).getCell(0).setText("Version");
            t.getRow(0).getCell(1).setText("3.1");
            t.getRow(1).getCell(0).setText("Ratified by governors on");
            t.getRow(1).getCell(1).setText("1st September 2025");
            t.getRow(2).getCell(0).setText("Review date");
            t.getRow(2).getCell(1).setText("Autumn 2027");
            d.write(out);
        }
        String text = PolicyDocumentReader.text("dp.docx", out.toByteArray());
        CoverDetails c = CoverDetailsExtractor.extract(text, "dp.docx", TODAY);
        assertThat(c.title()).isEqualTo("Data Protection Policy");
        assertThat(c.version()).isEqualTo("3.1");
        assertThat(c.approvedBy()).isEqualTo("Governors");
        assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(c.nextReviewDue()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void linesWithLabelsAndTheOtherWordings() {
        String text = """
                # Health and Safety Policy

                Approved by: Full Governing Body
                Date approved: 01/09/2025
                Last reviewed: Sept 2025
                Next review due: Summer 1 2026

                1. Introduction ... the review date of each risk assessment is recorded.
                """;
        CoverDetails c = CoverDetailsExtractor.extract(text, "hs.md", LocalDate.of(2025, 10, 1));
        assertThat(c.title()).isEqualTo("Health and Safety Policy");
        assertThat(c.approvedBy()).isEqualTo("Full Governing Body");
        assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(c.lastReviewed()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(c.nextReviewDue()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void noApprovalIsAWarningAndTheFileNameIsTheLastResortTitle() {
        CoverDetails c = CoverDetailsExtractor.extract("\n\nReview date: 01/09/2024\n", "first-aid_policy.txt", TODAY);
        assertThat(c.title()).isEqualTo("First aid policy");
        assertThat(c.approvedBy()).isNull();
        assertThat(c.approvedOn()).isNull();
        assertThat(c.nextReviewDue()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).startsWith("No approval found"))
                .anySatisfy(w -> assertThat(w).contains("01/09/2024 has already passed"));
    }

    @Test
    void glueingOnlyCountsForCapitalisedLabels() {
        // "update:" must not be read as a "Date:" label
        CoverDetails c = CoverDetailsExtractor.extract("Policy X\nLatest update: none\nApproved by: Head\n", "x.txt", TODAY);
        assertThat(c.approvedOn()).isNull();
        assertThat(c.approvedBy()).isEqualTo("Head");
    }
}
