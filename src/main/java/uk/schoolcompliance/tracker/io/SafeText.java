package uk.schoolcompliance.tracker.io;

/**
 * Neutralises spreadsheet formula injection in everything we export. A value that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return could run as a formula:
 * <ul>
 *   <li>in CSV, {@link #cell} prefixes it with an apostrophe;</li>
 *   <li>in XLSX, write it as a string cell with a quote-prefixed style ({@code CellStyle#setQuotePrefixed})
 *       when {@link #looksLikeFormula} is true, so Excel and LibreOffice show it as text.</li>
 * </ul>
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The CSV-safe form of a text value. */
    public static String cell(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
