package uk.schoolcompliance.tracker.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.schoolcompliance.tracker.domain.EmailAddress;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * Reads a staff list exported from a school's MIS or HR system (SIMS, Arbor, Bromcom, a payroll
 * spreadsheet): UTF-8 with or without BOM or Windows-1252, comma or semicolon separated, headers
 * matched case- and space-insensitively with the usual aliases, dates in the forms offices write
 * them. Parsing is Apache Commons CSV (through {@link CsvTable}); this class only interprets.
 *
 * <p>Every problem is collected (never thrown) with the line the record starts on and the field,
 * so a preview can show all of them at once.
 */
public final class StaffCsvReader {

    /** The fields of a staff list, with the header names that mean each of them. */
    public enum Field {
        GIVEN_NAME("Given name", true, "given name", "first name", "forename", "preferred forename", "firstname",
                "preferred first name", "legal forename"),
        FAMILY_NAME("Family name", true, "family name", "surname", "last name", "legal surname", "lastname",
                "preferred surname"),
        EMAIL("Email", false, "email", "work email", "email address", "e mail", "work email address",
                "school email"),
        STAFF_REF("Staff reference", false, "staff reference", "staff id", "staff code", "payroll number",
                "employee number", "staff ref", "payroll no", "employee id", "staff number"),
        CATEGORY("Category", true, "category", "staff category", "role type", "staff type"),
        JOB_TITLE("Job title", false, "job title", "post", "role", "position", "post title"),
        START_DATE("Start date", true, "start date", "employment start", "date of arrival", "employment start date",
                "contract start", "date started"),
        LEAVE_DATE("Leave date", false, "leave date", "end date", "date of leaving", "leaving date",
                "employment end"),
        /** Optional: tells apart people without a staff reference or email who share a name. */
        DATE_OF_BIRTH("Date of birth", false, "date of birth", "dob", "birth date", "birthdate");

        private final String label;
        private final boolean required;
        private final List<String> aliases;

        Field(String label, boolean required, String... aliases) {
            this.label = label;
            this.required = required;
            this.aliases = List.of(aliases);
        }

        public String label() {
            return label;
        }

        public boolean required() {
            return required;
        }
    }

    /** One problem: the line the record starts on (1 is the header), the field, what is wrong. */
    public record Problem(long line, String field, String problem) {
        @Override
        public String toString() {
            return "line " + line + ": " + field + ": " + problem;
        }
    }

    /** A row read without problems. Optional values are null when the file leaves them empty. */
    public record StaffRow(long line, String givenName, String familyName, String email, String staffRef,
                           StaffCategory category, String jobTitle, LocalDate startDate, LocalDate leaveDate,
                           LocalDate dateOfBirth) {
    }

    /** What a file held: good rows, problems, which column meant which field, and ignored columns. */
    public record Result(String source, Charset charset, char delimiter, List<StaffRow> rows, List<Problem> problems,
                         Map<Field, String> columns, List<String> ignoredColumns, int records) {
        public boolean ok() {
            return problems.isEmpty();
        }

        public boolean has(Field field) {
            return columns.containsKey(field);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT));

    private StaffCsvReader() {
    }

