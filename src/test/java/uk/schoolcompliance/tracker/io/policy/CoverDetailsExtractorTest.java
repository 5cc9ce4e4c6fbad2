package uk.schoolcompliance.tracker.io.policy;

import uk.schoolcompliance.tracker.domain.CoverDetails;
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

    /** The anti-bullying policy's cover: labels without colons in one column, values in the next. */
    static final String[][] TWO_COLUMN_COVER = {
            {"Approved by", "Full governing body"},
            {"Date approved", "12/10/2023"},
            {"Last reviewed", "01/10/2025"},
            {"Next review due", "30/09/2026"},
            {"Version", "2.1"},
    };

    static byte[] twoColumnPdf(float[] widths, com.lowagie.text.Font labelFont, com.lowagie.text.Font valueFont) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Anti-Bullying Policy"));
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(widths.length == 2 && widths[0] < widths[1] ? 70 : 100);
        for (String[] row : TWO_COLUMN_COVER) {
            table.addCell(new com.lowagie.text.Phrase(row[0], labelFont));
            table.addCell(new com.lowagie.text.Phrase(row[1], valueFont));
        }
        doc.add(table);
        doc.add(new Paragraph("1.1 The purpose of this policy is to prevent bullying, and to respond to it quickly when it happens."));
        doc.close();
        return out.toByteArray();
    }

    static void assertTheAntiBullyingPolicy(CoverDetails c) {
        assertThat(c.title()).isEqualTo("Anti-Bullying Policy");
        assertThat(c.approvedBy()).isEqualTo("Full governing body");
        assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2023, 10, 12));
        assertThat(c.lastReviewed()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(c.nextReviewDue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(c.version()).isEqualTo("2.1");
    }

    @Test
    void aPdfCoverInATwoColumnTableReadsLikeTheSameCoverInDocxAndText() throws Exception {
        ByteArrayOutputStream docxOut = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("Anti-Bullying Policy");
            XWPFTable t = d.createTable(TWO_COLUMN_COVER.length, 2);
            for (int i = 0; i < TWO_COLUMN_COVER.length; i++) {
                t.getRow(i).getCell(0).setText(TWO_COLUMN_COVER[i][0]);
                t.getRow(i).getCell(1).setText(TWO_COLUMN_COVER[i][1]);
            }
            d.createParagraph().createRun().setText("1.1 The purpose of this policy is to prevent bullying.");
            d.write(docxOut);
        }
        CoverDetails docx = CoverDetailsExtractor.extract(PolicyDocumentReader.text("ab.docx", docxOut.toByteArray()),
                "ab.docx", TODAY);
        StringBuilder txt = new StringBuilder("Anti-Bullying Policy\n\n");
        for (String[] row : TWO_COLUMN_COVER) {
            txt.append(row[0]).append(":\t").append(row[1]).append('\n');
        }
        CoverDetails text = CoverDetailsExtractor.extract(PolicyDocumentReader.text("ab.txt",
                txt.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ab.txt", TODAY);
        assertTheAntiBullyingPolicy(docx);
        assertTheAntiBullyingPolicy(text);

        com.lowagie.text.Font plain = new com.lowagie.text.Font(com.lowagie.text.Font.HELVETICA, 11);
        com.lowagie.text.Font bold = new com.lowagie.text.Font(com.lowagie.text.Font.HELVETICA, 10, com.lowagie.text.Font.BOLD);
        com.lowagie.text.Font big = new com.lowagie.text.Font(com.lowagie.text.Font.TIMES_ROMAN, 13);
        // equal columns; a narrow bold label column beside wide values; a label column just wide enough
        for (byte[] pdf : new byte[][] {twoColumnPdf(new float[] {1, 1}, plain, plain),
                twoColumnPdf(new float[] {1, 3}, bold, big), twoColumnPdf(new float[] {1.15f, 1.6f}, plain, plain)}) {
            String read = PolicyDocumentReader.text("ab.pdf", pdf);
            CoverDetails c = CoverDetailsExtractor.extract(read, "ab.pdf", TODAY);
            assertTheAntiBullyingPolicy(c);
            assertThat(c).isEqualTo(new CoverDetails(docx.title(), docx.approvedBy(), docx.approvedOn(),
                    docx.lastReviewed(), docx.nextReviewDue(), docx.version(), docx.warnings()));
            // the table's columns are separated as DOCX cells are; the prose keeps its spaces
            assertThat(read).contains("Last reviewed\t01/10/2025");
            assertThat(read).contains("1.1 The purpose of this policy is to prevent bullying, and to respond to it quickly");
        }
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
