package uk.schoolcompliance.tracker.io.report;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.io.SafeText;

/**
 * What the governors' workbook and the trust board's workbook write alike: the cell styles, a filtered sheet
 * written top to bottom ({@link Table}) and conditional colours.
 */
final class PackSheets {

    static final byte[] RED_FILL = {(byte) 0xFD, (byte) 0xE8, (byte) 0xE7};
    static final byte[] AMBER_FILL = {(byte) 0xFF, (byte) 0xF4, (byte) 0xD6};
    static final byte[] GREEN_FILL = {(byte) 0xE6, (byte) 0xF4, (byte) 0xEA};
    static final byte[] GREY_FILL = {(byte) 0xEE, (byte) 0xF1, (byte) 0xF4};

    private PackSheets() {
    }

    // ---------------------------------------------------------------- conditional colours

    /** The sheets of one workbook, written in order. */
    interface Sheets {
        void write(SXSSFWorkbook wb, Styles st);
    }

    /**
     * Writes a pack's workbook streaming (SXSSF, 200 rows in memory) so a trust's thousands of staff never sit in
     * memory as cells; the workbook's temporary files are removed when done.
     */
    static void workbook(java.io.OutputStream out, java.time.LocalDate preparedOn, Sheets sheets)
            throws java.io.IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(false);
        // the document's "created" is the day the pack was prepared (the app's clock), not the computer's now: the
        // same pack is the same file, on a file or a server, today or when checked again
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(
                preparedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
        try {
            sheets.write(wb, new Styles(wb));
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    /**
     * A pack's summary sheet, the same for the governors' and the trust board's: a row per headline figure (a
     * percentage or a count, or the words while there is nothing to measure), its status (symbol and word, coloured)
     * and what it counts. The caller writes its particulars below {@link Table#lastRow()} and finishes the table.
     */
    static Table headlineSheet(SXSSFWorkbook wb, Styles st, String name,
                               java.util.List<uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline> headlines) {
        Table t = new Table(wb, st, name, "Figure", "Value", "Status", "What it counts");
        for (var h : headlines) {
            Row r = t.row();
            t.text(r, 0, h.label());
            if (h.value() == null) {
                t.text(r, 1, h.shown()); // nothing to measure yet: the status says why
            } else {
                t.number(r, 1, h.value(), h.key().equals("ackPercent") ? st.percent : st.integer);
            }
            t.text(r, 2, h.rag() != null ? GovernorsPackXlsx.rag(h.rag()) : h.state());
            t.text(r, 3, h.note());
        }
        ragColours(t.sheet, new CellRangeAddress(1, Math.max(1, t.lastRow()), 2, 2));
        return t;
    }

    /**
     * A review schedule sheet, the same in the governors' and the trust board's workbooks: policy, statutory, owner,
     * approving body, last reviewed, frequency, next due, status, date error, last review, awaiting approval; with
     * {@code withSchool} a first column naming the school. Rows by {@link #reviewRow}, then {@link #finishReviews}.
     */
    static Table reviewTable(SXSSFWorkbook wb, Styles st, String name, boolean withSchool) {
        String[] columns = {"Policy", "Statutory", "Owner", "Approving body", "Last reviewed", "Frequency (months)",
                "Next due", "Status", "Date error", "Last review or approval", "Awaiting approval"};
        if (!withSchool) {
            return new Table(wb, st, name, columns);
        }
        String[] all = new String[columns.length + 1];
        all[0] = "School";
        System.arraycopy(columns, 0, all, 1, columns.length);
        return new Table(wb, st, name, all);
    }

    /** One policy's line of a review schedule sheet ({@code school} null: no school column). */
    static void reviewRow(Table t, Styles st, String school,
                          uk.schoolcompliance.tracker.domain.report.GovernorsPack.ReviewRow rr) {
        Row r = t.row();
        int c = 0;
        if (school != null) {
            t.text(r, c++, school);
        }
        t.text(r, c++, rr.policy());
        t.text(r, c++, rr.statutory() ? "Yes" : "No");
        t.text(r, c++, rr.owner());
        t.text(r, c++, rr.approvingBody());
        t.date(r, c++, rr.lastReviewed());
        if (rr.frequencyMonths() != null) {
            t.number(r, c++, rr.frequencyMonths(), st.integer);
        } else {
            t.text(r, c++, "Live document");
        }
        t.date(r, c++, rr.nextDue());
        t.text(r, c++, rr.status().label());
        t.text(r, c++, rr.dateError() ? "Yes" : "");
        t.text(r, c++, rr.lastReview());
        t.text(r, c, rr.awaitingApproval());
    }

    /** Finishes a review schedule sheet with its status column coloured (overdue red, due soon amber, in date green). */
    static void finishReviews(Table t, boolean withSchool) {
        int last = t.lastRow();
        t.finish();
        int col = withSchool ? 8 : 7;
        textColours(t.sheet, new CellRangeAddress(1, Math.max(1, last), col, col), "Overdue", RED_FILL, "Due soon",
                AMBER_FILL, "In date", GREEN_FILL);
    }

    static void ragColours(SXSSFSheet sheet, CellRangeAddress range) {
        textColours(sheet, range, GovernorsPackXlsx.rag(Rag.RED), RED_FILL, GovernorsPackXlsx.rag(Rag.AMBER), AMBER_FILL,
                GovernorsPackXlsx.rag(Rag.GREEN), GREEN_FILL);
    }

    /** Pairs of (exact text, fill colour) as cell-value rules on the range. */
    static void textColours(SXSSFSheet sheet, CellRangeAddress range, Object... textAndFill) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < textAndFill.length; i += 2) {
            String text = (String) textAndFill[i];
            ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + text.replace("\"", "\"\"") + "\"", null);
            fill(rule, (byte[]) textAndFill[i + 1]);
            cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
    }

