package uk.schoolcompliance.tracker.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckCell;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.GapRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.InductionRow;
import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.io.SafeText;
import uk.schoolcompliance.tracker.io.report.PackSheets.Styles;
import uk.schoolcompliance.tracker.io.report.PackSheets.Table;

import static uk.schoolcompliance.tracker.io.report.PackSheets.*;

/**
 * The governors' pack as a workbook for filtering, written streaming (SXSSF) so a trust's 5,000 staff
 * × 100 policies never sit in memory as cells: sheets Summary, Review schedule, Acknowledgements
 * (staff × policy), Outstanding, Long-term absence (those gaps apart, never chased), Induction and
 * Data quality, with real date cells (dd/mm/yyyy), frozen header rows, autofilters, widths from the
 * content, conditional colours, and formula-like text kept as text.
 */
public final class GovernorsPackXlsx {

    public static final String SUMMARY = "Summary";
    public static final String SCHEDULE = "Review schedule";
    public static final String ACKNOWLEDGEMENTS = "Acknowledgements";
    public static final String OUTSTANDING = "Outstanding";
    /** The gaps of people on long-term absence, apart from the outstanding ones (never chased). */
    public static final String ON_ABSENCE = "Long-term absence";
    public static final String INDUCTION = "Induction";
    public static final String DATA_QUALITY = "Data quality";
    /** The status of every row of {@link #ON_ABSENCE}. */
    public static final String NOT_CHASED = "On long-term absence, not chased";

    public static final String DONE = "Done";
    public static final String DUE = "Outstanding";
    public static final String OVERDUE = "Overdue";
    public static final String ABSENT = "Absent";

    private GovernorsPackXlsx() {
    }

    public static String status(ObligationStatus s) {
        return switch (s) {
            case SATISFIED -> DONE;
            case DUE -> DUE;
            case OVERDUE -> OVERDUE;
            case ABSENT -> ABSENT;
        };
    }

    public static String rag(Rag rag) {
        return rag == null ? "" : rag.symbol() + " " + rag.word();
    }

    public static void write(GovernorsPack pack, OutputStream out) throws IOException {
        workbook(out, pack.preparedOn(), (wb, st) -> {
            summary(wb, st, pack);
            schedule(wb, st, pack);
            acknowledgements(wb, st, pack);
            outstanding(wb, st, pack);
            onAbsence(wb, st, pack);
            induction(wb, st, pack);
            dataQuality(wb, st, pack);
        });
    }

    // ---------------------------------------------------------------- sheets

    private static void summary(SXSSFWorkbook wb, Styles st, GovernorsPack pack) {
        Table t = headlineSheet(wb, st, SUMMARY, pack.headlines());
        int last = t.lastRow();
        // the pack's particulars, below the figures (outside the filter range)
        int r = last + 2;
        t.fact(r++, "School", pack.schoolName());
        t.fact(r++, "Term", pack.term().label());
        t.factDate(r++, "Term starts", pack.term().start());
        t.factDate(r++, "Term ends", pack.term().end());
        t.factDate(r++, "Figures as of", pack.asOf());
        t.fact(r++, "Prepared by", pack.preparedBy());
        t.factDate(r++, "Prepared on", pack.preparedOn());
        t.fact(r, "Staff names", pack.peopleWithheld() ? "Not included (figures only, for a governor's login)"
                : pack.names() ? "Included (personal data: keep confidential)" : "Not included (numbered people)");
        t.finish(last);
    }

    private static void schedule(SXSSFWorkbook wb, Styles st, GovernorsPack pack) {
        Table t = reviewTable(wb, st, SCHEDULE, false);
        pack.reviewSchedule().forEach(r -> reviewRow(t, st, null, r));
        finishReviews(t, false);
    }

