package uk.schoolcompliance.tracker.io.report;

import static uk.schoolcompliance.tracker.io.report.PackPdfKit.*;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.domain.report.TrustPack.SchoolRow;
import uk.schoolcompliance.tracker.io.pdf.PdfLayout;

/**
 * The trust board's pack as an A4 PDF: cover, the trust's headline figures, the schools side by side (each with
 * its status as colour, shape and word), the trust-wide policies' reviews (the board's own), then a page per
 * school with its own figures, its own policies' reviews and its acknowledgements by policy.
 */
public final class TrustPackPdf {

    private TrustPackPdf() {
    }

    public static String title(TrustPack pack) {
        return "Trust board's compliance pack \u00B7 " + pack.term().label() + " \u00B7 as of " + Dates.forPeople(pack.asOf());
    }

    /** Writes the pack to the stream (which is closed when done). */
    public static void write(TrustPack pack, OutputStream out) {
        Document doc = PdfLayout.open(out, false, pack.trustName(), title(pack));
        try {
            cover(doc, pack);
            doc.newPage();
            heading(doc, "Trust summary", "The whole trust's figures as of " + Dates.forPeople(pack.asOf())
                    + ": every school and the central team. Acknowledgement figures count people in post and in a "
                    + "policy's audience; people on long-term absence are listed apart and never counted.");
            doc.add(headlineTable(pack.headlines()));
            doc.setPageSize(PageSize.A4.rotate());
            doc.newPage();
            schools(doc, pack);
            doc.newPage();
            heading(doc, "Trust-wide policies' reviews", pack.trustWideReviews().size()
                    + " trust-wide policies, reviewed by the trust board, soonest due first. Each school's own "
                    + "policies' reviews are on its page.");
            if (pack.trustWideReviews().isEmpty()) {
                doc.add(PdfLayout.paragraph("No active trust-wide policy.", PdfLayout.BODY));
            } else {
                doc.add(scheduleTable(pack.trustWideReviews()));
            }
            for (int i = 0; i < pack.schoolPacks().size(); i++) {
                schoolPage(doc, pack.schools().get(i), pack.schoolPacks().get(i));
            }
        } finally {
            doc.close();
        }
    }

    private static void cover(Document doc, TrustPack pack) {
        PackPdfKit.cover(doc, "Trust board's compliance pack", pack.trustName(), List.of(
                termFact(pack.term()),
                new String[] {"Figures as of", Dates.forPeople(pack.asOf())},
                new String[] {"Prepared by", pack.preparedBy() + " on " + Dates.forPeople(pack.preparedOn())},
                new String[] {"Schools", String.valueOf(pack.schools().size())},
                namesFact(pack.names())), TrustPack.sections());
    }

    private static void schools(Document doc, TrustPack pack) {
        heading(doc, "Schools side by side", pack.schools().size() + " entries: each school, then the central team "
                + "(people of no school). A school's status is the worst of its acknowledgement rate (green from 95 %, "
                + "amber from 80 %, red below), its reviews overdue and its induction items overdue (red when any).");
        PdfPTable t = PdfLayout.table(new float[] {3.4f, 1f, 1f, 1.1f, 1f, 1.5f, 1.1f, 1.1f, 1.1f, 1.1f, 1.2f, 2f},
                "School", "URN", "In post", "Required", "Done", "Outstanding", "Overdue", "Rate", "Reviews overdue",
                "Reviews due soon", "Induction items overdue", "Status");
        smallHeaders(t);
        for (SchoolRow r : pack.schools()) {
            summaryRow(t, r.name(), r.urn(), r.summary(), r.rag(), r.statusWord(), r.rag() == null ? null : fill(r.rag()));
        }
        Summary all = pack.summary();
        summaryRow(t, "Whole trust", null, all, TrustPack.status(all), FigureWords.NOT_STARTED, null);
        doc.add(t);
    }

    /** One line of the schools side by side: a school's (tinted by its status) or the whole trust's. */
    private static void summaryRow(PdfPTable t, String name, String urn, Summary s, uk.schoolcompliance.tracker.domain.Rag rag,
                                   String word, Color fill) {
        t.addCell(PdfLayout.cell(name, SMALL_BOLD, fill));
        t.addCell(PdfLayout.cell(urn == null ? "" : urn, SMALL_INK, fill));
        for (int n : new int[] {s.staffInPost(), s.ackRequired(), s.ackDone(), s.ackOutstanding(), s.ackOverdue()}) {
            t.addCell(right(String.valueOf(n), fill));
        }
        t.addCell(right(s.ackNotStarted() ? "\u2014" : s.ackPercent() + " %", fill));
        for (int n : new int[] {s.reviewsOverdue(), s.reviewsDueSoon(), s.inductionOverdueItems()}) {
            t.addCell(right(String.valueOf(n), fill));
        }
        t.addCell(rag != null ? ragCell(rag, SMALL_BOLD, "") : PdfLayout.cell(word, SMALL_BOLD, null));
    }

    private static PdfPCell right(String text, Color fill) {
        PdfPCell c = PdfLayout.cell(text, SMALL_INK, fill);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** A school's own page: its headline figures, its own policies' reviews, its acknowledgements by policy. */
    private static void schoolPage(Document doc, SchoolRow row, GovernorsPack school) {
        doc.setPageSize(PageSize.A4.rotate());
        doc.newPage();
        Font big = COVER_SCHOOL;
        Paragraph name = new Paragraph(school.schoolName(), big);
        name.setSpacingAfter(4);
        doc.add(name);
        doc.add(PdfLayout.paragraph((row.urn() == null ? "" : "URN " + row.urn() + " \u00B7 ") + "Status: "
                + row.statusWord() + " \u00B7 figures as of " + Dates.forPeople(school.asOf()), NOTE));
        doc.add(headlineTable(school.headlines()));
        if (!row.centralTeam()) {
            heading(doc, "Its own policies' reviews", school.reviewSchedule().isEmpty()
                    ? "No policy of its own: its staff follow the trust-wide policies, reviewed by the trust board."
                    : school.reviewSchedule().size() + " policies of its own, reviewed by its local governing body.");
            if (!school.reviewSchedule().isEmpty()) {
                doc.add(scheduleTable(school.reviewSchedule()));
            }
        }
        heading(doc, "Acknowledgements by policy", null);
        barTable(doc, school.byPolicy(), "Policy");
    }
}
