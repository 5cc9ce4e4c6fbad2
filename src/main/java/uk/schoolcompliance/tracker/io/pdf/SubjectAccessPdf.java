package uk.schoolcompliance.tracker.io.pdf;

import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.io.SubjectAccessReport;

/** A subject access export as a PDF in the house style: one titled table per section. */
public final class SubjectAccessPdf {

    private SubjectAccessPdf() {
    }

    public static void write(SubjectAccessReport report, OutputStream out) {
        Document doc = PdfLayout.open(out, true, report.schoolName(), "Subject access export: " + report.personName());
        doc.add(PdfLayout.paragraph("Personal data held about " + report.personName(), PdfLayout.TITLE));
        doc.add(PdfLayout.paragraph("Produced on " + Dates.forPeople(report.producedOn()) + " by Compliance Tracker for "
                + report.schoolName() + ". It lists everything the app holds about this person: their details, "
                + "their acknowledgements of policies, their induction and every audit log entry about them.",
                PdfLayout.BODY));
        for (SubjectAccessReport.Section s : report.sections()) {
            doc.add(PdfLayout.paragraph(s.title() + " (" + s.rows().size() + ")", PdfLayout.HEADING));
            if (s.rows().isEmpty()) {
                doc.add(PdfLayout.paragraph("None.", PdfLayout.BODY));
                continue;
            }
            float[] widths = new float[s.headers().size()];
            for (int i = 0; i < widths.length; i++) {
                String h = s.headers().get(i);
                widths[i] = h.equals("Before") || h.equals("After") || h.equals("Value") || h.equals("Note") ? 4f : 1.4f;
            }
            PdfPTable table = PdfLayout.table(widths, s.headers().toArray(String[]::new));
            for (var row : s.rows()) {
                for (int i = 0; i < widths.length; i++) {
                    table.addCell(PdfLayout.cell(i < row.size() ? row.get(i) : ""));
                }
            }
            doc.add(table);
        }
        doc.close();
    }
}
