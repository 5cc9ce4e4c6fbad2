package uk.schoolcompliance.tracker.io.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import uk.schoolcompliance.tracker.io.DocumentTypes;

/**
 * The text of a policy document: DOCX through Apache POI (paragraphs, and tables with their cells
 * separated by tabs), PDF through PDFBox's text layer (in reading order, table columns separated by
 * tabs too), plain text and Markdown as UTF-8 (or Windows-1252 when the file is not valid UTF-8).
 */
public final class PolicyDocumentReader {

    private PolicyDocumentReader() {
    }

    /**
     * @throws IOException when the file is damaged or not what its name says; the message names the file
     * @throws IllegalArgumentException when the type is not supported
     */
    public static String text(String fileName, byte[] bytes) throws IOException {
        String type = DocumentTypes.mediaType(fileName);
        if (type == null) {
            throw new IllegalArgumentException(fileName + ": not a policy document (use DOCX, PDF, TXT or Markdown)");
        }
        try {
            return switch (type) {
                case DocumentTypes.DOCX -> docx(bytes);
                case DocumentTypes.PDF -> pdf(bytes);
                default -> {
                    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                        if (bytes[i] == 0) {
                            throw new IOException("not a text file: it holds binary data; save the policy as DOCX, "
                                    + "PDF or plain text");
                        }
                    }
                    yield plain(bytes);
                }
            };
        } catch (IOException | RuntimeException e) {
            throw new IOException(fileName + ": cannot read the document (" + describe(e) + ")", e);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static String docx(byte[] bytes) throws IOException {
        if (org.apache.poi.poifs.filesystem.FileMagic.valueOf(new ByteArrayInputStream(bytes))
                == org.apache.poi.poifs.filesystem.FileMagic.OLE2) {
            throw new IOException("the document is protected with a password, or is an old .doc file; open it in Word, "
                    + "remove the password and save it as .docx");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    table(t, sb);
                }
            }
            return sb.toString();
        }
    }

    private static void table(XWPFTable t, StringBuilder sb) {
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

    static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = loadPdf(bytes)) {
            PDFTextStripper stripper = new ColumnStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /**
     * PDFBox's text in reading order, with a tab where a line jumps a column gap (a table's cells side by
     * side) and a space between ordinary words: a cover table ("Last reviewed" | "01/10/2025") then reads
     * as it does from a DOCX, whose cells are separated by tabs, so labels without a colon are found too.
     * A gap counts as a column when it is wider than three spaces and most of the font size, far wider
     * than the space between words, even in justified text.
     */
    static final class ColumnStripper extends PDFTextStripper {

        private boolean separatorPending;
        private float lineEnd = Float.NaN;

        ColumnStripper() throws IOException {
        }

        @Override
        protected void writeWordSeparator() {
            separatorPending = true; // written with the next word, once its position is known
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (separatorPending) {
                separatorPending = false;
                output.write(columnGap(positions) ? "\t" : getWordSeparator());
            }
            super.writeString(text, positions);
            if (!positions.isEmpty()) {
                TextPosition last = positions.get(positions.size() - 1);
                lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
        }

        private boolean columnGap(List<TextPosition> positions) {
            if (positions.isEmpty() || Float.isNaN(lineEnd)) {
                return false;
            }
            TextPosition first = positions.get(0);
            float gap = first.getXDirAdj() - lineEnd;
            float space = first.getWidthOfSpace() > 0 ? first.getWidthOfSpace() : first.getFontSizeInPt() * 0.28f;
            return gap > Math.max(3 * space, 0.8f * first.getFontSizeInPt());
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            separatorPending = false;
            lineEnd = Float.NaN;
            super.writeLineSeparator();
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            separatorPending = false;
            lineEnd = Float.NaN;
            super.writeParagraphStart();
        }
    }

    private static PDDocument loadPdf(byte[] bytes) throws IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new IOException("the PDF is protected with a password; save a copy without the password and import "
                    + "that", e);
        }
    }

    static String plain(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
        }
    }
}
