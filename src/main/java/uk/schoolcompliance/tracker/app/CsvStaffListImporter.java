package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.CsvTable;

/**
 * The built-in staff-list reader of the first-run wizard: a CSV file (comma, semicolon or tab; UTF-8
 * with or without a byte-order mark, else Windows-1252) with a header row. Column names are matched
 * loosely ("First name" / "Forename" / "Given name", "Staff type" / "Category" / "Role", ...); dates
 * are dd/MM/yyyy (or yyyy-MM-dd). All or nothing: the first bad row stops the preview with a message
 * naming the file, line and field.
 */
public final class CsvStaffListImporter implements StaffListImporter {

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "given", List.of("first name", "forename", "given name", "firstname", "preferred name"),
            "family", List.of("surname", "last name", "family name", "lastname"),
            "ref", List.of("staff id", "staff ref", "staff reference", "payroll number", "employee number", "mis id"),
            "email", List.of("work email", "email", "email address", "e-mail"),
            "category", List.of("staff type", "category", "staff category", "role type", "role"),
            "title", List.of("job title", "post", "position"),
            "start", List.of("start date", "started", "date started", "employment start date"),
            "leave", List.of("leave date", "end date", "left"));
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public Preview preview(Path file) {
        String name = file.getFileName().toString();
        String text = read(file, name);
        CsvTable table;
        try {
            table = CsvTable.read(name, new StringReader(text), delimiter(text));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UserException(name + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        Map<String, String> columns = columns(table, name);
        List<StaffMember> staff = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Long> emails = new HashMap<>();
        Map<String, Long> refs = new HashMap<>();
        for (CsvTable.Row r : table.rows()) {
            String at = name + " line " + r.line() + ": ";
            String given = value(r, columns, "given");
            String family = value(r, columns, "family");
            if (given.isEmpty() && family.isEmpty() && r.values().values().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (given.isEmpty()) {
                throw new UserException(at + columns.get("given") + ": is empty");
            }
            if (family.isEmpty()) {
                throw new UserException(at + columns.get("family") + ": is empty");
            }
            String categoryText = value(r, columns, "category");
            StaffCategory category = StaffCategory.parseLenient(categoryText).orElseThrow(() -> new UserException(at
                    + columns.get("category") + ": '" + categoryText + "' is not a staff category (teacher, teaching "
                    + "assistant, support staff, SLT, governor, volunteer, supply/agency, contractor)"));
            LocalDate start = date(value(r, columns, "start"), at + columns.get("start"));
            if (start == null) {
                throw new UserException(at + columns.get("start") + ": is empty");
            }
            LocalDate leave = columns.containsKey("leave") ? date(value(r, columns, "leave"), at + columns.get("leave")) : null;
            if (leave != null && leave.isBefore(start)) {
                throw new UserException(at + columns.get("leave") + ": '" + value(r, columns, "leave")
                        + "' is before the start date");
            }
            String email = value(r, columns, "email");
            if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new UserException(at + columns.get("email") + ": '" + email + "' is not an email address");
            }
            if (!email.isEmpty()) {
                Long first = emails.putIfAbsent(email.toLowerCase(Locale.ROOT), r.line());
                if (first != null) {
                    throw new UserException(at + columns.get("email") + ": '" + email + "' is already on line " + first);
                }
            }
            String ref = value(r, columns, "ref");
            if (!ref.isEmpty()) {
                Long first = refs.putIfAbsent(ref, r.line());
                if (first != null) {
                    warnings.add(at + "staff reference " + ref + " is also on line " + first);
                }
            }
            staff.add(new StaffMember(0, 0, given, family, ref, email.isEmpty() ? null : email, category,
                    value(r, columns, "title"), start, leave, null, null));
        }
        if (staff.isEmpty()) {
            throw new UserException(name + ": has a header row but no staff");
        }
        return new Preview(name, staff, warnings);
    }

    private static String read(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UserException(name + ": the file is empty");
        }
        return text;
    }

    /** The delimiter the header line uses most: comma, semicolon or tab. */
    static char delimiter(String text) {
        int nl = text.indexOf('\n');
        String header = nl < 0 ? text : text.substring(0, nl);
        char best = ',';
        long most = header.chars().filter(ch -> ch == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** Our field → the file's own column name; names the columns that are missing. */
    private static Map<String, String> columns(CsvTable table, String name) {
        Map<String, String> byLower = new HashMap<>();
        for (String h : table.header()) {
            byLower.put(h.trim().toLowerCase(Locale.ROOT), h.trim());
        }
        Map<String, String> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : COLUMNS.entrySet()) {
            e.getValue().stream().filter(byLower::containsKey).findFirst().ifPresent(c -> out.put(e.getKey(), byLower.get(c)));
        }
        for (String required : List.of("given", "family", "category", "start")) {
            if (!out.containsKey(required)) {
                missing.add("'" + COLUMNS.get(required).get(0) + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new UserException(name + " line 1: no column " + String.join(", ", missing)
                    + " (the header row has: " + String.join(", ", table.header()) + ")");
        }
        return out;
    }

    private static String value(CsvTable.Row r, Map<String, String> columns, String field) {
        String column = columns.get(field);
        return column == null ? "" : r.get(column);
    }

    private static LocalDate date(String text, String where) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, UK);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e2) {
                throw new UserException(where + ": '" + text + "' is not a date (dd/mm/yyyy)", e2);
            }
        }
    }
}
