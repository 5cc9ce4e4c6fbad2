package uk.schoolcompliance.tracker.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;

/**
 * The outstanding acknowledgements as a list: the fields of {@code gaps --json}, and the same list as
 * CSV or XLSX for a spreadsheet. Every text value goes through {@link SafeText}.
 */
public final class OutstandingExport {

    /** The spreadsheet column headings, in the order of {@code gaps --json}'s fields (cli.GapsCommand.GapJson). */
    public static final List<String> HEADINGS = List.of("Name", "Staff ref", "Email", "Category", "Policy",
            "Required version", "Due", "Overdue", "On absence");

    /** One gap, flattened. */
    public record Gap(String name, String staffRef, String email, String category, String categoryLabel,
                      String policy, String requiredVersion, LocalDate due, boolean overdue, boolean absent) {

        public static Gap of(Obligation o) {
            return new Gap(o.staff().fullName(), o.staff().staffRef(), o.staff().email(), o.staff().category().code(),
                    o.staff().category().label(), o.policy().title(), o.requiredVersion().label(), o.due(),
                    o.status() == ObligationStatus.OVERDUE, o.status() == ObligationStatus.ABSENT);
        }
    }

    private OutstandingExport() {
    }

    public static List<Gap> gaps(List<Obligation> obligations) {
        return obligations.stream().filter(Obligation::isGap).map(Gap::of).toList();
    }

    /** CSV with a heading row; dates ISO, yes/no for the flags. */
    public static void writeCsv(List<Gap> gaps, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADINGS.toArray(String[]::new))
                .get())) {
            for (Gap g : gaps) {
                csv.printRecord(SafeText.cell(g.name()), SafeText.cell(nz(g.staffRef())), SafeText.cell(nz(g.email())),
                        SafeText.cell(g.categoryLabel()), SafeText.cell(g.policy()), SafeText.cell(g.requiredVersion()),
                        g.due().toString(), g.overdue() ? "yes" : "no", g.absent() ? "yes" : "no");
            }
        }
    }

    /** One sheet "Outstanding", header frozen, filters on, dates as real dates (dd/mm/yyyy). */
    public static void writeXlsx(List<Gap> gaps, String title, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Outstanding");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            int r = 0;
            if (title != null && !title.isBlank()) {
                Row t = sheet.createRow(r++);
                Cell c = t.createCell(0);
                c.setCellValue(title);
                c.setCellStyle(head);
            }
            int headerRow = r;
            Row h = sheet.createRow(r++);
            for (int i = 0; i < HEADINGS.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(HEADINGS.get(i));
                c.setCellStyle(head);
            }
            for (Gap g : gaps) {
                Row row = sheet.createRow(r++);
                text(row, 0, g.name(), quoted);
                text(row, 1, nz(g.staffRef()), quoted);
                text(row, 2, nz(g.email()), quoted);
                text(row, 3, g.categoryLabel(), quoted);
                text(row, 4, g.policy(), quoted);
                text(row, 5, g.requiredVersion(), quoted);
                Cell d = row.createCell(6);
                d.setCellValue(g.due());
                d.setCellStyle(date);
                row.createCell(7).setCellValue(g.overdue() ? "yes" : "no");
                row.createCell(8).setCellValue(g.absent() ? "yes" : "no");
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, HEADINGS.size() - 1));
            int[] widths = {24, 10, 30, 20, 40, 10, 12, 9, 11};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
        }
    }

    private static void text(Row row, int col, String value, CellStyle quoted) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (SafeText.looksLikeFormula(value)) {
            c.setCellStyle(quoted);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
