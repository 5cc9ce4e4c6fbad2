package uk.schoolcompliance.tracker.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the responses exported from an online form (Microsoft Forms: {@code ID, Start time,
 * Completion time, Email, Name, ...}; Google Forms: {@code Timestamp, Email address, ...}; or any
 * CSV with an email (or name) column and a date or timestamp column).
 *
 * <p>Dates are read as a school in England writes them (day first: {@code 04/09/2025 10:15:32}),
 * or ISO ({@code 2025-09-04T10:15:32}); a column whose dates only make sense month first (an export
 * from a US-English Excel, {@code 9/24/2025 2:05:10 PM}) is read month first throughout. Any problem
 * throws {@link IllegalArgumentException} naming the file, line and column, and nothing is returned.
 */
public final class FormResponsesReader {

    /** Date columns, best first. */
    static final List<String> DATE_COLUMNS = List.of("completion time", "timestamp", "date", "submitted",
            "submitted at", "submission date", "date submitted", "completed", "end time", "start time");
    static final List<String> EMAIL_COLUMNS = List.of("email", "email address", "e-mail", "e-mail address",
            "work email", "username", "respondent email", "your email");
    static final List<String> NAME_COLUMNS = List.of("name", "full name", "your name", "staff name", "respondent");

    private static final Pattern DATE = Pattern.compile(
            "^\\s*(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})(?:[ T,].*)?$");

    /** One response: its line in the file, the email or name it gives, and its date. */
    public record Response(long line, String email, String name, LocalDate date) {
        /** What identifies the person, for messages. */
        public String who() {
            return email != null && !email.isBlank() ? email : name == null ? "" : name;
        }
    }

    /** A whole export: the columns used and every response, in file order. */
    public record Responses(String source, String dateColumn, String emailColumn, String nameColumn,
                            List<Response> rows) {
        /** Matching is by email when the export has an email column, else by full name. */
        public boolean byEmail() {
            return emailColumn != null;
        }
    }

    private FormResponsesReader() {
    }

    public static Responses read(Path file) {
        String source = file.getFileName().toString();
        byte[] bytes;
        try {
            CsvTable.checkFileSize(file);
            bytes = Files.readAllBytes(file);
        } catch (CsvTable.TooLargeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        return read(source, decode(bytes));
    }

    public static Responses read(String source, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(source + ": the file is empty");
        }
        if (text.startsWith("PK") || text.startsWith("%PDF")) {
            throw new IllegalArgumentException(source + ": this is not a CSV file; save the responses as CSV "
                    + "(in Excel: File > Save As > CSV UTF-8) and import that");
        }
        CsvTable table;
        try {
            table = CsvTable.read(source, new StringReader(text), delimiter(text));
        } catch (CsvTable.TooLargeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(source + ":") ? e.getMessage()
                    : source + ": not a readable CSV file (" + firstLine(e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": not a readable CSV file (" + firstLine(e.getMessage()) + ")", e);
        }
        String dateColumn = find(table.header(), DATE_COLUMNS).orElseThrow(() -> new IllegalArgumentException(source
                + ": no date column (expected one called Completion time, Timestamp or Date; found "
                + String.join(", ", table.header()) + ")"));
        String emailColumn = find(table.header(), EMAIL_COLUMNS).orElse(null);
        String nameColumn = find(table.header(), NAME_COLUMNS).orElse(null);
        if (emailColumn == null && nameColumn == null) {
            throw new IllegalArgumentException(source + ": no Email column (or Name column) to match staff by; found "
                    + String.join(", ", table.header()));
        }
        boolean monthFirst = monthFirst(source, table, dateColumn);
        List<Response> rows = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            String email = emailColumn == null ? null : r.get(emailColumn);
            String name = nameColumn == null ? null : r.get(nameColumn).replaceAll("\\s+", " ");
            if ((email == null || email.isEmpty()) && (name == null || name.isEmpty()) && r.get(dateColumn).isEmpty()) {
                continue; // a blank line of separators
            }
            LocalDate date = parseDate(r.get(dateColumn), monthFirst).orElseThrow(() -> new IllegalArgumentException(
                    source + " line " + r.line() + ": " + dateColumn + ": '" + r.get(dateColumn) + "' is not a date"));
            rows.add(new Response(r.line(), email, name, date));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": the file has a header but no responses");
        }
        return new Responses(source, dateColumn, emailColumn, nameColumn, List.copyOf(rows));
    }

    /** Parses the date part of a timestamp, day first unless {@code monthFirst}. */
    public static Optional<LocalDate> parseDate(String text, boolean monthFirst) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            if (m.group(1).length() == 4) {
                return Optional.of(LocalDate.of(a, b, c)); // ISO or yyyy/MM/dd
            }
            int year = m.group(3).length() == 2 ? 2000 + c : c;
            if (m.group(3).length() != 2 && m.group(3).length() != 4) {
                return Optional.empty();
            }
            return Optional.of(monthFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Month first only when every date parses that way and at least one does not parse day first. */
    private static boolean monthFirst(String source, CsvTable table, String column) {
        boolean dayFirstFails = false;
        for (CsvTable.Row r : table.rows()) {
            String v = r.get(column);
            if (v.isEmpty()) {
                continue;
            }
            if (parseDate(v, false).isEmpty()) {
                if (parseDate(v, true).isEmpty()) {
                    return false; // a real error: reported on its line
                }
                dayFirstFails = true;
            }
        }
        return dayFirstFails;
    }

    private static Optional<String> find(List<String> header, List<String> wanted) {
        for (String w : wanted) {
            for (String h : header) {
                if (normalise(h).equals(w)) {
                    return Optional.of(h.trim());
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String h) {
        return h.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[:?]$", "");
    }

    private static char delimiter(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        int commas = count(first, ',');
        int semis = count(first, ';');
        int tabs = count(first, '\t');
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (older Excel "CSV"). */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
