package uk.schoolcompliance.tracker.io.report;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.InductionRow;
import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TermEvent;
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.io.pdf.PdfLayout;

import static uk.schoolcompliance.tracker.io.report.PackPdfKit.*;

/**
 * The governors' pack as an A4 PDF for reading and printing: cover, one-page summary with
 * red/amber/green (colour, shape and word), review schedule, this term's approvals and reviews,
 * acknowledgement rates with vector bar charts, inductions and data-quality warnings.
 */
public final class GovernorsPackPdf {

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
        PackPdfKit.cover(doc, "Governors' compliance pack", pack.schoolName(), List.of(
                termFact(pack.term()),
                new String[] {"Figures as of", Dates.forPeople(pack.asOf())},
                new String[] {"Prepared by", pack.preparedBy() + " on " + Dates.forPeople(pack.preparedOn())},
                pack.peopleWithheld() ? new String[] {"Staff names", "Not included: figures only, for a governor's login"}
                        : namesFact(pack.names())), GovernorsPack.sections());
    }

    private static void summary(Document doc, GovernorsPack pack) {
        heading(doc, "Summary", "The headline figures as of " + Dates.forPeople(pack.asOf())
                + ". Acknowledgement figures count people in post and in a policy's audience; people on long-term "
                + "absence are listed apart and never counted.");
        doc.add(headlineTable(pack.headlines()));
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
        doc.add(scheduleTable(pack.reviewSchedule()));
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

    private static void inductions(Document doc, GovernorsPack pack) {
        if (pack.peopleWithheld()) {
            // the counts only: the rows are people, and an empty table would read as "every induction is complete"
            heading(doc, "Inductions", plural(pack.summary().inductionInProgress(), "new starter has",
                    "new starters have") + " induction items still open; " + plural(pack.summary()
                    .inductionOverdueItems(), "item is", "items are") + " past the due date.");
            doc.add(PdfLayout.paragraph(GovernorsPack.WITHHELD, PdfLayout.BODY));
            return;
        }
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

    public static String kind(DataWarning.Kind kind) {
        return switch (kind) {
            case REVIEW_DATE_ERROR -> "Review dates";
            case NO_VERSION -> "No version";
            case NO_DOCUMENT -> "No document";
            case NO_EMAIL -> "No email";
        };
    }
}
