package uk.schoolcompliance.tracker.io.policy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import uk.schoolcompliance.tracker.io.CsvTable;
import uk.schoolcompliance.tracker.io.ReadBudget;
import uk.schoolcompliance.tracker.io.ReadLimits;
import uk.schoolcompliance.tracker.io.RefusedFileException;

/**
 * The first sheet of a workbook, read by streaming its XML, with its rows and cells counted as they come: more than
 * {@link ReadLimits#MAX_ROWS} rows, {@link ReadLimits#MAX_CELLS} cells or {@link ReadLimits#MAX_TEXT_CHARS}
 * characters of text are refused before they fill the heap, and a value longer than {@link ReadLimits#MAX_VALUE}
 * names its line. The sheet is found the way Excel finds it, through the workbook's list of sheets and its
 * relationships, whatever its part is called ({@code xl/worksheets/Data.XML} counts as much as {@code sheet1.xml});
 * the other sheets are never read.
 *
 * <p>Values are what POI's usermodel gave the reader before: text as written, numbers through
 * {@link DataFormatter} (UK) with the cell's number format, a date-formatted number as an ISO date
 * ({@code 2025-09-01}), a formula as its formula text (never evaluated; a date-formatted formula as its cached date),
 * TRUE/FALSE and error values as Excel shows them; all trimmed.
 */
final class XlsxRows {

    /** A cell with a value: its column (0 = A) and text. */
    record Cell(int column, String text) {
    }

    /** A row of the sheet as written: its line (1-based row number) and the cells present in the XML. */
    record SheetRow(long line, List<Cell> cells) {
        boolean blank() {
            return cells.stream().allMatch(c -> c.text().isBlank());
        }
    }

    private static final String DOCUMENT_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private final String source;
    private final ReadBudget budget;
    private final List<String> shared = new ArrayList<>();
    private final XlsxNumberFormats numbers = new XlsxNumberFormats();
    private long chars;

    private XlsxRows(String source, ReadBudget budget) {
        this.source = source;
        this.budget = budget;
    }

    /** The rows of the workbook's first sheet, in order. */
    static List<SheetRow> firstSheet(String source, byte[] xlsx, ReadBudget budget) throws IOException {
        OPCPackage pkg = OoxmlParts.open(source, xlsx, budget);
        try {
            XlsxRows reader = new XlsxRows(source, budget);
            PackagePart workbook = OoxmlParts.mainPart(pkg);
            PackagePart sheet = reader.firstSheetOf(workbook);
            if (sheet == null) {
                return List.of();
            }
            reader.styles(OoxmlParts.related(workbook, XSSFRelation.STYLES.getRelation()));
            reader.sharedStrings(OoxmlParts.related(workbook, XSSFRelation.SHARED_STRINGS.getRelation()));
            return reader.rows(sheet);
        } finally {
            pkg.revert();
        }
    }

    /** The first sheet listed in workbook.xml, through its relationship; null for a chart sheet (no cells). */
    private PackagePart firstSheetOf(PackagePart workbook) throws IOException {
        String id = null;
        try (OoxmlParts.Xml xml = OoxmlParts.xml(source, workbook, budget)) {
            int e;
            while (id == null && (e = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.name().equals("workbookPr")) {
                    String d = xml.attribute("date1904");
                    numbers.date1904("1".equals(d) || "true".equals(d));
                } else if (xml.name().equals("sheet")) {
                    id = relationshipId(xml);
                    if (id == null) {
                        throw new IOException("the workbook's first sheet has no relationship");
                    }
                }
            }
        }
        if (id == null) {
            throw new IOException("the workbook lists no sheets");
        }
        PackageRelationship rel = workbook.getRelationship(id);
        if (rel == null) {
            throw new IOException("the workbook's first sheet (" + id + ") is missing");
        }
        if (rel.getRelationshipType().endsWith("/chartsheet")) {
            return null;
        }
        try {
            PackagePart part = workbook.getRelatedPart(rel);
            if (part == null) {
                throw new IOException("the workbook's first sheet (" + rel.getTargetURI() + ") is missing");
            }
            return part;
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw new IOException("the workbook's first sheet cannot be found (" + RefusedFileException.describe(e) + ")", e);
        }
    }

