package uk.schoolcompliance.tracker.io.pdf;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * A new starter's induction checklist to print and keep on file: who, when they started, every item
 * with its due date, what is already done (and by whom), and empty columns to sign and date on paper.
 */
public final class InductionChecklistPdf {

    /** One item as of the date: done on (null when not) and by whom, overdue or not. */
    public record Line(InductionItem item, LocalDate doneOn, String doneBy, boolean overdue) {
    }

    private InductionChecklistPdf() {
    }

    public static void write(String school, StaffMember staff, LocalDate asOf, List<Line> lines, OutputStream out) {
        Document doc = PdfLayout.open(out, false, school, "Induction checklist: " + staff.fullName());
        try {
            doc.add(PdfLayout.paragraph("Induction checklist", PdfLayout.TITLE));
            doc.add(PdfLayout.paragraph(staff.fullName(), PdfLayout.HEADING));
            PdfPTable facts = new PdfPTable(new float[] {1.2f, 2.5f, 1.2f, 2.5f});
            facts.setWidthPercentage(100);
            String role = staff.jobTitle() == null || staff.jobTitle().equalsIgnoreCase(staff.category().label())
                    ? staff.category().label() : staff.jobTitle() + " (" + staff.category().label() + ")";
            fact(facts, "Role", role);
            fact(facts, "Staff reference", nz(staff.staffRef()));
            fact(facts, "Start date", Dates.forPeople(staff.startDate()));
            fact(facts, "Email", nz(staff.email()));
            long done = lines.stream().filter(l -> l.doneOn() != null).count();
            long days = ChronoUnit.DAYS.between(staff.startDate(), asOf);
            fact(facts, "Progress", done + " of " + lines.size() + " done");
            fact(facts, "As of", Dates.forPeople(asOf) + (days >= 0 ? " (day " + days + ")" : " (starts in " + -days + " days)"));
            doc.add(facts);
            Paragraph intro = PdfLayout.paragraph("Tick each item as it is completed, then sign and date it. "
                    + "Policy items are complete once the staff member has read and acknowledged the policy.",
                    PdfLayout.SMALL);
            intro.setSpacingBefore(8);
            doc.add(intro);
            PdfPTable table = PdfLayout.table(new float[] {0.55f, 4.2f, 1.6f, 2.0f, 1.8f, 1.35f},
                    "#", "Item", "Due", "Done (date, by)", "Signed", "Date");
            table.setSplitRows(false); // a row (and its signature box) never breaks across pages
            int n = 1;
            for (Line l : lines) {
                table.addCell(PdfLayout.number(String.valueOf(n++)));
                String kind = l.item().kind() == InductionItemKind.POLICY ? "Policy" : "Task";
                com.lowagie.text.Phrase text = new com.lowagie.text.Phrase(l.item().title(), PdfLayout.TABLE_BODY);
                text.add(new com.lowagie.text.Chunk("\n" + kind, PdfLayout.SMALL));
                PdfPCell title = new PdfPCell(text);
                title.setBorderColor(PdfLayout.RULE);
                title.setPadding(5);
                table.addCell(title);
                PdfPCell due = PdfLayout.cell(Dates.forPeople(l.item().dueDate()) + (l.overdue() ? "\nOVERDUE" : ""),
                        l.overdue() ? PdfLayout.BODY_BOLD : PdfLayout.TABLE_BODY, l.overdue() ? PdfLayout.RED_FILL : null);
                table.addCell(due);
                table.addCell(l.doneOn() == null ? PdfLayout.cell("")
                        : PdfLayout.cell(Dates.forPeople(l.doneOn()) + (l.doneBy() == null ? "" : "\n" + l.doneBy()),
                                PdfLayout.TABLE_BODY, PdfLayout.GREEN_FILL));
                PdfPCell sign = PdfLayout.writingSpace();
                sign.setMinimumHeight(30);
                table.addCell(sign);
                table.addCell(PdfLayout.writingSpace());
            }
            if (lines.isEmpty()) {
                PdfPCell none = PdfLayout.cell("No induction plan has been made for this person.");
                none.setColspan(6);
                none.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(none);
            }
            doc.add(table);
            PdfPTable signoff = new PdfPTable(new float[] {2f, 3f, 1f, 1.5f});
            signoff.setWidthPercentage(100);
            signoff.setSpacingBefore(16);
            signoff.addCell(PdfLayout.cell("Staff member's signature", PdfLayout.BODY_BOLD, PdfLayout.HEADER_FILL));
            signoff.addCell(PdfLayout.writingSpace());
            signoff.addCell(PdfLayout.cell("Date", PdfLayout.BODY_BOLD, PdfLayout.HEADER_FILL));
            signoff.addCell(PdfLayout.writingSpace());
            signoff.addCell(PdfLayout.cell("Line manager / DSL signature", PdfLayout.BODY_BOLD, PdfLayout.HEADER_FILL));
            signoff.addCell(PdfLayout.writingSpace());
            signoff.addCell(PdfLayout.cell("Date", PdfLayout.BODY_BOLD, PdfLayout.HEADER_FILL));
            signoff.addCell(PdfLayout.writingSpace());
            signoff.setKeepTogether(true);
            doc.add(signoff);
        } finally {
            doc.close();
        }
    }

    private static void fact(PdfPTable t, String label, String value) {
        PdfPCell l = PdfLayout.cell(label, PdfLayout.BODY_BOLD, null);
        l.setBorder(0);
        PdfPCell v = PdfLayout.cell(value, PdfLayout.BODY, null);
        v.setBorder(0);
        t.addCell(l);
        t.addCell(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
