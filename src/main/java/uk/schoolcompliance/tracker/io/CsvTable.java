package uk.schoolcompliance.tracker.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole through Apache Commons CSV: a header row and records that remember the line
 * they started on, so every error can name it.
 */
public final class CsvTable {

    /**
     * The most data rows an imported file may have: a school's staff list, review schedule or form export is a few
     * thousand rows at most, so a longer file is the wrong file (a whole-MIS export, a log) and is refused before
     * anything is matched or written. Shared by every importer, CSV and XLSX alike ({@link ReadLimits#MAX_ROWS}).
     */
    public static final int MAX_ROWS = ReadLimits.MAX_ROWS;

    /** The longest value a cell may hold: Excel's own limit, so no spreadsheet can have made a longer one. */
    public static final int MAX_VALUE = ReadLimits.MAX_VALUE;

    /** A file refused for its size: the message names the file and, where there is one, the line. */
    public static final class TooLargeException extends RefusedFileException {
        public TooLargeException(String source, long line, String reason) {
            super(source, line, reason);
        }
    }

    /** The largest file an importer reads (50,000 rows of 1 KB), checked before the file is read into memory. */
    public static final long MAX_FILE_BYTES = ReadLimits.MAX_FILE_BYTES;

    /** Refuses a file larger than {@link #MAX_FILE_BYTES} before anything reads it. */
    public static void checkFileSize(java.nio.file.Path file) throws IOException {
        long size = java.nio.file.Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new TooLargeException(String.valueOf(file.getFileName()), 0, "the file is "
                    + String.format(Locale.UK, "%,d", size >> 20) + " MB; the most an import reads is "
                    + (MAX_FILE_BYTES >> 20) + " MB, so this looks like the wrong file");
        }
    }

    /** Why the bytes are not a CSV text file (empty, binary, UTF-16, a workbook), or null when they may be one. */
    public static String notText(byte[] bytes) {
        if (bytes.length == 0) {
            return "the file is empty";
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "the file is saved as UTF-16 (\"Unicode text\"); save it from the spreadsheet as CSV UTF-8";
        }
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return "this is a workbook, not a CSV file; save it from the spreadsheet as CSV UTF-8";
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return "this is not a text CSV file (it holds binary data, or is saved as UTF-16); "
                        + "save it from the spreadsheet as CSV UTF-8";
            }
        }
        return null;
    }

    /** Refuses a file with more than {@link #MAX_ROWS} data rows. */
    public static void checkRows(String source, long dataRows) throws TooLargeException {
        if (dataRows > MAX_ROWS) {
            throw new TooLargeException(source, 0, "more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                    + " rows; a school's file is far smaller, so this looks like the wrong file");
        }
    }

    /** Refuses a file with more than {@link ReadLimits#MAX_CELLS} cells. */
    public static void checkCells(String source, long cells) throws TooLargeException {
        if (cells > ReadLimits.MAX_CELLS) {
            throw new TooLargeException(source, 0, "more than " + ReadLimits.count(ReadLimits.MAX_CELLS)
                    + " cells; a school's file is far smaller, so this looks like the wrong file");
        }
    }

    /** Refuses a value longer than {@link #MAX_VALUE} characters. */
    public static void checkValue(String source, long line, String value) throws TooLargeException {
        if (value != null && value.length() > MAX_VALUE) {
            throw new TooLargeException(source, line, "a value is " + String.format(Locale.UK, "%,d", value.length())
                    + " characters long; the most a spreadsheet cell holds is " + String.format(Locale.UK, "%,d", MAX_VALUE)
                    + ", so this looks like a damaged file");
        }
    }

    /**
     * Counts the cells of CSV text as it passes (a delimiter or a line break outside quotes ends one) and refuses
     * the file past {@link ReadLimits#MAX_CELLS}.
     */
    private static final class CellCounter extends java.io.FilterReader {
        private final String source;
        private final char delimiter;
        private boolean quoted;
        private long cells = 1;

        CellCounter(String source, Reader in, char delimiter) {
            super(in);
            this.source = source;
            this.delimiter = delimiter;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = 0; i < n; i++) {
                count(buf[off + i]);
            }
            return n;
        }

        private void count(char c) throws TooLargeException {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == delimiter || c == '\n')) {
                checkCells(source, ++cells);
            }
        }
    }

    /** One record with its line number (1-based, the header being line 1). */
    public record Row(long line, Map<String, String> values) {
        /** The trimmed value of a column (matched case-insensitively), or "" when missing. */
        public String get(String column) {
            String v = values.get(column.toLowerCase(Locale.ROOT));
            return v == null ? "" : v.trim();
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads the whole table. The cells are counted as the text is read, before Commons CSV splits it, so a file of
     * more than {@link ReadLimits#MAX_CELLS} cells (a header of a million columns, 49,000 rows of 120) is refused
     * before it fills the heap.
     */
    public static CsvTable read(String source, Reader reader, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(false).get();
        try (CSVParser parser = format.parse(new CellCounter(source, reader, delimiter))) {
            return read(source, parser);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a malformed file (a stray quote, binary data) unchecked, with the line it got to
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof TooLargeException tooLarge) {
                throw tooLarge;
            }
            String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new IOException(source + ": not a readable CSV file (" + m.lines().findFirst().orElse(m) + ")", e);
        }
    }

    private static CsvTable read(String source, CSVParser parser) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = List.copyOf(parser.getHeaderNames());
        java.util.Iterator<CSVRecord> it = parser.iterator();
        while (true) {
            long before = parser.getCurrentLineNumber(); // lines consumed before this record
            if (!it.hasNext()) {
                break;
            }
            CSVRecord record = it.next();
            checkRows(source, rows.size() + 1L);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                checkValue(source, before + 1, record.get(i));
            }
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                values.put(header.get(i).trim().toLowerCase(Locale.ROOT), record.get(i));
            }
            rows.add(new Row(before + 1, values));
        }
        return new CsvTable(source, header, rows);
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