    private static String relationshipId(OoxmlParts.Xml xml) {
        var r = xml.reader();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if ("id".equals(r.getAttributeLocalName(i))
                    && (DOCUMENT_RELATIONSHIPS.equals(ns) || STRICT_RELATIONSHIPS.equals(ns))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The number format of each cell style ({@code cellXfs}) and the workbook's own formats ({@code numFmts}). */
    private void styles(PackagePart part) throws IOException {
        if (part == null) {
            return;
        }
        try (OoxmlParts.Xml xml = OoxmlParts.xml(source, part, budget)) {
            numbers.readStyles(xml);
        }
    }

    /** The workbook's shared strings ({@code <si>}: its text, or its runs' text; phonetic runs left out). */
    private void sharedStrings(PackagePart part) throws IOException {
        if (part == null) {
            return;
        }
        try (OoxmlParts.Xml xml = OoxmlParts.xml(source, part, budget)) {
            int e;
            while ((e = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (e == XMLStreamConstants.START_ELEMENT && xml.name().equals("si")) {
                    if (shared.size() >= ReadLimits.MAX_CELLS) {
                        throw budget.refuse("the workbook holds more than " + ReadLimits.count(ReadLimits.MAX_CELLS)
                                + " different values; a school's file is far smaller, so this looks like the wrong file");
                    }
                    String text = richText(xml);
                    shared.add(text.isEmpty() ? "" : text);
                }
            }
        }
    }

    /** The text of a rich-text element ({@code <si>} or {@code <is>}): its {@code <t>}s, not those of {@code <rPh>}. */
    private String richText(OoxmlParts.Xml xml) throws IOException {
        StringBuilder sb = new StringBuilder();
        int level = 1;
        boolean phonetic = false;
        boolean inText = false;
        while (level > 0) {
            int e = xml.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> {
                    level++;
                    if (xml.name().equals("rPh")) {
                        phonetic = true;
                    } else if (xml.name().equals("t")) {
                        inText = !phonetic;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    level--;
                    if (xml.name().equals("rPh")) {
                        phonetic = false;
                    } else if (xml.name().equals("t")) {
                        inText = false;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) {
                        sb.append(xml.reader().getText());
                        countChars(xml.reader().getTextLength());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> level = 0;
                default -> {
                }
            }
        }
        return sb.toString();
    }

    private void countChars(long n) throws RefusedFileException {
        chars += n;
        if (chars > ReadLimits.MAX_TEXT_CHARS) {
            throw budget.refuse("the workbook holds more than " + ReadLimits.count(ReadLimits.MAX_TEXT_CHARS)
                    + " characters of text; a school's file is far smaller, so this looks like the wrong file");
        }
    }

    private List<SheetRow> rows(PackagePart sheet) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        long cells = 0;
        try (OoxmlParts.Xml xml = OoxmlParts.xml(source, sheet, budget)) {
            int e;
            long line = 0;
            while ((e = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (e != XMLStreamConstants.START_ELEMENT || !xml.name().equals("row")) {
                    continue;
                }
                CsvTable.checkRows(source, rows.size()); // the header is one of them
                Long r = longValue(xml.attribute("r"));
                line = r != null && r > 0 ? r : line + 1;
                List<Cell> row = new ArrayList<>();
                int column = -1;
                while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
                    if (e != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (!xml.name().equals("c")) {
                        xml.skipElement();
                        continue;
                    }
                    CsvTable.checkCells(source, ++cells);
                    int col = column(xml.attribute("r"));
                    column = col >= 0 ? col : column + 1;
                    String text = cell(xml, line);
                    CsvTable.checkValue(source, line, text);
                    row.add(new Cell(column, text));
                }
                rows.add(new SheetRow(line, row));
            }
        }
        return rows;
    }

    /** Reads one {@code <c>} to its end and gives its text as the usermodel reader did. */
    private String cell(OoxmlParts.Xml xml, long line) throws IOException {
        String type = xml.attribute("t");
        Integer style = integer(xml.attribute("s"));
        String ref = xml.attribute("r");
        String value = null;
        String formula = null;
        String inline = null;
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.name()) {
                case "v" -> value = elementText(xml, false);
                case "f" -> formula = elementText(xml, true);
                case "is" -> inline = richText(xml);
                default -> xml.skipElement();
            }
        }
        if (type == null) {
            type = "n";
        }
        int formatIndex = numbers.formatOfStyle(style);
        if (formula != null) {
            if (type.equals("n") && value != null && !value.isBlank()) {
                String date = numbers.date(value, formatIndex);
                if (date != null) {
                    return date;
                }
            }
            if (!formula.isBlank()) {
                return formula.trim();
            }
        }
        return switch (type) {
            case "s" -> {
                Integer i = integer(value);
                if (i == null || i < 0 || i >= shared.size()) {
                    throw new IOException("cell " + (ref == null ? "on line " + line : ref)
                            + " refers to a shared string that is not there");
                }
                yield shared.get(i).trim();
            }
            case "inlineStr" -> inline == null ? (value == null ? "" : value.trim()) : inline.trim();
            case "str", "e", "d" -> value == null ? "" : value.trim();
            case "b" -> value == null ? "" : "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim())
                    ? "TRUE" : "FALSE";
            default -> numbers.number(value, formatIndex);
        };
    }

    /**
     * The text content of the current element (whose children, if any, are skipped), counted towards
     * {@link ReadLimits#MAX_TEXT_CHARS} when it is kept as text (a formula; not a number or a string's index).
     */
    private String elementText(OoxmlParts.Xml xml, boolean counted) throws IOException {
        StringBuilder sb = new StringBuilder();
        int e;
        while ((e = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                sb.append(xml.reader().getText());
                if (counted) {
                    countChars(xml.reader().getTextLength());
                } else if (sb.length() > ReadLimits.MAX_VALUE) {
                    break; // a number or an index is never this long: checkValue refuses it with its line
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                xml.skipElement();
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        return sb.toString();
    }

    /** The column of a cell reference ("C7" is 2), or -1 when there is none or it is not one. */
    static int column(String ref) {
        if (ref == null) {
            return -1;
        }
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 3) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            col = col * 26 + (c - 'A' + 1);
            i++;
        }
        return i == 0 || col > 16_384 ? -1 : col - 1;
    }

    static Integer integer(String s) {
        Long l = longValue(s);
        return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : (int) l.longValue();
    }

    private static Long longValue(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
