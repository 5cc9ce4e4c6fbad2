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

    public static CsvTable read(String source, Reader reader, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(false).get();
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (CSVParser parser = format.parse(reader)) {
            header = List.copyOf(parser.getHeaderNames());
            java.util.Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long before = parser.getCurrentLineNumber(); // lines consumed before this record
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord record = it.next();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i).trim().toLowerCase(Locale.ROOT), record.get(i));
                }
                rows.add(new Row(before + 1, values));
            }
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
