package uk.schoolcompliance.tracker.io.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Counts the rows of a workbook's sheets by streaming their XML, before POI loads the whole workbook into memory,
 * so a workbook with hundreds of thousands of rows is refused cheaply instead of filling the heap.
 */
final class XlsxRows {

    private static final long MAX_SHEET_BYTES = 512L * 1024 * 1024;

    private XlsxRows() {
    }

    /** The most {@code <row>} elements in any sheet of the workbook (0 when it has none). */
    static long largestSheet(byte[] xlsx) throws IOException {
        long most = 0;
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                if (name.startsWith("/xl/worksheets/") && name.endsWith(".xml")) {
                    try (InputStream in = part.getInputStream()) {
                        most = Math.max(most, countRows(in));
                    }
                }
            }
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        return most;
    }

    /** Counts "<row " and "<row>" (with or without a namespace prefix such as "x:"). */
    private static long countRows(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long rows = 0;
        long total = 0;
        int state = 0; // how much of "<...row" has been matched: 0 none, 1 '<', then 2..4 for r, o, w
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_SHEET_BYTES) {
                throw new IOException("a sheet is larger than " + (MAX_SHEET_BYTES >> 20) + " MB when unpacked");
            }
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                switch (state) {
                    case 0 -> state = b == '<' ? 1 : 0;
                    case 1 -> state = b == 'r' ? 2 : b == '<' ? 1 : isPrefix(b) ? 1 : 0;
                    case 2 -> state = b == 'o' ? 3 : b == '<' ? 1 : 0;
                    case 3 -> state = b == 'w' ? 4 : b == '<' ? 1 : 0;
                    case 4 -> {
                        if (b == ' ' || b == '>' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
                            rows++;
                        }
                        state = b == '<' ? 1 : 0;
                    }
                    default -> state = 0;
                }
            }
        }
        return rows;
    }

    /** Letters, digits and ':' may precede "row" in a prefixed name ("x:row"); "/" (a closing tag) may not. */
    private static boolean isPrefix(byte b) {
        return b == ':' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9';
    }
}
