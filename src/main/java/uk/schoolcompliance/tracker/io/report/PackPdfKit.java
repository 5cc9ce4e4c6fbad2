package uk.schoolcompliance.tracker.io.report;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.ReviewRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TallyRow;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.io.pdf.PdfLayout;

/**
 * What the governors' pack and the trust board's pack draw alike: the fonts, section headings, the
 * red/amber/green cell (colour, shape and word), the headline table, the review schedule table and the
 * acknowledgement bars.
 */
final class PackPdfKit {

    static final Font SMALL_INK = new Font(Font.HELVETICA, 8, Font.NORMAL, PdfLayout.INK);
    static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD, PdfLayout.INK);
    static final Font SMALL_HEADER = new Font(Font.HELVETICA, 8, Font.BOLD, PdfLayout.INK);
    static final Font NOTE = new Font(Font.HELVETICA, 9, Font.NORMAL, PdfLayout.MUTED);
    static final Font COVER_TITLE = new Font(Font.HELVETICA, 28, Font.BOLD, PdfLayout.INK);
    static final Font COVER_SCHOOL = new Font(Font.HELVETICA, 18, Font.NORMAL, PdfLayout.INK);
    static final Font COVER_LINE = new Font(Font.HELVETICA, 12, Font.NORMAL, PdfLayout.INK);
    static final Font BIG_VALUE = new Font(Font.HELVETICA, 14, Font.BOLD, PdfLayout.INK);

    /** The target line drawn on every acknowledgement bar. */

    private PackPdfKit() {
    }

    /**
     * A pack's cover, the same for the governors' and the trust board's: its title, the school's or trust's name,
     * its facts (label, value) as a ruled table, the contents ({@code sections} after the cover's own) and how to
     * read the status marks.
     */
    static void cover(Document doc, String packTitle, String name, List<String[]> facts, List<String> sections) {
        Paragraph space = new Paragraph(" ");
        space.setSpacingBefore(120);
        doc.add(space);
        Paragraph title = new Paragraph(packTitle, COVER_TITLE);
        title.setSpacingAfter(10);
        doc.add(title);
        Paragraph who = new Paragraph(name, COVER_SCHOOL);
        who.setSpacingAfter(36);
        doc.add(who);
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(80);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String[] fact : facts) {
            for (PdfPCell c : new PdfPCell[] {new PdfPCell(new Phrase(fact[0], PdfLayout.BODY_BOLD)),
                    new PdfPCell(new Phrase(fact[1], COVER_LINE))}) {
                c.setBorder(Rectangle.BOTTOM);
                c.setBorderColor(PdfLayout.RULE);
                c.setPaddingTop(7);
                c.setPaddingBottom(7);
                table.addCell(c);
            }
        }
        doc.add(table);
        Paragraph contents = new Paragraph("Contents", PdfLayout.HEADING);
        contents.setSpacingBefore(36);
        contents.setSpacingAfter(6);
        doc.add(contents);
        int n = 1;
        for (String section : sections.subList(1, sections.size())) {
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

    /** The cover's "Term" fact: "Autumn 2026 (01/09/2026 – 31/12/2026)". */
    static String[] termFact(Term term) {
        return new String[] {"Term", term.label() + " (" + Dates.forPeople(term.start()) + " \u2013 "
                + Dates.forPeople(term.end()) + ")"};
    }

    /** The cover's "Staff names" fact. */
    static String[] namesFact(boolean names) {
        return new String[] {"Staff names", names ? "Included: this pack is personal data; keep it confidential"
                : "Not included: people are counted, not named"};
    }

    static void heading(Document doc, String text, String intro) {
        Paragraph h = new Paragraph(text, PdfLayout.HEADING);
        h.setSpacingAfter(4);
        doc.add(h);
        if (intro != null) {
            doc.add(PdfLayout.paragraph(intro, NOTE));
        }
    }

    static void barTable(Document doc, List<TallyRow> rows, String what) {
        PdfPTable t = PdfLayout.table(new float[] {3.3f, 0.9f, 0.9f, 0.9f, 0.9f, 3.4f},
                what, "Required", "Done", "Overdue", "Rate", "Rate (0\u2013100 %)");
        smallHeaders(t);
        for (TallyRow r : rows) {
            barRow(t, r.label(), r.tally(), SMALL_INK);
        }
        barRow(t, "All", GovernorsPack.TallyRow.total(rows), SMALL_BOLD);
        doc.add(t);
    }

    static void barRow(PdfPTable t, String label, Tally tally, Font font) {
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

    static PdfPCell num(String text, Font font) {
        PdfPCell c = PdfLayout.cell(text, font, null);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static void smallHeaders(PdfPTable t) {
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
    static PdfPCell ragCell(Rag rag, Font font, String extra) {
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
    record Bar(double percent, Color colour) implements PdfPCellEvent {
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

    /** The headline figures: label, value, status (shape and word), what it counts. */
    static PdfPTable headlineTable(List<Headline> headlines) {
        PdfPTable t = PdfLayout.table(new float[] {3.2f, 1.4f, 1.9f, 3.5f}, "Figure", "Value", "Status", "What it counts");
        for (Headline h : headlines) {
            Color fill = h.rag() == null ? null : fill(h.rag());
            t.addCell(PdfLayout.cell(h.label(), PdfLayout.BODY_BOLD, fill));
            PdfPCell value = PdfLayout.cell(h.shown(), BIG_VALUE, fill);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(value);
            t.addCell(h.rag() != null ? ragCell(h.rag(), PdfLayout.BODY_BOLD, "")
                    : PdfLayout.cell(h.statusWord(), h.state() == null ? PdfLayout.BODY : PdfLayout.BODY_BOLD, null));
            t.addCell(PdfLayout.cell(h.note(), PdfLayout.TABLE_BODY, fill));
        }
        return t;
    }

    /** The review schedule's rows, overdue red and due soon amber (shape and word). */
    static PdfPTable scheduleTable(List<ReviewRow> rows) {
        PdfPTable t = PdfLayout.table(new float[] {3.2f, 1f, 2f, 1.8f, 3.6f, 1.2f, 1.2f, 1.6f},
                "Policy", "Statutory", "Owner", "Approving body", "Last review or approval", "Frequency", "Next due",
                "Status");
        smallHeaders(t);
        for (ReviewRow r : rows) {
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
        return t;
    }
}
