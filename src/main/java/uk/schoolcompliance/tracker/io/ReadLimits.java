package uk.schoolcompliance.tracker.io;

import java.time.Duration;
import java.util.Locale;

/**
 * How much work reading one file of the user's may take: the one place the limits are set. A file is bounded by
 * its size on disk, but also by what it unpacks to, the rows, cells and characters taken from it, how deeply it
 * nests and how long it takes, because a small file can hide a huge one (a 443 KB PDF that inflates to 200 MB of
 * text, a 4.5 MB workbook of 49,000 rows of 120 cells, an 8 MB DOCX of 95 MB of XML). A file over a limit is
 * refused with one line naming the file and the limit ({@link CsvTable.TooLargeException}) and nothing is stored.
 *
 * <p>Each limit is far above what a school's real file needs (the reason is given beside it) and far below what
 * would exhaust the installer's 1 GB heap or keep the user waiting for minutes. {@code docs/safety.md} lists them
 * with the tests that keep them.
 */
public final class ReadLimits {

    /** The largest file an importer reads at all, checked before it is read into memory: 50 MB (50,000 rows of 1 KB). */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /**
     * The largest policy document the app stores: 50 MB. Documents are kept inside the database and every backup;
     * a larger one is refused by its size before it is read.
     */
    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    /**
     * The most data rows of a staff list, review schedule or form export: a school's is a few thousand, so a longer
     * file is the wrong file (a whole-MIS export, a log). Shared by every importer, CSV and XLSX alike.
     */
    public static final int MAX_ROWS = 50_000;

    /**
     * The most cells a staff list, schedule or form export may hold (CSV fields, or {@code <c>} elements of the
     * sheet read): 50,000 rows of 20 columns. Rows alone do not bound the work: 49,000 rows of 120 cells are under
     * the row limit and still fill the heap.
     */
    public static final int MAX_CELLS = 1_000_000;

    /** The longest value a cell may hold: Excel's own limit, so no spreadsheet can have made a longer one. */
    public static final int MAX_VALUE = 32_767;

    /**
     * The most characters of text a workbook may hold in its shared strings: 20 million, twice a full 50,000-row
     * schedule of long titles.
     */
    public static final long MAX_TEXT_CHARS = 20_000_000;

    /**
     * What a DOCX or XLSX (a zip of XML parts) may unpack to in all: 100 MB. A school's 50 MB document is mostly
     * pictures, which do not compress; a 50,000-row workbook unpacks to about 30 MB.
     */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /** The most parts (zip entries) a DOCX or XLSX may have: POI's own default; Word's and Excel's have a few dozen. */
    public static final int MAX_ZIP_ENTRIES = 1_000;

    /**
     * How many times its packed size a part of a DOCX or XLSX may unpack to (once past its first 100 KB): 100,
     * POI's own zip-bomb rule (a minimum inflate ratio of 0.01). Real XML compresses 5 to 20 times.
     */
    public static final int MAX_INFLATE_RATIO = 100;

    /** The packed part of a zip entry that {@link #MAX_INFLATE_RATIO} ignores: small parts may compress well. */
    public static final long INFLATE_RATIO_GRACE_BYTES = 100L * 1024;

    /**
     * How deeply the XML of a DOCX or XLSX, or the arrays and dictionaries of a PDF, may nest: 200 (PDFBox gives up
     * at about 250). Word nests a few dozen levels; a deeper file only exists to overflow a parser's stack.
     */
    public static final int MAX_NESTING = 200;

    /** The pages of a PDF read for its cover details: the cover and the document control table come first. */
    public static final int COVER_PAGES = 5;

    /**
     * The characters of a policy document's text read for its cover details (title, approval, review dates): the
     * first 20,000, about five pages. The rest of the document is stored, not read.
     */
    public static final int COVER_CHARS = 20_000;

    /** The most characters of text on one page of a PDF: a dense A4 page holds about 5,000. */
    public static final int MAX_PAGE_CHARS = 100_000;

    /**
     * The most drawing operations on the pages of a PDF read for the cover: a million (a second or two of
     * work). A page of text has a few thousand operations, a detailed picture a few hundred thousand.
     */
    public static final long MAX_PDF_OPERATIONS = 1_000_000;

    /** The longest one file may take to read: a minute; the other limits stop hostile files in seconds. */
    public static final Duration MAX_READ_TIME = Duration.ofSeconds(60);

    private ReadLimits() {
    }

    /** A count for people: 1,000,000. */
    public static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** A size for people: "100 MB" (whole megabytes), else the bytes. */
    public static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? count(bytes >> 20) + " MB" : count(bytes) + " bytes";
    }
}
