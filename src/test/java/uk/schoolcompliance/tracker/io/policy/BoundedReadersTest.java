package uk.schoolcompliance.tracker.io.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.io.ReadBudget;
import uk.schoolcompliance.tracker.io.ReadLimits;
import uk.schoolcompliance.tracker.io.RefusedFileException;

/**
 * The streaming readers give what POI's usermodel gave the readers they replace (the reference implementations
 * below are those readers, as they were), stop where the limits say, and turn every failure into one line.
 */
class BoundedReadersTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // ------------------------------------------------------------------ DOCX: the same text as XWPFDocument

    /** The DOCX reader this replaced: XWPFDocument's paragraphs and tables, the whole document in memory. */
    static String xwpfText(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        boolean first = true;
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (!first) {
                                sb.append('\t');
                            }
                            first = false;
                            sb.append(cell.getText().replaceAll("\\s*\\R\\s*", " ").strip());
                        }
                        sb.append('\n');
                    }
                }
            }
            return sb.toString();
        }
    }

    private static String streamed(byte[] docx) throws IOException {
        return DocxText.read("t.docx", docx, ReadBudget.start("t.docx"), Integer.MAX_VALUE);
    }

    @Test
    void theExampleDocxReadsAsXwpfReadIt() throws Exception {
        Path shared = Path.of("/work/shared/examples/social-media-policy.docx");
        byte[] bytes = Files.readAllBytes(Files.exists(shared) ? shared
                : Path.of("sample-data/documents/social-media-policy.docx"));
        assertThat(streamed(bytes)).isEqualTo(xwpfText(bytes)).contains("Approved by:\tMark Phillips");
    }

    @Test
    void aDocxWrittenWithPoiReadsAsXwpfReadIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            XWPFParagraph title = d.createParagraph();
            XWPFRun r = title.createRun();
            r.setText("Safeguarding ");
            r = title.createRun();
            r.setText("and Child Protection Policy");
            r.addTab();
            r.setText("v3");
            XWPFParagraph lines = d.createParagraph();
            XWPFRun l = lines.createRun();
            l.setText("Approved by:");
            l.addBreak();
            l.setText("Full governing body");
            l.addCarriageReturn();
            l.setText("end");
            XWPFRun caps = d.createParagraph().createRun();
            caps.setCapitalized(true);
            caps.setText("Capitals when shown");
            XWPFRun small = d.createParagraph().createRun();
            small.setSmallCaps(true);
            small.setText("Small capitals");
            XWPFParagraph link = d.createParagraph();
            link.createRun().setText("See ");
            link.createHyperlinkRun("https://www.gov.uk/keeping-children-safe").setText("KCSIE");
            d.createParagraph(); // empty
            XWPFTable t = d.createTable(3, 3);
            t.getRow(0).getCell(0).setText("Approved by:");
            t.getRow(0).getCell(1).setText("Mark Phillips");
            t.getRow(1).getCell(0).setText("Date:");
            t.getRow(1).getCell(1).addParagraph().createRun().setText("December 2023");
            t.getRow(1).getCell(1).addParagraph().createRun().setText("  (minute 7)  ");
            XWPFTable nested = t.getRow(2).getCell(2).insertNewTbl(
                    t.getRow(2).getCell(2).getParagraphArray(0).getCTP().newCursor());
            nested.createRow().createCell().setText("nested");
            d.createParagraph().createRun().setText("After the table");
            d.write(out);
        }
        byte[] bytes = out.toByteArray();
        assertThat(streamed(bytes)).isEqualTo(xwpfText(bytes)).contains("CAPITALS WHEN SHOWN")
                .contains("Approved by:\nFull governing body").contains("See KCSIE");
    }

    @Test
    void aDocxOfTheXmlWordWritesReadsAsXwpfReadIt() throws Exception {
        String body = p("<w:r><w:t>Title</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t xml:space=\"preserve\"> Policy</w:t></w:r>")
                + p("<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>inserted </w:t></w:r></w:ins>"
                        + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>deleted </w:delText></w:r></w:del>"
                        + "<w:r><w:t>kept</w:t></w:r>")
                + p("<w:smartTag w:uri=\"u\" w:element=\"date\"><w:smartTag w:uri=\"u\" w:element=\"x\"><w:r><w:t>1 Sept 2025</w:t>"
                        + "</w:r></w:smartTag></w:smartTag><w:fldSimple w:instr=\"DATE\"><w:r><w:t>24/11/2026</w:t></w:r></w:fldSimple>")
                + p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
                + p("<w:sdt><w:sdtPr><w:alias w:val=\"Owner\"/></w:sdtPr><w:sdtContent><w:r><w:t>Head teacher</w:t></w:r>"
                        + "</w:sdtContent></w:sdt><w:r><w:noBreakHyphen/><w:t>x</w:t><w:ptab w:relativeTo=\"margin\" "
                        + "w:alignment=\"right\" w:leader=\"none\"/><w:t>y</w:t></w:r>")
                + p("<w:r><w:rPr><w:caps w:val=\"false\"/></w:rPr><w:t>not capitals</w:t></w:r>"
                        + "<w:r><w:rPr><w:caps w:val=\"0\"/></w:rPr><w:t>nor these</w:t></w:r>")
                + "<w:sdt><w:sdtContent>" + p("<w:r><w:t>cover page control</w:t></w:r>") + "</w:sdtContent></w:sdt>"
                + p("<w:r><w:t>Before box</w:t><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>"
                        + "<w:txbxContent>" + p("<w:r><w:t>Approved by: Governors</w:t></w:r>")
                        + p("<w:r><w:t>On 1 May 2025</w:t></w:r>") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
                + p("<w:bookmarkStart w:id=\"0\" w:name=\"b\"/><w:r><w:t>after a mark</w:t></w:r>"
                        + "<w:bookmarkEnd w:id=\"0\"/>")
                + "<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:trPr/><w:tc><w:tcPr/>" + p("<w:r><w:t>Next review</w:t></w:r>")
                + "</w:tc><w:tc>" + p("<w:r><w:t>September</w:t></w:r>") + p("<w:r><w:t>2027</w:t></w:r>")
                + "</w:tc></w:tr><w:tr><w:tc>" + p("") + "</w:tc></w:tr></w:tbl>"
                + "<w:sectPr/>";
        byte[] bytes = docx(body);
        assertThat(streamed(bytes)).isEqualTo(xwpfText(bytes)).contains("Title Policy").contains("inserted kept")
                .doesNotContain("deleted").doesNotContain("PAGE").doesNotContain("cover page control")
                .contains("Next review\tSeptember2027");
    }

    @Test
    void footnotesAreMarkedButTheirTextIsLeftOut() throws Exception {
        // XWPF appended a footnote's text to its paragraph (" [4: text] "); the cover has no use for it
        byte[] bytes = docx(p("<w:r><w:t>Approved by governors</w:t></w:r><w:r><w:footnoteReference w:id=\"4\"/></w:r>"));
        assertThat(xwpfText(bytes)).startsWith("Approved by governors[footnoteRef:4] [4: ");
        assertThat(streamed(bytes)).isEqualTo("Approved by governors[footnoteRef:4]\n");
    }

    static String p(String runs) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>" + runs + "</w:p>";
    }

    static byte[] docx(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aDocumentIsReadOnlyAsFarAsItsCover() throws Exception {
        StringBuilder body = new StringBuilder(p("<w:r><w:t>Lettings Policy</w:t></w:r>"));
        for (int i = 0; i < 5_000; i++) {
            body.append(p("<w:r><w:t>Paragraph " + i + " of the lettings policy, which goes on.</w:t></w:r>"));
        }
        String text = PolicyDocumentReader.text("lettings.docx", docx(body.toString()));
        assertThat(text).startsWith("Lettings Policy\nParagraph 0 of").hasSize(ReadLimits.COVER_CHARS)
                .doesNotContain("Paragraph 4999");
        // the same for text files, without reading past the cover's bytes
        String txt = "Lettings Policy\n" + "Zoë's paragraph, which goes on.\n".repeat(100_000);
        assertThat(PolicyDocumentReader.text("lettings.txt", txt.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(txt.substring(0, ReadLimits.COVER_CHARS));
        assertThat(PolicyDocumentReader.text("lettings.txt", txt.getBytes(Charset.forName("windows-1252"))))
                .isEqualTo(txt.substring(0, ReadLimits.COVER_CHARS));
    }

    @Test
    void aMultibyteCharacterAtTheCutIsNotTakenForWindows1252() {
        // the cover's bytes end inside a three-byte character: the text is still UTF-8
        String txt = "x".repeat(4 * ReadLimits.COVER_CHARS - 1) + "\u2013 rest";
        String read = PolicyDocumentReader.plainStart(txt.getBytes(StandardCharsets.UTF_8));
        assertThat(read).startsWith("xxx").doesNotContain("\u00e2");
    }

    // ------------------------------------------------------------------ XLSX: the same values as the usermodel

    /** The XLSX reader this replaced: the whole workbook through WorkbookFactory, each cell through DataFormatter. */
    static List<List<String>> usermodelRows(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.UK);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                cells.add("line " + (row.getRowNum() + 1));
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                        continue;
                    }
                    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                            : cell.getCellType();
                    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
                                .toString());
                    } else {
                        cells.add(formatter.formatCellValue(cell).trim());
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<List<String>> streamedRows(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (XlsxRows.SheetRow row : XlsxRows.firstSheet("t.xlsx", bytes, ReadBudget.start("t.xlsx"))) {
            int width = row.cells().stream().mapToInt(XlsxRows.Cell::column).max().orElse(-1) + 1;
            List<String> cells = new ArrayList<>();
            cells.add("line " + row.line());
            for (int c = 0; c < width; c++) {
                cells.add("");
            }
            for (XlsxRows.Cell c : row.cells()) {
                cells.set(c.column() + 1, c.text());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void aWorkbookOfEveryKindOfCellReadsAsTheUsermodelReadIt() throws Exception {
        for (boolean date1904 : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                if (date1904) {
                    var ct = wb.getCTWorkbook();
                (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
                }
                wb.createSheet("Other"); // made first, then moved: the workbook's order decides, not the part's name
                Sheet sh = wb.createSheet("Schedule");
                wb.setSheetOrder("Schedule", 0);
                CreationHelper h = wb.getCreationHelper();
                Row r0 = sh.createRow(0);
                r0.createCell(0).setCellValue("  Policy  ");
                XSSFRichTextString rich = new XSSFRichTextString("Rich text");
                rich.applyFont(0, 4, wb.createFont());
                r0.createCell(1).setCellValue(rich);
                r0.createCell(2).setCellValue("=HYPERLINK(\"http://evil.example\")");
                Row r1 = sh.createRow(1);
                double[] numbers = {12, -3, 3.14159, 1234567.891, 0.1 + 0.2, 1e12, 123456789012.0, 0.000000001, 45};
                for (int i = 0; i < numbers.length; i++) {
                    r1.createCell(i).setCellValue(numbers[i]);
                }
                String[] formats = {"0.00%", "\u00a3#,##0.00", "@", "0", "#,##0", "0.0E+00"};
                Row r2 = sh.createRow(2);
                for (int i = 0; i < formats.length; i++) {
                    CellStyle s = wb.createCellStyle();
                    s.setDataFormat(h.createDataFormat().getFormat(formats[i]));
                    Cell c = r2.createCell(i);
                    c.setCellValue(1234.5678);
                    c.setCellStyle(s);
                }
                String[] dateFormats = {"m/d/yy", "dd/mm/yyyy", "d mmmm yyyy", "dd/mm/yyyy hh:mm", "yyyy-mm-dd",
                        "[$-809]dd mmmm yyyy;@"};
                Row r3 = sh.createRow(3);
                for (int i = 0; i < dateFormats.length; i++) {
                    CellStyle s = wb.createCellStyle();
                    s.setDataFormat(h.createDataFormat().getFormat(dateFormats[i]));
                    Cell c = r3.createCell(i);
                    c.setCellValue(LocalDate.of(2025, 9, 1).atTime(10, 30));
                    c.setCellStyle(s);
                }
                CellStyle dated = wb.createCellStyle();
                dated.setDataFormat(h.createDataFormat().getFormat("dd/mm/yyyy"));
                Row r5 = sh.createRow(5); // row 5 (line 6), after a missing row
                r5.createCell(0).setCellValue(true);
                r5.createCell(1).setCellValue(false);
                r5.createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
                r5.createCell(3).setCellFormula("HYPERLINK(\"http://evil.example/x\",\"Click\")");
                Cell dateFormula = r5.createCell(4);
                dateFormula.setCellFormula("DATE(2027,3,31)");
                dateFormula.setCellStyle(dated);
                r5.createCell(5).setCellFormula("A1&\" and more\"");
                r5.createCell(6).setCellFormula("2+3");
                r5.createCell(8).setCellStyle(dated); // a blank cell with a style
                r5.createCell(10).setCellValue("far right");
                wb.getCreationHelper().createFormulaEvaluator().evaluateAllFormulaCells(wb);
                sh.createRow(7).createCell(2).setCellValue(""); // an empty string
                wb.write(out);
            }
            byte[] bytes = out.toByteArray();
            assertThat(streamedRows(bytes)).as("1904 dates: %s", date1904).isEqualTo(usermodelRows(bytes));
        }
    }

    @Test
    void aStreamedWorkbookWithInlineStringsReadsAsTheUsermodelReadIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            Sheet sh = wb.createSheet();
            for (int r = 0; r < 50; r++) {
                Row row = sh.createRow(r);
                row.createCell(0).setCellValue("Policy " + r);
                row.createCell(2).setCellValue(r * 1.5);
            }
            wb.write(out);
            wb.dispose();
        }
        byte[] bytes = out.toByteArray();
        assertThat(streamedRows(bytes)).isEqualTo(usermodelRows(bytes)).hasSize(50);
    }

    @Test
    void cellReferencesToColumns() {
        assertThat(XlsxRows.column("A1")).isZero();
        assertThat(XlsxRows.column("Z9")).isEqualTo(25);
        assertThat(XlsxRows.column("AA10")).isEqualTo(26);
        assertThat(XlsxRows.column("XFD1048576")).isEqualTo(16_383);
        assertThat(XlsxRows.column("XFE1")).isEqualTo(-1);
        assertThat(XlsxRows.column("1")).isEqualTo(-1);
        assertThat(XlsxRows.column(null)).isEqualTo(-1);
    }

    // ------------------------------------------------------------------ time and stack: one line, never a trace

    @Test
    void aReadThatRunsOutOfTimeIsRefusedNamingTheFile() throws Exception {
        byte[] docx = docx(p("<w:r><w:t>Policy</w:t></w:r>"));
        ReadBudget none = ReadBudget.of("policy.docx", Duration.ZERO);
        assertThatThrownBy(() -> PolicyDocumentReader.text("policy.docx", docx, none))
                .isInstanceOf(RefusedFileException.class)
                .hasMessage("policy.docx: the file takes longer than 0 seconds to read, far longer than a school's "
                        + "file; this looks like a damaged or malicious file");
        byte[] pdf = pdfWithText("Policy");
        assertThatThrownBy(() -> PolicyDocumentReader.text("policy.pdf", pdf, ReadBudget.of("policy.pdf", Duration.ZERO)))
                .isInstanceOf(RefusedFileException.class).hasMessageStartingWith("policy.pdf: the file takes longer");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet().createRow(0).createCell(0).setCellValue("Policy");
            wb.write(xlsx);
        }
        assertThatThrownBy(() -> XlsxRows.firstSheet("s.xlsx", xlsx.toByteArray(), ReadBudget.of("s.xlsx", Duration.ZERO)))
                .isInstanceOf(RefusedFileException.class).hasMessageStartingWith("s.xlsx: the file takes longer");
        // with time to spare, all three read
        assertThat(PolicyDocumentReader.text("policy.docx", docx)).isEqualTo("Policy\n");
        assertThat(PolicyDocumentReader.text("policy.pdf", pdf)).contains("Policy");
        assertThat(XlsxRows.firstSheet("s.xlsx", xlsx.toByteArray(), ReadBudget.start("s.xlsx"))).hasSize(1);
    }

    @Test
    void aStackOverflowInAParserIsOneRefusalNamingTheFile() throws Exception {
        // nested 190 deep (within the limit) and read on a thread with a tiny stack: PDFBox's recursion overflows
        byte[] pdf = pdf("/Annots " + "[".repeat(190) + "]".repeat(190), "BT /F1 12 Tf 72 700 Td (Deep) Tj ET");
        assertThat(PolicyDocumentReader.text("deep.pdf", pdf)).contains("Deep");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                PolicyDocumentReader.text("deep.pdf", pdf);
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small stack", 64 * 1024);
        small.start();
        small.join();
        assertThat(thrown.get()).isInstanceOf(RefusedFileException.class)
                .hasMessage("deep.pdf: the document is nested too deeply to read; no school's document is, so this "
                        + "looks like a damaged or malicious file");
    }

    @Test
    void pdfNestingIsCountedOutsideStringsCommentsAndStreams() throws Exception {
        // the page's dictionary is the first level
        PdfNesting.check("ok.pdf", pdf("/A " + "[".repeat(199) + "]".repeat(199), ""));
        assertThatThrownBy(() -> PdfNesting.check("deep.pdf", pdf("/A " + "[".repeat(200) + "]".repeat(200), "")))
                .isInstanceOf(RefusedFileException.class).hasMessage("deep.pdf: the PDF is nested more than 200 levels "
                        + "deep; no school's document is, so this looks like a damaged or malicious file");
        assertThatThrownBy(() -> PdfNesting.check("deep.pdf", pdf("/A " + "<< /B ".repeat(200) + ">> ".repeat(200), "")))
                .isInstanceOf(RefusedFileException.class);
        // brackets in strings, hex strings, comments and stream data are not structure
        PdfNesting.check("ok.pdf", pdf("/T (" + "[".repeat(1000) + ") /H <5b5b5b> %" + "[".repeat(1000) + "\n",
                "[".repeat(10_000)));
        PdfNesting.check("ok.pdf", pdf("/T (a \\) " + "[".repeat(1000) + ")", ""));
    }

    static byte[] pdfWithText(String text) throws IOException {
        return pdf("", "BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET");
    }

    /** A one-page PDF written by hand, with {@code pageExtra} in its page dictionary. */
    static byte[] pdf(String pageExtra, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        java.io.PrintStream p = new java.io.PrintStream(out, true, StandardCharsets.ISO_8859_1);
        p.print("%PDF-1.4\n");
        offsets.add(out.size());
        p.print("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.add(out.size());
        p.print("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.add(out.size());
        p.print("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> " + pageExtra + " >> endobj\n");
        offsets.add(out.size());
        p.print("4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n");
        offsets.add(out.size());
        p.print("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
        int xref = out.size();
        p.print("xref\n0 6\n0000000000 65535 f \n");
        for (int o : offsets) {
            p.printf("%010d 00000 n \n", o);
        }
        p.print("trailer << /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }
}
