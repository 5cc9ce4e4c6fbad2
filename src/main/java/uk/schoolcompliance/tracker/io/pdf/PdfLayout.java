package uk.schoolcompliance.tracker.io.pdf;

import java.awt.Color;
import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The house style of every PDF the app prints (sign-off sheets, induction checklists, the governors'
 * pack, subject access exports): A4, a running header (school · document title), "Page n of m" in
 * the footer, readable Helvetica sizes, and tables whose header row repeats on every page.
 */
public final class PdfLayout {

    public static final Color INK = new Color(0x1F, 0x23, 0x28);
    public static final Color MUTED = new Color(0x59, 0x63, 0x6E);
    public static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF5);
    public static final Color RULE = new Color(0xC8, 0xD1, 0xDA);
    public static final Color RED = new Color(0xB3, 0x26, 0x1E);
    public static final Color AMBER = new Color(0x9A, 0x67, 0x00);
    public static final Color GREEN = new Color(0x1A, 0x7F, 0x37);
    public static final Color RED_FILL = new Color(0xFD, 0xE8, 0xE7);
    public static final Color AMBER_FILL = new Color(0xFF, 0xF4, 0xD6);
    public static final Color GREEN_FILL = new Color(0xE6, 0xF4, 0xEA);

    public static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, INK);
    public static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, INK);
    public static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    public static final Font BODY_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD, INK);
    public static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    public static final Font TABLE_HEADER = new Font(Font.HELVETICA, 9, Font.BOLD, INK);
    public static final Font TABLE_BODY = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);

    private PdfLayout() {
    }

    /** An open A4 document (portrait or landscape) writing to {@code out}, with header and footer. */
    public static Document open(OutputStream out, boolean landscape, String headerLeft, String headerRight) {
        Rectangle size = landscape ? PageSize.A4.rotate() : PageSize.A4;
        Document doc = new Document(size, 40, 40, 56, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new HeaderFooter(headerLeft, headerRight));
        doc.addCreator("Compliance Tracker");
        doc.addTitle(headerRight);
        doc.open();
        return doc;
    }

    /** A table spanning the page width whose first row (the header) repeats on every page. */
    public static PdfPTable table(float[] relativeWidths, String... headers) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setSplitLate(false);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, TABLE_HEADER));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorderColor(RULE);
            cell.setPadding(5);
            table.addCell(cell);
        }
        return table;
    }

    public static PdfPCell cell(String text) {
        return cell(text, TABLE_BODY, null);
    }

    public static PdfPCell cell(String text, Font font, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    /** A right-aligned number cell. */
    public static PdfPCell number(String text) {
        PdfPCell cell = cell(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** An empty, tall cell to sign or date on paper. */
    public static PdfPCell writingSpace() {
        PdfPCell cell = cell("");
        cell.setMinimumHeight(26);
        return cell;
    }

    public static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(6);
        return p;
    }

    /** Running header and "Page n of m" footer; the total is filled in when the document closes. */
    private static final class HeaderFooter extends PdfPageEventHelper {
        private final String left;
        private final String right;
        private PdfTemplate total;
        private BaseFont font;

        HeaderFooter(String left, String right) {
            this.left = left == null ? "" : left;
            this.right = right == null ? "" : right;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            try {
                font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float top = page.getTop() - 32;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(left, SMALL), document.left(), top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(right, SMALL), document.right(), top, 0);
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), top - 6);
            cb.lineTo(document.right(), top - 6);
            cb.stroke();
            String text = "Page " + writer.getPageNumber() + " of ";
            float width = font.getWidthPoint(text, 8);
            float x = (document.left() + document.right()) / 2 - (width + 12) / 2;
            float y = page.getBottom() + 24;
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setColorFill(MUTED);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1)); // closing has already counted the next page
            total.endText();
        }
    }
}