    /** Reads the bytes of a file; {@code source} is the file name used in messages. */
    public static Result read(String source, byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        String notText = CsvTable.notText(bytes);
        if (notText != null) {
            return new Result(source, charset, ',', List.of(), List.of(new Problem(1, "file", notText)), Map.of(),
                    List.of(), 0);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (!isUtf8(bytes)) {
            charset = WINDOWS_1252;
        }
        String text = new String(bytes, offset, bytes.length - offset, charset);
        char delimiter = detectDelimiter(text);
        CsvTable table;
        try {
            table = CsvTable.read(source, new StringReader(text), delimiter);
        } catch (CsvTable.TooLargeException e) {
            List<Problem> p = List.of(new Problem(Math.max(e.line(), 1), "file", e.reason()));
            return new Result(source, charset, delimiter, List.of(), p, Map.of(), List.of(), 0);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            List<Problem> p = List.of(new Problem(1, "file", "cannot be read as CSV: " + firstLine(e.getMessage())));
            return new Result(source, charset, delimiter, List.of(), p, Map.of(), List.of(), 0);
        } catch (java.io.UncheckedIOException e) {
            List<Problem> p = List.of(new Problem(1, "file", "cannot be read as CSV: " + firstLine(e.getMessage())));
            return new Result(source, charset, delimiter, List.of(), p, Map.of(), List.of(), 0);
        }
        return interpret(source, charset, delimiter, table);
    }

    private static Result interpret(String source, Charset charset, char delimiter, CsvTable table) {
        List<Problem> problems = new ArrayList<>();
        Map<Field, String> columns = new EnumMap<>(Field.class);
        List<String> ignored = new ArrayList<>();
        Map<String, Field> aliasIndex = new HashMap<>();
        for (Field f : Field.values()) {
            for (String a : f.aliases) {
                aliasIndex.put(normalise(a), f);
            }
        }
        for (String h : table.header()) {
            if (h == null || h.isBlank()) {
                continue;
            }
            Field f = aliasIndex.get(normalise(h));
            if (f == null) {
                ignored.add(h.trim());
            } else if (columns.containsKey(f)) {
                problems.add(new Problem(1, f.label, "two columns mean the same: '" + columns.get(f) + "' and '"
                        + h.trim() + "'"));
            } else {
                columns.put(f, h.trim());
            }
        }
        for (Field f : Field.values()) {
            if (f.required && !columns.containsKey(f)) {
                problems.add(new Problem(1, f.label, "no column found (expected one of: "
                        + String.join(", ", f.aliases.stream().map(StaffCsvReader::titleCase).toList()) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(source, charset, delimiter, List.of(), problems, columns, ignored, table.rows().size());
        }
        List<StaffRow> rows = new ArrayList<>();
        Map<String, Long> refLines = new HashMap<>();
        Map<String, Long> emailLines = new HashMap<>();
        for (CsvTable.Row r : table.rows()) {
            if (r.values().values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            int before = problems.size();
            long line = r.line();
            String given = value(r, columns, Field.GIVEN_NAME);
            String family = value(r, columns, Field.FAMILY_NAME);
            String email = value(r, columns, Field.EMAIL);
            String ref = value(r, columns, Field.STAFF_REF);
            String job = value(r, columns, Field.JOB_TITLE);
            if (given.isEmpty()) {
                problems.add(new Problem(line, Field.GIVEN_NAME.label, "is empty"));
            }
            if (family.isEmpty()) {
                problems.add(new Problem(line, Field.FAMILY_NAME.label, "is empty"));
            }
            if (!email.isEmpty() && !EmailAddress.isValid(email)) {
                problems.add(new Problem(line, Field.EMAIL.label, "'" + email + "' is not an email address"));
            }
            String catWord = value(r, columns, Field.CATEGORY);
            Optional<StaffCategory> category = StaffCategory.parseLenient(catWord);
            if (catWord.isEmpty()) {
                problems.add(new Problem(line, Field.CATEGORY.label, "is empty"));
            } else if (category.isEmpty()) {
                problems.add(new Problem(line, Field.CATEGORY.label, "'" + catWord + "' is not a staff category "
                        + "(use Teacher, Teaching assistant, Support, SLT, Governor, Volunteer, Supply or Contractor)"));
            }
            LocalDate start = date(r, columns, Field.START_DATE, line, problems);
            if (start == null && value(r, columns, Field.START_DATE).isEmpty()) {
                problems.add(new Problem(line, Field.START_DATE.label, "is empty"));
            }
            LocalDate leave = date(r, columns, Field.LEAVE_DATE, line, problems);
            if (start != null && leave != null && leave.isBefore(start)) {
                problems.add(new Problem(line, Field.LEAVE_DATE.label, "'" + value(r, columns, Field.LEAVE_DATE)
                        + "' is before the start date"));
            }
            LocalDate born = date(r, columns, Field.DATE_OF_BIRTH, line, problems);
            if (start != null && born != null && born.isAfter(start)) {
                problems.add(new Problem(line, Field.DATE_OF_BIRTH.label, "'" + value(r, columns, Field.DATE_OF_BIRTH)
                        + "' is after the start date"));
            }
            if (!ref.isEmpty()) {
                Long first = refLines.putIfAbsent(ref.toLowerCase(Locale.ROOT), line);
                if (first != null) {
                    problems.add(new Problem(line, Field.STAFF_REF.label, "'" + ref + "' is also on line " + first));
                }
            }
            if (!email.isEmpty()) {
                Long first = emailLines.putIfAbsent(email.toLowerCase(Locale.ROOT), line);
                if (first != null) {
                    problems.add(new Problem(line, Field.EMAIL.label, "'" + email + "' is also on line " + first));
                }
            }
            if (problems.size() == before) {
                rows.add(new StaffRow(line, given, family, emptyToNull(email), emptyToNull(ref), category.orElseThrow(),
                        emptyToNull(job), start, leave, born));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(new Problem(1, "file", "has a header but no staff"));
        }
        return new Result(source, charset, delimiter, rows, problems, columns, ignored, table.rows().size());
    }

    /** Parses a date as offices write it: 01/09/2025, 1/9/2025, 2025-09-01, 1 Sep 2025, 1 September 2025. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replaceAll("\\s+", " ");
        // "1 Sept 2025" is how many people abbreviate September
        t = t.replaceAll("(?i)\\bsept\\b", "Sep");
        // a trailing time from spreadsheets: "01/09/2025 00:00"
        t = t.replaceAll(" 00:00(:00)?$", "");
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(CsvTable.Row r, Map<Field, String> columns, Field f, long line, List<Problem> problems) {
        String v = value(r, columns, f);
        if (v.isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = parseDate(v);
        if (d.isEmpty()) {
            problems.add(new Problem(line, f.label, "'" + v + "' is not a date (use dd/mm/yyyy)"));
            return null;
        }
        return d.get();
    }

    private static String value(CsvTable.Row r, Map<Field, String> columns, Field f) {
        String column = columns.get(f);
        return column == null ? "" : r.get(column).replaceAll("\\s+", " ").trim();
    }

    /** Lower case, letters and digits only: "E-mail Address " → "emailaddress", "Sur name" → "surname". */
    static String normalise(String header) {
        return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    private static String titleCase(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The header line decides: more semicolons than commas outside quotes means semicolon separated. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semis = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semis++;
            }
        }
        return semis > commas ? ';' : ',';
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