    static void fill(ConditionalFormattingRule rule, byte[] rgb) {
        PatternFormatting p = rule.createPatternFormatting();
        p.setFillBackgroundColor(new XSSFColor(rgb, null));
        p.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    }

    // ---------------------------------------------------------------- helpers

    /** Cell styles, made once per workbook (a workbook holds at most 64,000). */
    static final class Styles {
        final CellStyle header;
        final CellStyle headerRotated;
        final CellStyle headerRotatedQuoted;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle date;
        final CellStyle integer;
        final CellStyle percent;
        final CellStyle label;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xEE, (byte) 0xF5}, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            header.setWrapText(true);
            headerRotated = wb.createCellStyle();
            headerRotated.cloneStyleFrom(header);
            headerRotated.setRotation((short) 90);
            headerRotated.setAlignment(HorizontalAlignment.CENTER);
            headerRotated.setWrapText(false);
            headerRotatedQuoted = wb.createCellStyle();
            headerRotatedQuoted.cloneStyleFrom(headerRotated);
            headerRotatedQuoted.setQuotePrefixed(true);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            quoted = wb.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setAlignment(HorizontalAlignment.LEFT);
            date.setVerticalAlignment(VerticalAlignment.TOP);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            integer.setVerticalAlignment(VerticalAlignment.TOP);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0\" %\""));
            percent.setVerticalAlignment(VerticalAlignment.TOP);
            label = wb.createCellStyle();
            label.setFont(bold);
        }
    }

    /** A sheet written top to bottom: a frozen, filtered header row, then data rows; widths from the content. */
    static final class Table {
        final SXSSFSheet sheet;
        final Styles st;
        final Row header;
        final int[] widths;
        private int next = 1;

        Table(SXSSFWorkbook wb, Styles st, String name, String... headers) {
            this.sheet = wb.createSheet(name);
            this.st = st;
            this.widths = new int[headers.length];
            header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(headers[i]);
                c.setCellStyle(SafeText.looksLikeFormula(headers[i]) ? quotedHeader(wb, st) : st.header);
                widths[i] = Math.min(40, headers[i].length() + 3);
            }
            sheet.createFreezePane(0, 1);
        }

        private CellStyle quotedHeader;

        private CellStyle quotedHeader(SXSSFWorkbook wb, Styles st) {
            if (quotedHeader == null) {
                quotedHeader = wb.createCellStyle();
                quotedHeader.cloneStyleFrom(st.header);
                quotedHeader.setQuotePrefixed(true);
            }
            return quotedHeader;
        }

        Row row() {
            return sheet.createRow(next++);
        }

        int lastRow() {
            return next - 1;
        }

        /** Text, kept as text even when it looks like a formula (=, +, -, @). */
        void text(Row r, int col, String value) {
            if (value == null || value.isEmpty()) {
                return;
            }
            Cell c = r.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(SafeText.looksLikeFormula(value) ? st.quoted : st.text);
            widen(col, value.length());
        }

        void date(Row r, int col, LocalDate value) {
            if (value == null) {
                return;
            }
            Cell c = r.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(st.date);
            widen(col, 10);
        }

        void number(Row r, int col, double value, CellStyle style) {
            Cell c = r.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(style);
            widen(col, String.valueOf((long) value).length() + 2);
        }

        void fact(int row, String label, String value) {
            text(labelled(row, label), 1, value);
        }

        void factDate(int row, String label, LocalDate value) {
            date(labelled(row, label), 1, value);
        }

        /** A particulars row below a sheet's table: its label in the first column. */
        private Row labelled(int row, String label) {
            Row r = sheet.createRow(row);
            Cell l = r.createCell(0);
            l.setCellValue(label);
            l.setCellStyle(st.label);
            return r;
        }

        private void widen(int col, int length) {
            if (col < widths.length) {
                widths[col] = Math.max(widths[col], Math.min(60, length + 2));
            }
        }

        /** Filter over the header and data rows; column widths from the longest content seen. */
        void finish() {
            finish(next - 1);
        }

        void finish(int lastFilteredRow) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastFilteredRow), 0, widths.length - 1));
            // printed: A4 landscape, the header row on every page, one page wide unless it is the grid
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            if (widths.length <= 12) {
                sheet.setFitToPage(true);
                print.setFitWidth((short) 1);
                print.setFitHeight((short) 0);
            } else {
                sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:B"));
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.max(6, widths[i]) * 256);
            }
        }
    }
}
