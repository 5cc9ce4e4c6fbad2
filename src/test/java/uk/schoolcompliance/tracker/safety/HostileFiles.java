package uk.schoolcompliance.tracker.safety;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builders of the files that take a reader down: small on disk, huge (or deep) once read. Each is written by hand
 * (the raw PDF objects, the zip entries and XML of a DOCX or XLSX) so a test controls exactly what is inside, and
 * generated part by part so that building a 100 MB part never holds it in memory.
 */
final class HostileFiles {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileFiles() {
    }

    // ------------------------------------------------------------------ PDF

    /**
     * A one-page PDF written by hand: the page dictionary gets {@code pageExtra}, its content stream is
     * {@code content} (already encoded; {@code deflated} says whether it is Flate-compressed).
     */
    static byte[] pdf(String pageExtra, byte[] content, boolean deflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        PrintStream p = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        p.print("%PDF-1.4\n");
        offsets.add(out.size());
        p.print("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.add(out.size());
        p.print("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.add(out.size());
        p.print("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> " + pageExtra + " >> endobj\n");
        offsets.add(out.size());
        p.print("4 0 obj << /Length " + content.length + (deflated ? " /Filter /FlateDecode" : "") + " >> stream\n");
        out.write(content);
        p.print("\nendstream endobj\n");
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

    /** A page whose text is {@code text}, uncompressed. */
    static byte[] pdfWithText(String text) throws IOException {
        return pdf("", ("BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1), false);
    }

    /** A content stream of {@code unit} repeated to {@code bytes} bytes, Flate-compressed (about 1,000 to 1). */
    static byte[] deflatedContent(String prefix, String unit, long bytes, String suffix) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] u = unit.getBytes(StandardCharsets.ISO_8859_1);
        byte[] block = new byte[u.length * 4096];
        for (int i = 0; i < 4096; i++) {
            System.arraycopy(u, 0, block, i * u.length, u.length);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream d = new DeflaterOutputStream(packed, deflater, 64 * 1024)) {
            d.write(prefix.getBytes(StandardCharsets.ISO_8859_1));
            for (long n = 0; n < bytes; n += block.length) {
                d.write(block);
            }
            d.write(suffix.getBytes(StandardCharsets.ISO_8859_1));
        } finally {
            deflater.end();
        }
        return packed.toByteArray();
    }

    // ------------------------------------------------------------------ zips: DOCX and XLSX

    /** One part of a zip: its name and a writer of its bytes (called once, streaming into the zip). */
    record Part(String name, Writer writer) {
        static Part text(String name, String text) {
            return new Part(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** A zip of the parts, compressed at {@code level} (1 is quick to build, 9 packs repetition best). */
    static Path zip(Path file, int level, Part... parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(level);
            for (Part p : parts) {
                zip.putNextEntry(new ZipEntry(p.name()));
                p.writer().write(zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A DOCX whose word/document.xml is {@code documentXml}. */
    static Path docx(Path file, int level, Part documentXml, Part... more) throws IOException {
        List<Part> parts = new ArrayList<>(List.of(
                Part.text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/></Types>"),
                Part.text("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                new Part("word/document.xml", documentXml.writer())));
        parts.addAll(List.of(more));
        return zip(file, level, parts.toArray(Part[]::new));
    }

    /** The XML of a Word document: the start, {@code body} writing the paragraphs, the end. */
    static Part documentXml(String prolog, Writer body) {
        return new Part("word/document.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + prolog
                    + "<w:document xmlns:w=\"" + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            body.write(out);
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A paragraph of text. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** Writes {@code count} paragraphs made by {@code paragraph}, in blocks. */
    static Writer paragraphs(long count, IntFunction<String> paragraph) {
        return out -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append(paragraph.apply(i));
                if (sb.length() > 64 * 1024) {
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        };
    }

    /**
     * An XLSX whose first (only) sheet is the part {@code sheetPart} (any name: the workbook finds it through its
     * relationship), with {@code rows} rows of {@code columns} inline-string cells made by {@code cell(row, col)}.
     */
    static Path xlsx(Path file, String sheetPart, long rows, int columns, CellText cell) throws IOException {
        return xlsx(file, 1, sheetPart, "", out -> {
            StringBuilder sb = new StringBuilder();
            for (long r = 1; r <= rows; r++) {
                sb.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < columns; c++) {
                    sb.append("<c r=\"").append(column(c)).append(r).append("\" t=\"inlineStr\"><is><t>")
                            .append(cell.text(r, c)).append("</t></is></c>");
                }
                sb.append("</row>");
                if (sb.length() > 64 * 1024) {
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    @FunctionalInterface
    interface CellText {
        String text(long row, int column);
    }

    /**
     * An XLSX whose one sheet is the part {@code sheetPart}, its sheetData written by {@code sheetData}, zipped at
     * {@code level} (0 stores it: nothing then looks like a zip bomb).
     */
    static Path xlsx(Path file, int level, String sheetPart, String prolog, Writer sheetData) throws IOException {
        return xlsx(file, level, sheetPart, prolog, sheetData, null);
    }

    /** As above, with a shared strings part whose {@code <si>} elements {@code sharedStrings} writes (or none). */
    static Path xlsx(Path file, int level, String sheetPart, String prolog, Writer sheetData, Writer sharedStrings)
            throws IOException {
        String target = sheetPart.startsWith("xl/") ? sheetPart.substring(3) : "../" + sheetPart;
        List<Part> parts = new ArrayList<>();
        if (sharedStrings != null) {
            parts.add(new Part("xl/sharedStrings.xml", out -> {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                        .getBytes(StandardCharsets.UTF_8));
                sharedStrings.write(out);
                out.write("</sst>".getBytes(StandardCharsets.UTF_8));
            }));
        }
        String sharedType = sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
        String sharedRel = sharedStrings == null ? "" : "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats"
                + ".org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.addAll(0, List.of(
                Part.text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/" + sheetPart + "\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.worksheet+xml\"/>" + sharedType + "</Types>"),
                Part.text("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
                Part.text("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"Schedule\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"),
                Part.text("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/worksheet\" Target=\"" + target + "\"/>" + sharedRel + "</Relationships>"),
                new Part(sheetPart, out -> {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                            .getBytes(StandardCharsets.UTF_8));
                    sheetData.write(out);
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                })));
        return zip(file, level, parts.toArray(Part[]::new));
    }

    /** The letters of a column: 0 is A, 26 is AA. */
    static String column(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
