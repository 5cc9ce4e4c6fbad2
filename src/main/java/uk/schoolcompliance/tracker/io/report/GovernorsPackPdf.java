package uk.schoolcompliance.tracker.io.report;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.InductionRow;
import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.ReviewRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TallyRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TermEvent;
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.io.pdf.PdfLayout;

/**
 * The governors' pack as an A4 PDF for reading and printing: cover, one-page summary with
 * red/amber/green (colour, shape and word), review schedule, this term's approvals and reviews,
 * acknowledgement rates with vector bar charts, inductions and data-quality warnings.
 */
public final class GovernorsPackPdf {

    static final Font SMALL_INK = new Font(Font.HELVETICA, 8, Font.NORMAL, PdfLayout.INK);
    static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD, PdfLayout.INK);
    static final Font SMALL_HEADER = new Font(Font.HELVETICA, 8, Font.BOLD, PdfLayout.INK);
    static final Font NOTE = new Font(Font.HELVETICA, 9, Font.NORMAL, PdfLayout.MUTED);
    static final Font COVER_TITLE = new Font(Font.HELVETICA, 28, Font.BOLD, PdfLayout.INK);
    static final Font COVER_SCHOOL = new Font(Font.HELVETICA, 18, Font.NORMAL, PdfLayout.INK);
    static final Font COVER_LINE = new Font(Font.HELVETICA, 12, Font.NORMAL, PdfLayout.INK);
    static final Font BIG_VALUE = new Font(Font.HELVETICA, 14, Font.BOLD, PdfLayout.INK);

    /** The target line drawn on every acknowledgement bar. */

    private GovernorsPackPdf() {
    }

    public static String title(GovernorsPack pack) {
        return "Governors' compliance pack \u00B7 " + pack.term().label() + " \u00B7 as of " + Dates.forPeople(pack.asOf());
    }

    /** Writes the pack to the stream (which is closed when done). */
    public static void write(GovernorsPack pack, OutputStream out) {
        Document doc = PdfLayout.open(out, false, pack.schoolName(), title(pack));
        try {
            cover(doc, pack);
            doc.newPage();
            summary(doc, pack);
            // the schedule's eight columns need the width of a landscape page
            doc.setPageSize(PageSize.A4.rotate());
            doc.newPage();
            schedule(doc, pack);
            thisTerm(doc, pack);
            doc.setPageSize(PageSize.A4);
            doc.newPage();
            byPolicy(doc, pack);
            doc.newPage();
            byCategory(doc, pack);
            inductions(doc, pack);
            warnings(doc, pack);
        } finally {
            doc.close();
        }
    }

    private static void cover(Document doc, GovernorsPack pack) {
        Paragraph space = new Paragraph(" ");
        space.setSpacingBefore(120);
        doc.add(space);
        Paragraph title = new Paragraph("Governors' compliance pack", COVER_TITLE);
        title.setSpacingAfter(10);
        doc.add(title);
        Paragraph school = new Paragraph(pack.schoolName(), COVER_SCHOOL);
        school.setSpacingAfter(36);
        doc.add(school);
        PdfPTable facts = new PdfPTable(new float[] {1.3f, 3f});
        facts.setWidthPercentage(80);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        fact(facts, "Term", pack.term().label() + " (" + Dates.forPeople(pack.term().start()) + " \u2013 "
                + Dates.forPeople(pack.term().end()) + ")");
        fact(facts, "Figures as of", Dates.forPeople(pack.asOf()));
        fact(facts, "Prepared by", pack.preparedBy() + " on " + Dates.forPeople(pack.preparedOn()));
        fact(facts, "Staff names", pack.names() ? "Included: this pack is personal data; keep it confidential"
                : "Not included: people are counted, not named");
        doc.add(facts);
        Paragraph contents = new Paragraph("Contents", PdfLayout.HEADING);
        contents.setSpacingBefore(36);
        contents.setSpacingAfter(6);
        doc.add(contents);
        int n = 1;
        for (String section : GovernorsPack.sections().subList(1, GovernorsPack.sections().size())) {
            Paragraph p = new Paragraph(n++ + ".  " + section, COVER_LINE);
            p.setSpacingAfter(3);
            doc.add(p);
        }
        Paragraph key = new Paragraph();
        key.setSpacingBefore(30);
        key.add(new Chunk("How to read the status marks: ", PdfLayout.BODY_BOLD));
        key.add(new Chunk("a red square means action is needed, an amber triangle means keep an eye on it, and a "
                + "green circle means on track. Each mark is also written in words.", PdfLayout.BODY));
        doc.add(key);
    }

    private static void fact(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, PdfLayout.BODY_BOLD));
        PdfPCell v = new PdfPCell(new Phrase(value, COVER_LINE));
        for (PdfPCell c : new PdfPCell[] {l, v}) {
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(PdfLayout.RULE);
            c.setPaddingTop(7);
            c.setPaddingBottom(7);
            t.addCell(c);
        }
    }

    private static void heading(Document doc, String text, String intro) {
        Paragraph h = new Paragraph(text, PdfLayout.HEADING);
        h.setSpacingAfter(4);
        doc.add(h);
        if (intro != null) {
            doc.add(PdfLayout.paragraph(intro, NOTE));
        }
    }

    private static void summary(Document doc, GovernorsPack pack) {
        heading(doc, "Summary", "The headline figures as of " + Dates.forPeople(pack.asOf())
                + ". Acknowledgement figures count people in post and in a policy's audience; people on long-term "
                + "absence are listed apart and never counted.");
        PdfPTable t = PdfLayout.table(new float[] {3.2f, 1.4f, 1.9f, 3.5f}, "Figure", "Value", "Status", "What it counts");
        for (Headline h : pack.headlines()) {
            Color fill = h.rag() == null ? null : fill(h.rag());
            t.addCell(PdfLayout.cell(h.label(), PdfLayout.BODY_BOLD, fill));
            PdfPCell value = PdfLayout.cell(h.shown(), BIG_VALUE, fill);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(value);
            t.addCell(h.rag() != null ? ragCell(h.rag(), PdfLayout.BODY_BOLD, "")
                    : PdfLayout.cell(h.statusWord(), h.state() == null ? PdfLayout.BODY : PdfLayout.BODY_BOLD, null));
            t.addCell(PdfLayout.cell(h.note(), PdfLayout.TABLE_BODY, fill));
        }
        doc.add(t);
        var s = pack.summary();
        String absent = FigureWords.absent(s.ackAbsent());
        doc.add(PdfLayout.paragraph(s.ackNotStarted()
                ? FigureWords.NOT_STARTED + ": nothing to acknowledge yet, as " + FigureWords.NOT_STARTED_WHY + "; " + absent + "."
                : s.ackRequired() + " acknowledgements are required: " + s.ackDone() + " done and " + s.ackOutstanding()
                        + " outstanding, of which " + s.ackOverdue() + " are overdue; " + absent + ".", PdfLayout.BODY));
        doc.add(PdfLayout.paragraph("Status: acknowledgement rate green from 95 %, amber from 80 %, red below; "
                + "overdue items are red when there are any; reviews due soon and data warnings are amber when there "
                + "are any.", NOTE));
    }

    private static void schedule(Document doc, GovernorsPack pack) {
        long overdue = pack.reviewSchedule().stream().filter(r -> r.status() == ReviewStatus.OVERDUE).count();
        heading(doc, "Policy review schedule", pack.reviewSchedule().size() + " active policies, soonest due first. "
                + overdue + " overdue (marked in red), " + pack.summary().reviewsDueSoon() + " due within 60 days (amber)."
                + (pack.summary().reviewDatesMissing() ? " " + FigureWords.NO_DATES + ": "
                        + FigureWords.noDates(pack.summary()) + "." : ""));
        PdfPTable t = PdfLayout.table(new float[] {3.2f, 1f, 2f, 1.8f, 3.6f, 1.2f, 1.2f, 1.6f},
                "Policy", "Statutory", "Owner", "Approving body", "Last review or approval", "Frequency", "Next due",
                "Status");
        smallHeaders(t);
        for (ReviewRow r : pack.reviewSchedule()) {
            Rag rag = switch (r.status()) {
                case OVERDUE -> Rag.RED;
                case DUE_SOON -> Rag.AMBER;
                default -> null;
            };
            Color fill = rag == null ? null : fill(rag);
            Font bold = r.status() == ReviewStatus.OVERDUE ? SMALL_BOLD : SMALL_INK;
            t.addCell(PdfLayout.cell(r.policy(), bold, fill));
            t.addCell(PdfLayout.cell(r.statutory() ? "Yes" : "No", SMALL_INK, fill));
            t.addCell(PdfLayout.cell(r.owner(), SMALL_INK, fill));
            t.addCell(PdfLayout.cell(r.approvingBody(), SMALL_INK, fill));
            t.addCell(PdfLayout.cell(r.awaitingApproval().isEmpty() ? r.lastReview()
                    : r.lastReview() + ". " + r.awaitingApproval(), SMALL_INK, fill));
            t.addCell(PdfLayout.cell(r.frequencyMonths() == null ? "Live document" : r.frequencyMonths() + " months",
                    SMALL_INK, fill));
            t.addCell(PdfLayout.cell(r.nextDue() == null ? "\u2014" : Dates.forPeople(r.nextDue()), bold, fill));
            String word = r.status().label() + (r.dateError() ? " (date error)" : "");
            t.addCell(rag == null ? PdfLayout.cell(word, SMALL_INK, null) : ragCell(rag, SMALL_BOLD, word));
        }
        doc.add(t);
    }

    private static void thisTerm(Document doc, GovernorsPack pack) {
        Paragraph gap = new Paragraph(" ");
        gap.setSpacingBefore(6);
        doc.add(gap);
        heading(doc, "Approvals and reviews this term", pack.term().label() + " (" + Dates.forPeople(pack.term().start())
                + " \u2013 " + Dates.forPeople(pack.term().end()) + "), up to " + Dates.forPeople(pack.asOf()) + ": "
                + plural(pack.approvalsThisTerm(), "version", "versions") + " approved and "
                + plural(pack.reviewsCompletedThisTerm(), "review", "reviews") + " completed.");
        if (pack.thisTerm().isEmpty()) {
            doc.add(PdfLayout.paragraph("Nothing was approved or reviewed in this term up to the as-of date.", PdfLayout.BODY));
            return;
        }
        PdfPTable t = PdfLayout.table(new float[] {1.2f, 3f, 2.4f, 4.4f}, "Date", "Policy", "What", "Details");
        smallHeaders(t);
        for (TermEvent e : pack.thisTerm()) {
            t.addCell(PdfLayout.cell(Dates.forPeople(e.date()), SMALL_INK, null));
            t.addCell(PdfLayout.cell(e.policy(), SMALL_BOLD, null));
            t.addCell(PdfLayout.cell(e.what(), SMALL_INK, null));
            t.addCell(PdfLayout.cell(e.detail(), SMALL_INK, null));
        }
        doc.add(t);
    }

    private static void byPolicy(Document doc, GovernorsPack pack) {
        heading(doc, "Acknowledgements by policy", "The share of required acknowledgements done for each policy. "
                + "The bar shows the rate (green from 95 %, amber from 80 %, red below); the dark mark on each bar is "
                + "the 95 % target.");
        barTable(doc, pack.byPolicy(), "Policy");
    }

    private static void byCategory(Document doc, GovernorsPack pack) {
        heading(doc, "Acknowledgements by staff category", "The same figures by the category of the people who must "
                + "read each policy.");
        barTable(doc, pack.byCategory(), "Staff category");
        Paragraph gap = new Paragraph(" ");
        gap.setSpacingBefore(6);
        doc.add(gap);
    }

    private static void barTable(Document doc, List<TallyRow> rows, String what) {
        PdfPTable t = PdfLayout.table(new float[] {3.3f, 0.9f, 0.9f, 0.9f, 0.9f, 3.4f},
                what, "Required", "Done", "Overdue", "Rate", "Rate (0\u2013100 %)");
        smallHeaders(t);
        for (TallyRow r : rows) {
            barRow(t, r.label(), r.tally(), SMALL_INK);
        }
        barRow(t, "All", GovernorsPack.TallyRow.total(rows), SMALL_BOLD);
        doc.add(t);
    }

    private static void barRow(PdfPTable t, String label, Tally tally, Font font) {
        Rag rag = Rag.forPercent(tally.percent());
        t.addCell(PdfLayout.cell(label, font, null));
        t.addCell(num(String.valueOf(tally.inScope()), font));
        t.addCell(num(String.valueOf(tally.done()), font));
        t.addCell(num(String.valueOf(tally.overdue()), font));
        if (tally.inScope() == 0) {
            // 0 of 0 is no rate at all (nothing in effect yet, or everyone on long-term absence), never a full bar
            t.addCell(num("\u2014", font));
            t.addCell(PdfLayout.cell(tally.absent() > 0 ? tally.absent() + " on long-term absence, not chased"
                    : FigureWords.NOT_STARTED, font, null));
            return;
        }
        t.addCell(num(tally.percent() + " %", font));
        PdfPCell bar = new PdfPCell(new Phrase(" ", font));
        bar.setBorderColor(PdfLayout.RULE);
        bar.setPadding(5);
        bar.setCellEvent(new Bar(tally.percent(), stroke(rag)));
        t.addCell(bar);
    }

    private static PdfPCell num(String text, Font font) {
        PdfPCell c = PdfLayout.cell(text, font, null);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static void inductions(Document doc, GovernorsPack pack) {
        List<InductionRow> open = pack.inductionsInProgress();
        heading(doc, "Inductions", plural(open.size(), "new starter has", "new starters have")
                + " induction items still open; " + plural(pack.summary().inductionOverdueItems(), "item is", "items are")
                + " past the due date."
                + (pack.names() ? "" : " People are counted, not named."));
        if (open.isEmpty()) {
            doc.add(PdfLayout.paragraph("Every induction is complete.", PdfLayout.BODY));
            return;
        }
        PdfPTable t = pack.names()
                ? PdfLayout.table(new float[] {2.4f, 1.9f, 1.2f, 1f, 1f, 3.3f, 1.2f},
                "Name", "Category", "Started", "Done", "Overdue", "Next item", "Next due")
                : PdfLayout.table(new float[] {1.6f, 1.9f, 1.2f, 1f, 1f, 3.3f, 1.2f},
                "Person", "Category", "Started", "Done", "Overdue", "Next item", "Next due");
        smallHeaders(t);
        for (InductionRow r : open) {
            Color fill = r.overdueItems() > 0 ? PdfLayout.RED_FILL : null;
            t.addCell(PdfLayout.cell(r.person(), SMALL_BOLD, fill));
            t.addCell(PdfLayout.cell(r.category().label(), SMALL_INK, fill));
            t.addCell(PdfLayout.cell(Dates.forPeople(r.startDate()), SMALL_INK, fill));
            t.addCell(PdfLayout.cell(r.itemsDone() + " of " + r.itemsTotal(), SMALL_INK, fill));
            t.addCell(r.overdueItems() > 0 ? ragCell(Rag.RED, SMALL_BOLD, String.valueOf(r.overdueItems()))
                    : PdfLayout.cell("0", SMALL_INK, null));
            t.addCell(PdfLayout.cell(r.nextItem(), SMALL_INK, fill));
            t.addCell(PdfLayout.cell(Dates.forPeople(r.nextDue()), SMALL_INK, fill));
        }
        doc.add(t);
    }

    private static void warnings(Document doc, GovernorsPack pack) {
        Paragraph gap = new Paragraph(" ");
        gap.setSpacingBefore(6);
        doc.add(gap);
        heading(doc, "Data quality", plural(pack.warnings().size(), "record", "records") + " to correct. None changes a figure above by "
                + "itself, but each makes the figures less trustworthy.");
        if (pack.warnings().isEmpty()) {
            doc.add(PdfLayout.paragraph("No data-quality warnings.", PdfLayout.BODY));
            return;
        }
        PdfPTable t = PdfLayout.table(new float[] {2f, 3f, 5f}, "Kind", "About", "Details");
        smallHeaders(t);
        for (DataWarning w : pack.warnings()) {
            t.addCell(PdfLayout.cell(kind(w.kind()), SMALL_BOLD, null));
            t.addCell(PdfLayout.cell(w.subject(), SMALL_INK, null));
            t.addCell(PdfLayout.cell(w.message(), SMALL_INK, null));
        }
        doc.add(t);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String kind(DataWarning.Kind kind) {
        return switch (kind) {
            case REVIEW_DATE_ERROR -> "Review dates";
            case NO_VERSION -> "No version";
            case NO_DOCUMENT -> "No document";
            case NO_EMAIL -> "No email";
        };
    }

    private static void smallHeaders(PdfPTable t) {
        for (PdfPCell c : t.getRow(0).getCells()) {
            if (c != null && c.getPhrase() != null) {
                String text = c.getPhrase().getContent();
                c.setPhrase(new Phrase(text, SMALL_HEADER));
            }
        }
    }

    static Color fill(Rag rag) {
        return switch (rag) {
            case RED -> PdfLayout.RED_FILL;
            case AMBER -> PdfLayout.AMBER_FILL;
            case GREEN -> PdfLayout.GREEN_FILL;
        };
    }

    static Color stroke(Rag rag) {
        return switch (rag) {
            case RED -> PdfLayout.RED;
            case AMBER -> PdfLayout.AMBER;
            case GREEN -> PdfLayout.GREEN;
        };
    }

    /** A cell with the status shape drawn at its left, then the word (and any extra text). */
    private static PdfPCell ragCell(Rag rag, Font font, String extra) {
        Font coloured = new Font(font.getFamily(), font.getSize(), Font.BOLD, stroke(rag));
        String text = extra == null || extra.isEmpty() ? rag.word() : extra;
        PdfPCell c = PdfLayout.cell(text, coloured, fill(rag));
        c.setPaddingLeft(font.getSize() + 10);
        c.setCellEvent(new Shape(rag, font.getSize()));
        return c;
    }

    /** Draws the red square, amber triangle or green circle in vector form. */
    private record Shape(Rag rag, float size) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
            float d = size * 0.8f;
            float x = position.getLeft() + 5;
            float y = position.getTop() - cell.getPaddingTop() - size * 0.85f;
            cb.saveState();
            cb.setColorFill(stroke(rag));
            switch (rag) {
                case RED -> cb.rectangle(x, y, d, d);
                case AMBER -> {
                    cb.moveTo(x, y);
                    cb.lineTo(x + d, y);
                    cb.lineTo(x + d / 2, y + d);
                    cb.closePath();
                }
                case GREEN -> cb.circle(x + d / 2, y + d / 2, d / 2);
            }
            cb.fill();
            cb.restoreState();
        }
    }

    /** A horizontal bar for a percentage, with the 95 % target marked: drawn as vector paths. */
    private record Bar(double percent, Color colour) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            float left = position.getLeft() + 5;
            float width = position.getWidth() - 10;
            float height = 7;
            float y = (position.getTop() + position.getBottom()) / 2 - height / 2;
            cb.saveState();
            cb.setColorFill(new Color(0xEE, 0xF1, 0xF4));
            cb.rectangle(left, y, width, height);
            cb.fill();
            cb.setColorFill(colour);
            cb.rectangle(left, y, (float) (width * Math.max(0, Math.min(100, percent)) / 100.0), height);
            cb.fill();
            float target = (float) (left + width * Rag.ON_TRACK_PERCENT / 100.0);
            cb.setColorStroke(PdfLayout.INK);
            cb.setLineWidth(1.2f);
            cb.moveTo(target, y - 2);
            cb.lineTo(target, y + height + 2);
            cb.stroke();
            cb.restoreState();
        }
    }
}
