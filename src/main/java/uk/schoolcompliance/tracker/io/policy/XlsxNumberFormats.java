package uk.schoolcompliance.tracker.io.policy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelGeneralNumberFormat;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * How a workbook shows its numbers ({@link XlsxRows}): the number format of each cell style and the workbook's own
 * formats, its date system (1900 or 1904), and a cell's number as text the way POI's usermodel gave it (UK), a
 * date-formatted one as an ISO date.
 */
final class XlsxNumberFormats {

    private final DataFormatter formatter = new DataFormatter(Locale.UK);
    private final ExcelGeneralNumberFormat general = new ExcelGeneralNumberFormat(Locale.UK);
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private int[] styleFormats = new int[0];
    private boolean date1904;

    /** Whether the workbook counts its dates from 1904 ({@code workbookPr date1904}). */
    void date1904(boolean on) {
        this.date1904 = on;
    }

    /**
     * Reads the styles part: the number format of each cell style ({@code cellXfs}) and the workbook's own
     * formats ({@code numFmts}).
     */
    void readStyles(OoxmlParts.Xml xml) throws IOException {
        int[] xfs = new int[64];
        int count = 0;
        int e;
        boolean inCellXfs = false;
        while ((e = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (xml.name()) {
                    case "numFmt" -> {
                        Integer id = XlsxRows.integer(xml.attribute("numFmtId"));
                        String code = xml.attribute("formatCode");
                        if (id != null && code != null) {
                            formats.put(id, code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            if (count == xfs.length) {
                                xfs = Arrays.copyOf(xfs, count * 2);
                            }
                            Integer id = XlsxRows.integer(xml.attribute("numFmtId"));
                            xfs[count++] = id == null ? 0 : id;
                        }
                    }
                    default -> {
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && xml.name().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        styleFormats = Arrays.copyOf(xfs, count);
    }

    /** The number format of a cell's style ({@code s}); the first style's when it has none or an unknown one. */
    int formatOfStyle(Integer style) {
        return style != null && style >= 0 && style < styleFormats.length ? styleFormats[style]
                : styleFormats.length > 0 ? styleFormats[0] : 0;
    }

    String number(String value, int formatIndex) {
        if (value == null || value.isBlank()) {
            return "";
        }
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return value.trim();
        }
        if (isDateFormat(formatIndex) && DateUtil.isValidExcelDate(d)) {
            return DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString();
        }
        String format = formatString(formatIndex);
        if (!format.equalsIgnoreCase("General") && !format.equals("@")) {
            return formatter.formatRawCellContents(d, formatIndex, format, date1904).trim();
        }
        if (d == Math.floor(d) && Math.abs(d) < 1E11) {
            return Long.toString((long) d); // what "General" shows for a whole number under 11 digits
        }
        // DataFormatter's own way with "General" (formatRawCellContents), without its per-cell look at the format
        String text = NumberToTextConverter.toText(d);
        String result = text.indexOf('E') > -1 ? general.format(d) : general.format(new BigDecimal(text));
        if (result.contains("E") && !result.contains("E-")) {
            result = result.replaceFirst("E", "E+");
        }
        return result.trim();
    }

    /** The ISO date of a date-formatted number, or null when it is not one. */
    String date(String value, int formatIndex) {
        if (!isDateFormat(formatIndex)) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        return DateUtil.isValidExcelDate(d) ? DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString() : null;
    }

    /** Whether a cell format shows a date (decided once per format: POI's test is a regular expression). */
    private boolean isDateFormat(int formatIndex) {
        return dateFormats.computeIfAbsent(formatIndex, i -> DateUtil.isADateFormat(i, formatString(i)));
    }

    private String formatString(int formatIndex) {
        String custom = formats.get(formatIndex);
        if (custom != null) {
            return custom;
        }
        String builtin = BuiltinFormats.getBuiltinFormat(formatIndex);
        return builtin != null ? builtin : "General";
    }
}
