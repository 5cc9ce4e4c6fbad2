package uk.schoolcompliance.tracker.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A subject access export as one CSV in long form, so every section fits the same four columns:
 * {@code section,record,field,value} (record numbers start at 1 in each section; the details section is one
 * record whose rows are its fields). UTF-8 with a byte-order
 * mark so Excel reads names with accents correctly; every value passes through {@link SafeText}.
 */
public final class SubjectAccessCsv {

    public static final String[] HEADER = {"section", "record", "field", "value"};

    private SubjectAccessCsv() {
    }

    public static void write(SubjectAccessReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        for (SubjectAccessReport.Section s : report.sections()) {
            int n = 1;
            if (s.headers().equals(java.util.List.of("Field", "Value"))) {
                // a record's details: one record, each row a field
                for (var row : s.rows()) {
                    csv.printRecord(SafeText.cell(s.title()), 1, SafeText.cell(row.get(0)),
                            SafeText.cell(row.size() > 1 && row.get(1) != null ? row.get(1) : ""));
                }
                continue;
            }
            for (var row : s.rows()) {
                for (int i = 0; i < s.headers().size() && i < row.size(); i++) {
                    csv.printRecord(SafeText.cell(s.title()), n, SafeText.cell(s.headers().get(i)),
                            SafeText.cell(row.get(i) == null ? "" : row.get(i)));
                }
                n++;
            }
        }
        csv.flush();
        w.flush();
    }
}
