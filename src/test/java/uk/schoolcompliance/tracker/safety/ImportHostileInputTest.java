package uk.schoolcompliance.tracker.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Hostile files for every importer, tried for real through the command line on a copy of the demo school: each is
 * refused with one clear line naming the file (and line), exit 1, and the data is exactly as before
 * ({@link RejectedInput}); the hostile files that are legitimate (formulas are text, Windows-1252, duplicate form
 * responses) are imported correctly instead. All files are generated here, in a temporary folder.
 */
class ImportHostileInputTest {

    @TempDir
    Path dir;

    static final String STAFF_HEADER = "First name,Surname,Staff ID,Work email,Staff type,Job title,Start date";
    static final String POLICY_HEADER = "Policy,Reference,Area,Statutory,Owner,Approved by,Review frequency (months),"
            + "Next review (set by hand)";
    static final String FORM_HEADER = "ID,Completion time,Email,Name,I have read the policy";
    static final String POLICY = "Anti-Bullying Policy";

    // ------------------------------------------------------------------ generic hostile files

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] garbage(int size) {
        byte[] b = new byte[size];
        new Random(7).nextBytes(b);
        return b;
    }

    private static String rows(String header, int n, java.util.function.IntFunction<String> row) {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int i = 0; i < n; i++) {
            sb.append(row.apply(i)).append('\n');
        }
        return sb.toString();
    }

    static String staffRow(int i) {
        return "Given" + i + ",Family" + i + ",H" + i + ",h" + i + "@example.org,Teacher,Teacher,01/09/2020";
    }

    private static String[] staff(Path db, Path file) {
        return new String[] {"import-staff", "--db", db.toString(), file.toString()};
    }

    private static String[] policies(Path db, Path file) {
        return new String[] {"import-policies", "--db", db.toString(), file.toString()};
    }

    private static String[] acks(Path db, Path file) {
        return new String[] {"import-acks", "--db", db.toString(), file.toString(), "--policy", POLICY};
    }

    private static String[] policy(Path db, Path file) {
        return new String[] {"import-policy", "--db", db.toString(), file.toString()};
    }

    /** {@link RejectedInput#assertRejected}, printing the message so a person can judge how clear it is. */
    private static void rejected(Path db, String mustName, String... args) {
        System.out.println("refused: " + RejectedInput.assertRejected(db, mustName, args).lines()
                .reduce((a, b) -> b).orElse(""));
    }

    private static CliRun ok(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        assertThat(code).as("exit of %s: %s %s", String.join(" ", args), out, err).isZero();
        return new CliRun(out.toString(), err.toString());
    }

    record CliRun(String out, String err) {
    }

    // ------------------------------------------------------------------ import-staff

    @Test
    void staffListHostileFilesAreRefusedNamingFileAndLine() throws Exception {
        Path db = TestDemo.copy(dir);
        rejected(db, "staff.csv", staff(db, write("staff.csv", "")));
        rejected(db, "staff.csv", staff(db, write("staff.csv", STAFF_HEADER + "\n")));
        rejected(db, "staff.csv", staff(db, write("staff.csv", garbage(64 * 1024))));
        rejected(db, "staff.csv", staff(db, write("staff.csv",
                rows(STAFF_HEADER, 2, ImportHostileInputTest::staffRow).getBytes(StandardCharsets.UTF_16LE))));
        rejected(db, "staff.csv line 2", staff(db, write("staff.csv",
                STAFF_HEADER + "\nAda,Lovelace,X1,ada@example.org,Teacher,Teacher,31/02/2025\n")));
        rejected(db, "staff.csv line 3", staff(db, write("staff.csv",
                STAFF_HEADER + "\n" + staffRow(1) + "\n" + staffRow(1) + "\n")));
        rejected(db, "staff.csv", staff(db, write("staff.csv",
                "First name,Job title\nAda,Teacher\n")));
        rejected(db, "staff.csv line 3", staff(db, write("staff.csv",
                STAFF_HEADER + "\n" + staffRow(1) + "\nAda,Lovelace,X1,ada@example.org,Teacher," + "x".repeat(1 << 20)
                        + ",01/09/2020\n")));
        long t0 = System.nanoTime();
        rejected(db, "staff.csv", staff(db, write("staff.csv",
                rows(STAFF_HEADER, 100_000, ImportHostileInputTest::staffRow))));
        System.out.printf("100,000-row staff list refused in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void staffListFormulasAreStoredAsTextAndNeutralisedOnExport() throws Exception {
        Path db = TestDemo.copy(dir);
        String formula = "=HYPERLINK(\"http://evil.example/x\",\"Click\")";
        Path csv = write("staff.csv", STAFF_HEADER + "\nAda,Lovelace,X1,ada@example.org,Teacher,\"" + formula.replace("\"", "\"\"")
                + "\",01/09/2020\n");
        ok(staff(db, csv));
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        StaffMember ada = s.repositories().staff().findAll().stream().filter(m -> "X1".equals(m.staffRef())).findFirst().orElseThrow();
        assertThat(ada.jobTitle()).as("stored verbatim").isEqualTo(formula);
        s.repositories().db().close();
        Path out = Files.createDirectories(dir.resolve("sar"));
        ok("subject-access", "--db", db.toString(), "--staff", "X1", "--out", out.toString());
        Path exported;
        try (var files = Files.list(out)) {
            exported = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        String text = Files.readString(exported);
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void staffListInWindows1252IsReadAsSuch() throws Exception {
        Path db = TestDemo.copy(dir);
        ok(staff(db, write("staff.csv", (STAFF_HEADER + "\nZoë,Brontë,X2,zoe@example.org,Teacher,Teacher,01/09/2020\n")
                .getBytes(Charset.forName("windows-1252")))));
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(s.repositories().staff().findAll()).anyMatch(m -> m.fullName().contains("Zoë") && m.fullName().contains("Brontë"));
        s.repositories().db().close();
    }

    // ------------------------------------------------------------------ import-policies (CSV and XLSX)

    static String policyRow(int i) {
        return "Policy number " + i + ",R" + i + ",Safeguarding,yes,Head,Governors,12,";
    }

    @Test
    void scheduleCsvHostileFilesAreRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        rejected(db, "schedule.csv", policies(db, write("schedule.csv", "")));
        rejected(db, "schedule.csv", policies(db, write("schedule.csv", POLICY_HEADER + "\n")));
        rejected(db, "schedule.csv", policies(db, write("schedule.csv", garbage(64 * 1024))));
        rejected(db, "schedule.csv", policies(db, write("schedule.csv",
                rows(POLICY_HEADER, 2, ImportHostileInputTest::policyRow).getBytes(StandardCharsets.UTF_16LE))));
        rejected(db, "schedule.csv line 2", policies(db, write("schedule.csv",
                POLICY_HEADER + "\nCaretaking Policy,C1,Premises,no,Head,Governors,12,31/02/2025\n")));
        rejected(db, "schedule.csv line 3", policies(db, write("schedule.csv",
                POLICY_HEADER + "\n" + policyRow(1) + "\n" + policyRow(1) + "\n")));
        rejected(db, "schedule.csv", policies(db, write("schedule.csv", "Owner,Area\nHead,HR\n")));
        rejected(db, "schedule.csv line 2", policies(db, write("schedule.csv",
                POLICY_HEADER + "\nCaretaking Policy,C1,Premises,no," + "x".repeat(1 << 20) + ",Governors,12,\n")));
        long t0 = System.nanoTime();
        rejected(db, "schedule.csv", policies(db, write("schedule.csv",
                rows(POLICY_HEADER, 100_000, ImportHostileInputTest::policyRow))));
        System.out.printf("100,000-row schedule refused in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void scheduleFormulaIsStoredAsText() throws Exception {
        Path db = TestDemo.copy(dir);
        String formula = "=HYPERLINK(\"http://evil.example/x\",\"Click\")";
        ok(policies(db, write("schedule.csv", POLICY_HEADER + "\nCaretaking Policy,C1,Premises,no,\""
                + formula.replace("\"", "\"\"") + "\",Governors,12,\n")));
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(s.repositories().policies().findByTitle("Caretaking Policy").orElseThrow().owner()).isEqualTo(formula);
        s.repositories().db().close();
    }

    private Path xlsx(String name, int rows, boolean header) throws IOException {
        Path f = dir.resolve(name);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(f)) {
            Sheet sh = wb.createSheet("Schedule");
            if (header) {
                Row h = sh.createRow(0);
                String[] cols = POLICY_HEADER.split(",");
                for (int i = 0; i < cols.length; i++) {
                    h.createCell(i).setCellValue(cols[i]);
                }
            }
            for (int r = 0; r < rows; r++) {
                Row row = sh.createRow(r + 1);
                String[] v = policyRow(r).split(",", -1);
                for (int i = 0; i < v.length; i++) {
                    row.createCell(i).setCellValue(v[i]);
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return f;
    }

    @Test
    void scheduleXlsxHostileFilesAreRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        rejected(db, "schedule.xlsx", policies(db, write("schedule.xlsx", new byte[0])));
        rejected(db, "schedule.xlsx", policies(db, write("schedule.xlsx", garbage(64 * 1024))));
        rejected(db, "schedule.xlsx", policies(db, xlsx("schedule.xlsx", 0, true)));
        rejected(db, "schedule.xlsx", policies(db, xlsx("schedule.xlsx", 0, false)));
        // a zip that is not a workbook
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        rejected(db, "schedule.xlsx", policies(db, write("schedule.xlsx", zip.toByteArray())));
        // password protected: Excel saves it as an encrypted OLE2 container
        rejected(db, "schedule.xlsx", policies(db, write("schedule.xlsx",
                encrypted(Files.readAllBytes(xlsx("plain.xlsx", 2, true))))));
        // a formula cell: its text is imported (as for CSV), never evaluated
        Path formula = dir.resolve("formula.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(formula)) {
            Sheet sh = wb.createSheet();
            Row h = sh.createRow(0);
            h.createCell(0).setCellValue("Policy");
            h.createCell(1).setCellValue("Owner");
            Row r = sh.createRow(1);
            r.createCell(0).setCellValue("Caretaking Policy");
            r.createCell(1).setCellFormula("HYPERLINK(\"http://evil.example/x\",\"Click\")");
            wb.write(out);
        }
        ok(policies(db, formula));
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(s.repositories().policies().findByTitle("Caretaking Policy").orElseThrow().owner()).contains("HYPERLINK");
        s.repositories().db().close();
        long t0 = System.nanoTime();
        rejected(db, "schedule.xlsx", policies(db, xlsx("schedule.xlsx", 100_000, true)));
        System.out.printf("100,000-row schedule workbook refused in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The bytes of a document encrypted with a password the way Office does it (agile encryption, OLE2 container). */
    static byte[] encrypted(byte[] ooxml) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(ooxml);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    // ------------------------------------------------------------------ import-acks

    static String formRow(int i) {
        return i + ",18/11/2026 08:43:19,a.brown@oakfield.sch.uk,Adam Brown,Yes";
    }

    @Test
    void formResponsesHostileFilesAreRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        rejected(db, "form.csv", acks(db, write("form.csv", "")));
        rejected(db, "form.csv", acks(db, write("form.csv", FORM_HEADER + "\n")));
        rejected(db, "form.csv", acks(db, write("form.csv", garbage(64 * 1024))));
        rejected(db, "form.csv line 2", acks(db, write("form.csv",
                FORM_HEADER + "\n1,31/02/2026 08:43:19,a.brown@oakfield.sch.uk,Adam Brown,Yes\n")));
        rejected(db, "form.csv", acks(db, write("form.csv", "ID,Name of thing\n1,x\n")));
        rejected(db, "form.csv line 2", acks(db, write("form.csv",
                FORM_HEADER + "\n1,18/11/2026 08:43:19,a.brown@oakfield.sch.uk,Adam Brown," + "x".repeat(1 << 20) + "\n")));
        long t0 = System.nanoTime();
        rejected(db, "form.csv", acks(db, write("form.csv",
                rows(FORM_HEADER, 100_000, ImportHostileInputTest::formRow))));
        System.out.printf("100,000-response form refused in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void formResponsesThatAreLegitimateButOddAreImportedCorrectly() throws Exception {
        Path db = TestDemo.copy(dir);
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        int before = s.repositories().acknowledgements().findAll().size();
        s.repositories().db().close();
        // UTF-16 with a BOM (Excel's "Unicode text"), a duplicate response and a formula in the email column
        String text = "\uFEFF" + FORM_HEADER + "\n" + formRow(1) + "\n" + formRow(2) + "\n"
                + "3,18/11/2026 08:43:19,\"=HYPERLINK(\"\"http://evil.example\"\")\",Nobody,Yes\n";
        CliRun r = ok(acks(db, write("form.csv", utf16le(text))));
        assertThat(r.out()).contains("line 3: duplicate").contains("line 4: unmatched: =HYPERLINK");
        s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(s.repositories().acknowledgements().findAll().size()).isBetween(before, before + 1);
        s.repositories().db().close();
    }

    private static byte[] utf16le(String text) {
        // Java's UTF_16LE writes no BOM; the text starts with U+FEFF, which becomes the FF FE mark
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    // ------------------------------------------------------------------ import-policy (DOCX, PDF, TXT)

    @Test
    void policyDocumentsThatAreDamagedEncryptedOrHugeAreRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        rejected(db, "policy.docx", policy(db, write("policy.docx", new byte[0])));
        rejected(db, "policy.docx", policy(db, write("policy.docx", garbage(64 * 1024))));
        byte[] docx = docx("Lettings Policy");
        rejected(db, "policy.docx", policy(db, write("policy.docx",
                java.util.Arrays.copyOf(docx, docx.length / 2))));
        rejected(db, "policy.docx", policy(db, write("policy.docx", encrypted(docx))));
        rejected(db, "policy.pdf", policy(db, write("policy.pdf", garbage(64 * 1024))));
        rejected(db, "policy.pdf", policy(db, write("policy.pdf",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII))));
        rejected(db, "policy.pdf", policy(db, write("policy.pdf", encryptedPdf())));
        rejected(db, "policy.txt", policy(db, write("policy.txt", garbage(64 * 1024))));
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(60L * 1024 * 1024); // sparse: quick to make
        }
        rejected(db, "huge.pdf", policy(db, huge));
    }

    static byte[] docx(String title) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(title);
            d.createParagraph().createRun().setText("Approved by: Full governing body");
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Lettings Policy");
                cs.endText();
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            d.protect(p);
            d.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPolicyDocumentWithAFormulaTitleIsStoredAsText() throws Exception {
        Path db = TestDemo.copy(dir);
        ok(policy(db, write("lettings.txt", "=HYPERLINK(\"http://evil.example\") Lettings Policy\n\nApproved on: 01/10/2026\n")));
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        List<String> titles = s.repositories().policies().findAll().stream().map(p -> p.title()).toList();
        assertThat(titles).anyMatch(t -> t.startsWith("=HYPERLINK"));
        s.repositories().db().close();
    }

    // ------------------------------------------------------------------ files that take the app down

    /**
     * Runs {@code args}, asserting a refusal in one line naming {@code mustName} within {@code seconds} (generous:
     * the machines that run the suite are shared; each refusal takes a second or two on its own).
     */
    private static String refusedQuickly(Path db, String mustName, double seconds, String... args) {
        long t0 = System.nanoTime();
        String message = RejectedInput.assertRefusedInOneLine(db, mustName, args);
        double took = (System.nanoTime() - t0) / 1e9;
        System.out.printf("refused in %.1f s: %s%n", took, message);
        assertThat(took).as("seconds to refuse: %s", message).isLessThan(seconds);
        return message;
    }

    @Test
    void aPdfThatInflatesToAHundredMegabytesOfTextIsRefusedByItsFirstPage() throws Exception {
        Path db = TestDemo.copy(dir);
        // 300 KB on disk; its one page's content inflates to 100 MB of text
        byte[] content = HostileFiles.deflatedContent("BT /F1 12 Tf 72 700 Td 14 TL\n",
                "(Safeguarding policy text line) ' ", 100L << 20, "ET\n");
        Path pdf = write("policy.pdf", HostileFiles.pdf("", content, true));
        assertThat(Files.size(pdf)).isLessThan(1L << 20);
        assertThat(refusedQuickly(db, "policy.pdf", 20, policy(db, pdf)))
                .contains("page 1 holds more than 100,000 characters of text");
    }

    @Test
    void aPdfPageOfMillionsOfDrawingOperationsIsRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        // 20 KB on disk: 1.4 million operations that draw nothing (300 MB of them took half a minute, then stored)
        byte[] content = HostileFiles.deflatedContent("", "1 0 0 1 0 0 cm ", 20L << 20, "");
        Path pdf = write("policy.pdf", HostileFiles.pdf("", content, true));
        assertThat(refusedQuickly(db, "policy.pdf", 20, policy(db, pdf)))
                .contains("more than 1,000,000 drawing operations");
    }

    @Test
    void aPdfNestedAHundredThousandDeepIsRefusedNotStored() throws Exception {
        Path db = TestDemo.copy(dir);
        // nested arrays in the page (PDFBox gave up, logged 500 lines of stack trace and stored an empty page)
        rejectedNested(db, HostileFiles.pdf("/Annots " + "[".repeat(100_000) + "]".repeat(100_000),
                "BT /F1 12 Tf 72 700 Td (Nested Policy) Tj ET".getBytes(StandardCharsets.US_ASCII), false));
        // nested dictionaries in the page's resources
        rejectedNested(db, HostileFiles.pdf("/X " + "<< /A ".repeat(100_000) + ">> ".repeat(100_000),
                "BT /F1 12 Tf 72 700 Td (Nested Policy) Tj ET".getBytes(StandardCharsets.US_ASCII), false));
        // the same nesting in the trailer, which PDFBox reads while loading
        byte[] pdf = HostileFiles.pdfWithText("Nested Policy");
        String text = new String(pdf, StandardCharsets.ISO_8859_1).replace("trailer << /Size 6",
                "trailer << /Deep " + "[".repeat(100_000) + "]".repeat(100_000) + " /Size 6");
        rejectedNested(db, text.getBytes(StandardCharsets.ISO_8859_1));
        // a PDF that is not nested still imports: the check refuses the depth, not the form
        ok(policy(db, write("fine.pdf", HostileFiles.pdfWithText("Lettings Policy"))));
    }

    private void rejectedNested(Path db, byte[] pdf) throws IOException {
        assertThat(refusedQuickly(db, "policy.pdf", 20, policy(db, write("policy.pdf", pdf))))
                .contains("nested more than 200 levels deep");
    }

    @Test
    void aDocxOfHugeXmlIsReadOnlyAsFarAsItsCover() throws Exception {
        Path db = TestDemo.copy(dir);
        // 60 MB of XML (a few MB on disk) behind a cover: only the cover is read, so it imports in seconds
        Path docx = HostileFiles.docx(dir.resolve("handbook.docx"), 1, HostileFiles.documentXml("",
                out -> {
                    out.write((HostileFiles.p("Staff Handbook") + HostileFiles.p("Approved by: Full governing body")
                            + HostileFiles.p("Date approved: 12/10/2026")).getBytes(StandardCharsets.UTF_8));
                    HostileFiles.paragraphs(700_000, i -> HostileFiles.p("Paragraph " + i + " of the handbook."))
                            .write(out);
                }));
        long t0 = System.nanoTime();
        CliRun r = ok(policy(db, docx));
        double took = (System.nanoTime() - t0) / 1e9;
        System.out.printf("a %,d-byte DOCX of 60 MB of XML imported in %.1f s%n", Files.size(docx), took);
        assertThat(took).isLessThan(20);
        assertThat(r.out()).contains("Staff Handbook").contains("Full governing body");
    }

    @Test
    void aDocxThatUnpacksPastTheLimitsIsRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        // 110 MB of ordinary XML: over the 100 MB a document may unpack to
        Path big = HostileFiles.docx(dir.resolve("policy.docx"), 1, HostileFiles.documentXml("",
                HostileFiles.paragraphs(1_300_000, i -> HostileFiles.p("Paragraph " + i + " of the policy."))));
        assertThat(refusedQuickly(db, "policy.docx", 20, policy(db, big))).contains("unpacks to more than 100 MB");
        // a zip bomb: 50 MB of one letter packs into 50 KB
        Path bomb = HostileFiles.docx(dir.resolve("policy.docx"), 9, HostileFiles.documentXml("",
                out -> {
                    out.write("<w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
                    byte[] a = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 50; i++) {
                        out.write(a);
                    }
                    out.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
                }));
        assertThat(refusedQuickly(db, "policy.docx", 20, policy(db, bomb)))
                .contains("word/document.xml unpacks to more than 100 times its packed size");
        // more parts than any document has
        HostileFiles.Part[] parts = new HostileFiles.Part[1_001];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = HostileFiles.Part.text("word/media/part" + i + ".xml", "<x/>");
        }
        Path many = HostileFiles.docx(dir.resolve("policy.docx"), 1,
                HostileFiles.documentXml("", out -> out.write(HostileFiles.p("Policy").getBytes(StandardCharsets.UTF_8))),
                parts);
        assertThat(refusedQuickly(db, "policy.docx", 20, policy(db, many))).contains("more than 1,000 parts");
    }

    @Test
    void aDocxWithADoctypeOrDeepNestingIsRefusedInOneLine() throws Exception {
        Path db = TestDemo.copy(dir);
        // an external entity (XXE): the file would read /etc/passwd into the policy's title
        Path xxe = HostileFiles.docx(dir.resolve("policy.docx"), 1, HostileFiles.documentXml(
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                out -> out.write(HostileFiles.p("&xxe;").getBytes(StandardCharsets.UTF_8))));
        assertThat(refusedQuickly(db, "policy.docx", 20, policy(db, xxe))).contains("DOCTYPE");
        // "a billion laughs": entities that expand to gigabytes
        StringBuilder laughs = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        Path billion = HostileFiles.docx(dir.resolve("policy.docx"), 1, HostileFiles.documentXml(laughs.toString(),
                out -> out.write(HostileFiles.p("&l10;").getBytes(StandardCharsets.UTF_8))));
        assertThat(refusedQuickly(db, "policy.docx", 20, policy(db, billion))).contains("DOCTYPE");
        // a DOCTYPE in the package's own parts, which POI reads
        Path types = HostileFiles.zip(dir.resolve("policy.docx"), 1,
                HostileFiles.Part.text("[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x "
                        + "SYSTEM \"file:///etc/passwd\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                        + "2006/content-types\">&x;</Types>"),
                HostileFiles.Part.text("word/document.xml", "<w:document xmlns:w=\"" + HostileFiles.W + "\"/>"));
        refusedQuickly(db, "policy.docx", 20, policy(db, types));
        // 100,000 nested smart tags in one paragraph (a recursive reader overflows its stack)
        Path deep = HostileFiles.docx(dir.resolve("policy.docx"), 0, HostileFiles.documentXml("",
                out -> out.write(("<w:p>" + "<w:smartTag>".repeat(100_000) + "</w:smartTag>".repeat(100_000) + "</w:p>")
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(refusedQuickly(db, "policy.docx", 20, policy(db, deep))).contains("nested more than 200 levels");
    }

    @Test
    void aWorkbookWhoseSheetPartHasAnotherNameIsStillCountedAndRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        HostileFiles.CellText cells = (r, c) -> r == 1 ? POLICY_HEADER.split(",")[c] : policyRow((int) r).split(",", -1)[c];
        // the first sheet is whatever workbook.xml lists first, found through the relationships, whatever its name
        for (String part : List.of("xl/worksheets/Data.XML", "xl/Policies.xml", "sheets/one.xml")) {
            String message = refusedQuickly(db, "schedule.xlsx", 20, policies(db,
                    HostileFiles.xlsx(dir.resolve("schedule.xlsx"), part, 100_001, 2, cells)));
            assertThat(message).as(part).contains("more than 50,000 rows");
        }
        // and a small one under such a name imports: it is read through the same relationships
        ok(policies(db, HostileFiles.xlsx(dir.resolve("renamed.xlsx"), "xl/worksheets/Data.XML", 3, 2, cells)));
        TrackerServices s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(s.repositories().policies().findByTitle("Policy number 3")).isPresent();
        s.repositories().db().close();
    }

    @Test
    void aWorkbookOfTooManyCellsOrTooMuchXmlIsRefused() throws Exception {
        Path db = TestDemo.copy(dir);
        // 20,000 rows (under the row limit) of 60 cells: 1.2 million cells (written as short as Excel may)
        assertThat(refusedQuickly(db, "schedule.xlsx", 20, policies(db, HostileFiles.xlsx(dir.resolve("schedule.xlsx"),
                1, "xl/worksheets/sheet1.xml", "", out -> {
                    Random random = new Random(7);
                    for (int r = 0; r < 20_000; r++) {
                        StringBuilder row = new StringBuilder("<row>");
                        for (int c = 0; c < 60; c++) {
                            row.append("<c><v>").append(random.nextInt(100_000)).append("</v></c>");
                        }
                        out.write(row.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
                    }
                })))).contains("more than 1,000,000 cells");
        // 1,000,001 different shared strings (more values than the cells allowed)
        assertThat(refusedQuickly(db, "schedule.xlsx", 20, policies(db, HostileFiles.xlsx(dir.resolve("schedule.xlsx"),
                1, "xl/worksheets/sheet1.xml", "", out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        .getBytes(StandardCharsets.UTF_8)), out -> {
                    Random random = new Random(7);
                    for (int i = 0; i <= 1_000_000; i++) {
                        out.write(("<si><t>" + random.nextInt() + "</t></si>").getBytes(StandardCharsets.UTF_8));
                    }
                })))).contains("more than 1,000,000 different values");
        // 21 million characters of shared text (stored, not packed: it would pass for a zip bomb)
        assertThat(refusedQuickly(db, "schedule.xlsx", 20, policies(db, HostileFiles.xlsx(dir.resolve("schedule.xlsx"),
                0, "xl/worksheets/sheet1.xml", "", out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        .getBytes(StandardCharsets.UTF_8)), out -> {
                    byte[] text = "policy text ".repeat(87_500).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 20; i++) {
                        out.write("<si><t>".getBytes(StandardCharsets.UTF_8));
                        out.write(text);
                        out.write("</t></si>".getBytes(StandardCharsets.UTF_8));
                    }
                })))).contains("more than 20,000,000 characters of text");
        // a sheet with a DOCTYPE
        assertThat(refusedQuickly(db, "schedule.xlsx", 20, policies(db, HostileFiles.xlsx(dir.resolve("schedule.xlsx"),
                1, "xl/worksheets/sheet1.xml", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                        .getBytes(StandardCharsets.UTF_8)))))).contains("DOCTYPE");
        // cells nested inside 100,000 levels of unknown elements
        assertThat(refusedQuickly(db, "schedule.xlsx", 20, policies(db, HostileFiles.xlsx(dir.resolve("schedule.xlsx"),
                0, "xl/worksheets/sheet1.xml", "", out -> out.write(("<row r=\"1\">" + "<x>".repeat(100_000)
                        + "</x>".repeat(100_000) + "</row>").getBytes(StandardCharsets.UTF_8))))))
                .contains("nested more than 200 levels");
    }

    @Test
    void aCsvOfTooManyCellsIsRefusedBeforeItIsSplit() throws Exception {
        Path db = TestDemo.copy(dir);
        // one header line of 1.2 million columns (2.4 MB): under the row limit and the file size limit
        String wide = ",x".repeat(1_200_000);
        rejected(db, "staff.csv", staff(db, write("staff.csv", STAFF_HEADER + wide + "\n" + staffRow(1) + "\n")));
        assertThat(refusedQuickly(db, "schedule.csv", 20, policies(db, write("schedule.csv",
                POLICY_HEADER + wide + "\n" + policyRow(1) + "\n")))).contains("more than 1,000,000 cells");
        assertThat(refusedQuickly(db, "form.csv", 20, acks(db, write("form.csv",
                FORM_HEADER + wide + "\n" + formRow(1) + "\n")))).contains("more than 1,000,000 cells");
        // 20,000 rows of 60 cells
        String row = ",y".repeat(60);
        assertThat(refusedQuickly(db, "schedule.csv", 20, policies(db, write("schedule.csv",
                rows(POLICY_HEADER, 20_000, i -> policyRow(i) + row))))).contains("more than 1,000,000 cells");
    }
}
