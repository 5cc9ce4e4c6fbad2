package uk.schoolcompliance.tracker.io.policy;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

import uk.schoolcompliance.tracker.io.ReadBudget;
import uk.schoolcompliance.tracker.io.ReadLimits;

/**
 * The text at the start of a Word document, read as a stream of XML and stopped once {@link ReadLimits#COVER_CHARS}
 * characters are in hand, so an 8 MB DOCX of 95 MB of XML costs no more than its cover.
 *
 * <p>The text is what POI's {@code XWPFDocument} gives for the same paragraphs (the reader used before): each
 * paragraph of the body on its own line (runs, including those in hyperlinks, simple fields, smart tags,
 * insertions and content controls; tabs, breaks and non-breaking hyphens; "caps" runs in capitals; the text of
 * text boxes after their run as {@code " (\ntext\n)"}), and each table of the body as one line per row with its
 * cells' paragraphs separated by tabs. Like that reader it leaves out deleted text, field codes, content controls
 * at body level and footnote text.
 */
final class DocxText {

    /** The main part's content types of a Word document, template and their macro-enabled forms. */
    private static final Set<String> WORD = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");

    /** The WordprocessingML namespaces (transitional and strict). */
    private static final Set<String> WORDPROCESSING = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");

    /** Elements whose runs are part of the paragraph's text. */
    private static final Set<String> RUN_CONTAINERS = Set.of("hyperlink", "fldSimple", "smartTag", "ins", "moveTo",
            "sdt", "sdtContent");

    /** Thrown (and caught in {@link #body()}) once enough text is in hand. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    private final OoxmlParts.Xml xml;
    private final StringBuilder out = new StringBuilder();
    private final int limit;

    private DocxText(OoxmlParts.Xml xml, int limit) {
        this.xml = xml;
        this.limit = limit;
    }

    /** The first {@code limit} or so characters of the document's text. */
    static String read(String source, byte[] bytes, ReadBudget budget, int limit) throws IOException {
        OPCPackage pkg = OoxmlParts.open(source, bytes, budget);
        try {
            PackagePart main = OoxmlParts.mainPart(pkg);
            if (!WORD.contains(main.getContentType())) {
                throw new IOException("this is not a Word document (its main part is " + main.getContentType() + ")");
            }
            try (OoxmlParts.Xml xml = OoxmlParts.xml(source, main, budget)) {
                return new DocxText(xml, limit).body();
            }
        } finally {
            pkg.revert();
        }
    }

    private String body() throws IOException {
        try {
            int e;
            while ((e = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (e == XMLStreamConstants.START_ELEMENT && xml.name().equals("body")) {
                    bodyElements();
                    break;
                }
            }
        } catch (Enough enough) {
            // the cover is in hand
        }
        return out.toString();
    }

    private void bodyElements() throws IOException {
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.name()) {
                case "p" -> {
                    StringBuilder p = new StringBuilder();
                    paragraph(p);
                    append(p.append('\n'));
                }
                case "tbl" -> table();
                default -> xml.skipElement();
            }
        }
    }

    /** A table of the body: one line per row, the cells separated by tabs. */
    private void table() throws IOException {
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("tr")) {
                    StringBuilder row = new StringBuilder();
                    row(row);
                    append(row.append('\n'));
                } else {
                    xml.skipElement();
                }
            }
        }
    }

    private void row(StringBuilder row) throws IOException {
        boolean first = true;
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("tc")) {
                    StringBuilder cell = new StringBuilder();
                    cell(cell);
                    if (!first) {
                        row.append('\t');
                    }
                    first = false;
                    row.append(cell.toString().replaceAll("\\s*\\R\\s*", " ").strip());
                    enoughWith(row);
                } else {
                    xml.skipElement();
                }
            }
        }
    }

    /** A cell's own paragraphs, run together (nested tables and content controls are left out). */
    private void cell(StringBuilder cell) throws IOException {
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("p")) {
                    paragraph(cell);
                } else {
                    xml.skipElement();
                }
            }
        }
    }

    /** The runs of a paragraph (or of a container inside one), up to its end tag. */
    private void paragraph(StringBuilder text) throws IOException {
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.name();
            if (name.equals("r")) {
                run(text);
            } else if (RUN_CONTAINERS.contains(name)) {
                paragraph(text);
            } else {
                xml.skipElement();
            }
            enoughWith(text);
        }
    }

    private void run(StringBuilder text) throws IOException {
        boolean caps = false;
        StringBuilder picture = new StringBuilder();
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.name()) {
                case "rPr" -> caps = caps();
                case "t" -> {
                    String t = characters(text);
                    text.append(caps ? t.toUpperCase(Locale.getDefault()) : t);
                }
                case "tab", "ptab" -> {
                    text.append('\t');
                    xml.skipElement();
                }
                case "br", "cr" -> {
                    text.append('\n');
                    xml.skipElement();
                }
                case "noBreakHyphen" -> {
                    text.append('\u2011');
                    xml.skipElement();
                }
                case "footnoteReference", "endnoteReference" -> {
                    String id = xml.attribute("id");
                    text.append(xml.name().startsWith("foot") ? "[footnoteRef:" : "[endnoteRef:")
                            .append(id == null ? "-1" : id).append(']');
                    xml.skipElement();
                }
                case "ruby" -> rubyBase(text);
                case "pict", "drawing" -> pictureText(picture);
                default -> xml.skipElement();
            }
            enoughWith(text);
        }
        if (!picture.isEmpty()) {
            text.append(" (\n").append(picture).append("\n)");
        }
    }

    /** Whether the run's properties set "caps" or "small caps" (and read to their end). */
    private boolean caps() throws IOException {
        boolean caps = false;
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("caps") || xml.name().equals("smallCaps")) {
                    String val = xml.attribute("val");
                    caps |= val == null || !(val.equals("false") || val.equals("0") || val.equals("off"));
                }
                xml.skipElement();
            }
        }
        return caps;
    }

    /** The text of a {@code w:t} (or any text-only element), up to its end tag. */
    private String characters(StringBuilder context) throws IOException {
        StringBuilder t = new StringBuilder();
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                t.append(xml.reader().getText());
                if (out.length() + context.length() + t.length() > limit) {
                    context.append(t);
                    enoughWith(context);
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                xml.skipElement();
            }
        }
        return t.toString();
    }

    /** A ruby's base text (the annotation above it is left out). */
    private void rubyBase(StringBuilder text) throws IOException {
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("rubyBase")) {
                    textOf(text, "");
                } else {
                    xml.skipElement();
                }
            }
        }
    }

    /** The text of every {@code w:t} inside a picture or drawing (a text box), one per line. */
    private void pictureText(StringBuilder picture) throws IOException {
        textOf(picture, "\n");
    }

    /** Appends the text of every {@code t} element below the current one, {@code separator} between them. */
    private void textOf(StringBuilder into, String separator) throws IOException {
        int level = 1;
        while (level > 0) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("t") && WORDPROCESSING.contains(xml.reader().getNamespaceURI())) {
                    String t = characters(into);
                    if (!into.isEmpty() && !separator.isEmpty()) {
                        into.append(separator);
                    }
                    into.append(t);
                    enoughWith(into);
                } else {
                    level++;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    private void append(CharSequence s) {
        out.append(s);
        if (out.length() >= limit) {
            throw new Enough();
        }
    }

    /** Stops reading once what is in hand and {@code pending} make enough. */
    private void enoughWith(StringBuilder pending) {
        if (out.length() + pending.length() > limit) {
            out.append(pending);
            throw new Enough();
        }
    }
}
