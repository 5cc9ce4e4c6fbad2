package uk.schoolcompliance.tracker.io.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import uk.schoolcompliance.tracker.io.DocumentTypes;
import uk.schoolcompliance.tracker.io.ReadBudget;
import uk.schoolcompliance.tracker.io.ReadLimits;
import uk.schoolcompliance.tracker.io.RefusedFileException;

/**
 * The text at the start of a policy document, for its cover details: DOCX streamed through its XML (paragraphs, and
 * tables with their cells separated by tabs), PDF through PDFBox's text layer (the first
 * {@link ReadLimits#COVER_PAGES} pages), plain text and Markdown as UTF-8 (or Windows-1252 when the text is not
 * valid UTF-8). At most {@link ReadLimits#COVER_CHARS} characters are returned: the rest of the document is
 * stored, never read, so a document's size costs nothing beyond its first pages.
 *
 * <p>Every reader is bounded by {@link ReadLimits} (what the file unpacks to, the characters and drawing operations
 * of a PDF page, how deeply it nests, the time), and every failure, a parser's stack overflow included, comes out
 * as one {@link IOException} whose message names the file.
 */
public final class PolicyDocumentReader {

    private PolicyDocumentReader() {
    }

    /**
     * @throws RefusedFileException when the file is over a limit of {@link ReadLimits} or unsafe (a DOCTYPE)
     * @throws IOException when the file is damaged or not what its name says; the message names the file
     * @throws IllegalArgumentException when the type is not supported
     */
    public static String text(String fileName, byte[] bytes) throws IOException {
        return text(fileName, bytes, ReadBudget.start(fileName));
    }

