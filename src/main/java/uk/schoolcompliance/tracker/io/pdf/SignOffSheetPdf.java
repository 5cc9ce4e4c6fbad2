package uk.schoolcompliance.tracker.io.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import uk.schoolcompliance.tracker.domain.Dates;

/**
 * The printable sign-off sheet for one policy version: the in-scope staff who have not yet signed,
 * with a signature and a date box each, to take to a staff meeting and enter afterwards as a
 * sign-off session. A4 portrait in the house style ({@link PdfLayout}).
 */
public final class SignOffSheetPdf {

    /** A person on the sheet. */
    public record Person(String name, String category, String jobTitle) {
    }

    /**
     * What the sheet shows.
     *
     * @param meetingDate      the date of the meeting, or null to leave a line to write it on
     * @param absentNotListed  people in scope who are on long-term absence (not listed, only counted)
     * @param blankRows        empty rows at the end for anyone not listed
     */
    public record Sheet(String school, String policy, String reference, String version, LocalDate effectiveFrom,
                        LocalDate meetingDate, List<Person> people, int absentNotListed, int blankRows) {
    }

    private SignOffSheetPdf() {
    }

    public static void write(Sheet sheet, OutputStream out) throws IOException {
        Document doc = PdfLayout.open(out, false, sheet.school(),
                "Sign-off sheet \u00b7 " + sheet.policy() + " v" + sheet.version());
        try {
            doc.add(PdfLayout.paragraph("Policy sign-off sheet", PdfLayout.TITLE));
            doc.add(PdfLayout.paragraph(sheet.policy(), PdfLayout.HEADING));
            StringBuilder facts = new StringBuilder("Version " + sheet.version());
            if (sheet.effectiveFrom() != null) {
                facts.append("  \u00b7  effective from ").append(Dates.forPeople(sheet.effectiveFrom()));
            }
            if (sheet.reference() != null && !sheet.reference().isBlank()) {
                facts.append("  \u00b7  reference ").append(sheet.reference());
            }
            doc.add(PdfLayout.paragraph(facts.toString(), PdfLayout.BODY));
            doc.add(PdfLayout.paragraph("Meeting date: " + (sheet.meetingDate() == null ? "____ / ____ / ________"
                    : Dates.forPeople(sheet.meetingDate())), PdfLayout.BODY_BOLD));
            doc.add(PdfLayout.paragraph("By signing below I confirm that I have read and understood the "
                    + sheet.policy() + " (version " + sheet.version() + ") and that I will follow it. If anything is "
                    + "unclear I will ask the policy's owner.", PdfLayout.BODY));
            PdfPTable table = PdfLayout.table(new float[] {4, 30, 20, 30, 14}, "#", "Name", "Category", "Signature", "Date");
            int n = 1;
            for (Person p : sheet.people()) {
                table.addCell(number(n++));
                table.addCell(nameCell(p));
                PdfPCell category = PdfLayout.cell(p.category());
                category.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(category);
                table.addCell(PdfLayout.writingSpace());
                table.addCell(PdfLayout.writingSpace());
            }
            for (int i = 0; i < sheet.blankRows(); i++) {
                table.addCell(number(n++));
                for (int c = 0; c < 4; c++) {
                    table.addCell(PdfLayout.writingSpace());
                }
            }
            doc.add(table);
            StringBuilder foot = new StringBuilder(sheet.people().size() == 1 ? "1 person in scope has not yet signed."
                    : sheet.people().size() + " people in scope have not yet signed.");
            if (sheet.absentNotListed() > 0) {
                foot.append(' ').append(sheet.absentNotListed() == 1 ? "1 person on long-term absence is"
                        : sheet.absentNotListed() + " people on long-term absence are").append(" not listed.");
            }
            if (sheet.blankRows() > 0) {
                foot.append(" Add anyone not listed on the blank rows with their name printed.");
            }
            doc.add(PdfLayout.paragraph(foot.toString(), PdfLayout.SMALL));
        } finally {
            doc.close();
        }
    }

    private static PdfPCell number(int n) {
        PdfPCell c = PdfLayout.cell(String.valueOf(n), PdfLayout.SMALL, null);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    private static PdfPCell nameCell(Person p) {
        PdfPCell c = PdfLayout.cell(p.name(), PdfLayout.BODY_BOLD, null);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setMinimumHeight(26);
        return c;
    }
}