    private static void acknowledgements(SXSSFWorkbook wb, Styles st, GovernorsPack pack) {
        List<String> policies = pack.acknowledgements().policies();
        List<String> headers = new ArrayList<>(List.of("Person", "Category"));
        if (pack.names()) {
            headers.add("Job title");
        }
        int fixed = headers.size();
        headers.addAll(List.of("Done", "Outstanding", "Overdue"));
        int first = headers.size();
        headers.addAll(policies);
        Table t = new Table(wb, st, ACKNOWLEDGEMENTS, headers.toArray(String[]::new));
        // policy titles stand on end so a hundred policies stay readable
        int longest = 10;
        for (int c = first; c < headers.size(); c++) {
            t.header.getCell(c).setCellStyle(SafeText.looksLikeFormula(headers.get(c)) ? st.headerRotatedQuoted : st.headerRotated);
            longest = Math.max(longest, Math.min(60, headers.get(c).length()));
            t.widths[c] = 11;
        }
        t.header.setHeightInPoints(Math.min(300, longest * 6.5f + 10));
        for (AckRow a : pack.acknowledgements().rows()) {
            Row r = t.row();
            t.text(r, 0, a.person());
            t.text(r, 1, a.category().label());
            if (pack.names()) {
                t.text(r, 2, a.jobTitle());
            }
            int done = 0;
            int outstanding = 0;
            int overdue = 0;
            AckCell[] cells = a.cells();
            for (int i = 0; i < cells.length; i++) {
                AckCell c = cells[i];
                if (c == null) {
                    continue;
                }
                switch (c.status()) {
                    case SATISFIED -> {
                        done++;
                        t.date(r, first + i, c.date());
                    }
                    case DUE -> {
                        outstanding++;
                        t.text(r, first + i, DUE);
                    }
                    case OVERDUE -> {
                        outstanding++;
                        overdue++;
                        t.text(r, first + i, OVERDUE);
                    }
                    case ABSENT -> t.text(r, first + i, ABSENT);
                }
            }
            t.number(r, fixed, done, st.integer);
            t.number(r, fixed + 1, outstanding, st.integer);
            t.number(r, fixed + 2, overdue, st.integer);
        }
        int last = t.lastRow();
        for (int c = first; c < headers.size(); c++) {
            t.widths[c] = 11; // a date or a status word, whatever the title
        }
        t.finish();
        if (!policies.isEmpty()) {
            CellRangeAddress grid = new CellRangeAddress(1, Math.max(1, last), first, headers.size() - 1);
            textColours(t.sheet, grid, OVERDUE, RED_FILL, DUE, AMBER_FILL, ABSENT, GREY_FILL);
            SheetConditionalFormatting cf = t.sheet.getSheetConditionalFormatting();
            String topLeft = new org.apache.poi.ss.util.CellReference(1, first).formatAsString(false);
            ConditionalFormattingRule done = cf.createConditionalFormattingRule("ISNUMBER(" + topLeft + ")");
            fill(done, GREEN_FILL);
            cf.addConditionalFormatting(new CellRangeAddress[] {grid}, done);
        }
    }

    private static void outstanding(SXSSFWorkbook wb, Styles st, GovernorsPack pack) {
        Table t = new Table(wb, st, OUTSTANDING, "Policy", "Person", "Category", "Version required", "Due",
                "Status", "Days overdue");
        for (GapRow g : pack.chased()) {
            Row r = t.row();
            t.text(r, 0, g.policy());
            t.text(r, 1, g.person());
            t.text(r, 2, g.category().label());
            t.text(r, 3, g.version());
            t.date(r, 4, g.due());
            t.text(r, 5, status(g.status()));
            t.number(r, 6, g.daysOverdue(), st.integer);
        }
        int last = t.lastRow();
        t.finish();
        textColours(t.sheet, new CellRangeAddress(1, Math.max(1, last), 5, 5),
                OVERDUE, RED_FILL, DUE, AMBER_FILL, ABSENT, GREY_FILL);
    }

    /** The gaps of people on long-term absence: listed apart, labelled, never in the outstanding figure. */
    private static void onAbsence(SXSSFWorkbook wb, Styles st, GovernorsPack pack) {
        Table t = new Table(wb, st, ON_ABSENCE, "Policy", "Person", "Category", "Version required", "Status");
        for (GapRow g : pack.onAbsence()) {
            Row r = t.row();
            t.text(r, 0, g.policy());
            t.text(r, 1, g.person());
            t.text(r, 2, g.category().label());
            t.text(r, 3, g.version());
            t.text(r, 4, NOT_CHASED);
        }
        t.finish();
    }

    /** The data-quality warnings, the same list as the PDF's and the dashboard's. */
    private static void dataQuality(SXSSFWorkbook wb, Styles st, GovernorsPack pack) {
        Table t = new Table(wb, st, DATA_QUALITY, "Kind", "About", "Details");
        for (DataWarning w : pack.warnings()) {
            Row r = t.row();
            t.text(r, 0, GovernorsPackPdf.kind(w.kind()));
            t.text(r, 1, w.subject());
            t.text(r, 2, w.message());
        }
        t.finish();
    }

    private static void induction(SXSSFWorkbook wb, Styles st, GovernorsPack pack) {
        Table t = new Table(wb, st, INDUCTION, "Person", "Category", "Started", "Items done", "Items in plan",
                "Overdue items", "Next item", "Next due", "Status");
        for (InductionRow ir : pack.inductions()) {
            Row r = t.row();
            t.text(r, 0, ir.person());
            t.text(r, 1, ir.category().label());
            t.date(r, 2, ir.startDate());
            t.number(r, 3, ir.itemsDone(), st.integer);
            t.number(r, 4, ir.itemsTotal(), st.integer);
            t.number(r, 5, ir.overdueItems(), st.integer);
            t.text(r, 6, ir.nextItem());
            t.date(r, 7, ir.nextDue());
            t.text(r, 8, ir.complete() ? "Complete" : ir.overdueItems() > 0 ? "Overdue items" : "In progress");
        }
        int last = t.lastRow();
        t.finish();
        textColours(t.sheet, new CellRangeAddress(1, Math.max(1, last), 8, 8),
                "Overdue items", RED_FILL, "In progress", AMBER_FILL, "Complete", GREEN_FILL);
    }
}