    /** {@link #text(String, byte[])} within a given time budget. */
    static String text(String fileName, byte[] bytes, ReadBudget budget) throws IOException {
        String type = DocumentTypes.mediaType(fileName);
        if (type == null) {
            throw new IllegalArgumentException(fileName + ": not a policy document (use DOCX, PDF, TXT or Markdown)");
        }
        try {
            String text = switch (type) {
                case DocumentTypes.DOCX -> docx(fileName, bytes, budget);
                case DocumentTypes.PDF -> pdf(fileName, bytes, budget);
                default -> {
                    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                        if (bytes[i] == 0) {
                            throw new IOException("not a text file: it holds binary data; save the policy as DOCX, "
                                    + "PDF or plain text");
                        }
                    }
                    yield plainStart(bytes);
                }
            };
            return text.length() > ReadLimits.COVER_CHARS ? text.substring(0, ReadLimits.COVER_CHARS) : text;
        } catch (RefusedFileException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new RefusedFileException(fileName, 0, "the document is nested too deeply to read; no school's "
                    + "document is, so this looks like a damaged or malicious file");
        } catch (IOException | RuntimeException e) {
            throw new IOException(fileName + ": cannot read the document (" + RefusedFileException.describe(e) + ")", e);
        }
    }

    static String docx(String fileName, byte[] bytes, ReadBudget budget) throws IOException {
        if (org.apache.poi.poifs.filesystem.FileMagic.valueOf(new ByteArrayInputStream(bytes))
                == org.apache.poi.poifs.filesystem.FileMagic.OLE2) {
            throw new IOException("the document is protected with a password, or is an old .doc file; open it in Word, "
                    + "remove the password and save it as .docx");
        }
        return DocxText.read(fileName, bytes, budget, ReadLimits.COVER_CHARS);
    }

    static String pdf(String fileName, byte[] bytes, ReadBudget budget) throws IOException {
        PdfNesting.check(fileName, bytes);
        CheckedPdfParser parser = new CheckedPdfParser(bytes);
        try (PDDocument doc = loadPdf(parser)) {
            CoverStripper stripper = new CoverStripper(fileName, budget);
            stripper.setSortByPosition(true);
            stripper.setEndPage(ReadLimits.COVER_PAGES);
            String text;
            try {
                text = stripper.getText(doc);
            } catch (CoverStripper.Refused r) {
                throw r.refusal;
            }
            parser.throwIfDamaged(fileName, null);
            return text;
        } catch (RefusedFileException e) {
            throw e;
        } catch (IOException e) {
            parser.throwIfDamaged(fileName, e);
            throw e;
        }
    }

    private static PDDocument loadPdf(PDFParser parser) throws IOException {
        try {
            return parser.parse();
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new IOException("the PDF is protected with a password; save a copy without the password and import "
                    + "that", e);
        }
    }

    /**
     * PDFBox's parser, remembering the first object it could not read. PDFBox reads objects when they are first
     * used and, when one cannot be read (damaged, or nested past its own limit), logs it and carries on
     * with nothing in its place (a page "replaced with an empty page"). A document with such a hole in the pages
     * read is refused instead of being stored as if it had been read.
     */
    private static final class CheckedPdfParser extends PDFParser {
        private IOException failure;

        CheckedPdfParser(byte[] bytes) throws IOException {
            super(new RandomAccessReadBuffer(bytes), "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(ReadLimits.MAX_UNPACKED_BYTES).streamCache);
        }

        @Override
        public COSBase dereferenceCOSObject(COSObject obj) throws IOException {
            try {
                return super.dereferenceCOSObject(obj);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }

        /**
         * Throws when an object could not be read (the first such), or when {@code thrown} (the load's own failure,
         * or null) is one of PDFBox's limits; otherwise returns, and the caller goes on (or rethrows).
         */
        void throwIfDamaged(String fileName, IOException thrown) throws IOException {
            IOException limit = failure != null ? failure : thrown;
            String m = limit == null ? "" : String.valueOf(limit.getMessage());
            if (m.contains("recursion depth")) {
                throw new RefusedFileException(fileName, 0, "the PDF is nested more than "
                        + ReadLimits.count(ReadLimits.MAX_NESTING) + " levels deep; no school's document is, so this "
                        + "looks like a damaged or malicious file");
            }
            if (m.contains("scratch file memory")) {
                throw new RefusedFileException(fileName, 0, "the PDF unpacks to more than "
                        + ReadLimits.megabytes(ReadLimits.MAX_UNPACKED_BYTES) + "; a school's document unpacks to far "
                        + "less, so this looks like a damaged or malicious file");
            }
            if (failure != null) {
                throw new IOException("part of the PDF is damaged: " + RefusedFileException.describe(failure), failure);
            }
        }
    }

    /**
     * PDFBox's text in reading order, with a tab where a line jumps a column gap (a table's cells side by
     * side) and a space between ordinary words: a cover table ("Last reviewed" | "01/10/2025") then reads
     * as it does from a DOCX, whose cells are separated by tabs, so labels without a colon are found too.
     * A gap counts as a column when it is wider than three spaces and most of the font size, far wider
     * than the space between words, even in justified text.
     */
    static class ColumnStripper extends PDFTextStripper {

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

    /**
     * PDFBox's text stripper, counting as it goes: more than {@link ReadLimits#MAX_PAGE_CHARS} characters on a page
     * or {@link ReadLimits#MAX_PDF_OPERATIONS} drawing operations in all are refused, and the time is checked. The
     * refusal is unchecked so that no operator's error handling inside PDFBox can swallow it.
     */
    private static final class CoverStripper extends ColumnStripper {

        static final class Refused extends RuntimeException {
            final RefusedFileException refusal;

            Refused(RefusedFileException refusal) {
                super(refusal.getMessage(), null, false, false);
                this.refusal = refusal;
            }
        }

        private final String fileName;
        private final ReadBudget budget;
        private long pageChars;
        private long operations;

        CoverStripper(String fileName, ReadBudget budget) throws IOException {
            this.fileName = fileName;
            this.budget = budget;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageChars = 0;
            check();
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++pageChars > ReadLimits.MAX_PAGE_CHARS) {
                throw new Refused(new RefusedFileException(fileName, 0, "page " + getCurrentPageNo() + " holds more "
                        + "than " + ReadLimits.count(ReadLimits.MAX_PAGE_CHARS) + " characters of text, where a page "
                        + "of a policy holds a few thousand; this looks like a damaged or malicious file"));
            }
            super.processTextPosition(text);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operations > ReadLimits.MAX_PDF_OPERATIONS) {
                throw new Refused(new RefusedFileException(fileName, 0, "its first pages hold more than "
                        + ReadLimits.count(ReadLimits.MAX_PDF_OPERATIONS) + " drawing operations, where a policy's "
                        + "pages hold a few thousand; this looks like a damaged or malicious file"));
            }
            if ((operations & 0xFFF) == 0) {
                check();
            }
            super.processOperator(operator, operands);
        }

        private void check() {
            try {
                budget.checkTime();
            } catch (RefusedFileException e) {
                throw new Refused(e);
            }
        }
    }

    /**
     * The start of a text file as text: at most {@link ReadLimits#COVER_CHARS} characters, from UTF-8 (with or
     * without a BOM) or, when those bytes are not UTF-8, Windows-1252.
     */
    static String plainStart(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        int end = (int) Math.min(bytes.length, offset + 4L * ReadLimits.COVER_CHARS);
        while (end < bytes.length && end > offset && (bytes[end] & 0xC0) == 0x80) {
            end--; // never split a character: stop before its continuation bytes
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, end - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            int n = Math.min(bytes.length - offset, ReadLimits.COVER_CHARS);
            return new String(bytes, offset, n, Charset.forName("windows-1252"));
        }
    }

    /** A whole text file as text: UTF-8 (with or without a BOM), or Windows-1252 when it is not valid UTF-8. */
    static String plain(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }
}
