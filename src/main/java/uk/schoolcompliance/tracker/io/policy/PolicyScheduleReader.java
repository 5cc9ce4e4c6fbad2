package uk.schoolcompliance.tracker.io.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.poifs.filesystem.FileMagic;

import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.io.CsvTable;
import uk.schoolcompliance.tracker.io.ReadBudget;
import uk.schoolcompliance.tracker.io.RefusedFileException;

/**
 * Reads a school's policy review schedule from CSV or XLSX, matching the column names leniently
 * ("Owner" or "Lead", "Approved by" or "Committee", "Review frequency" or "Review cycle", ...) and the
 * values the way schools write them ("Annually", "Every 2 years", "Biennial", "Live document",
 * "All staff", "Teachers; Teaching assistants"). Every problem is collected with its line and column.
 */
public final class PolicyScheduleReader {

    /** The columns the reader understands. */
    public enum Column {
        TITLE("Policy", "policy", "policyname", "policytitle", "title", "name", "document"),
        REFERENCE("Reference", "reference", "ref", "code", "referencecode", "policyref"),
        AREA("Area", "area", "category", "theme", "type"),
        STATUTORY("Statutory", "statutory", "statutorypolicy", "requiredbylaw", "isstatutory"),
        OWNER("Owner", "owner", "lead", "policylead", "policyowner", "responsible", "stafflead", "responsibleperson"),
        APPROVING_BODY("Approved by", "approvedby", "committee", "approvingbody", "approver", "responsiblecommittee",
                "ratifiedby"),
        LAST_APPROVED("Last approved", "lastapproved", "dateapproved", "approvedon", "approvaldate", "dateofapproval",
                "lastreviewed", "dateratified", "approved"),
        FREQUENCY("Review frequency", "reviewfrequency", "reviewcycle", "frequency", "cycle", "reviewed"),
        NEXT_REVIEW("Next review", "nextreview", "reviewdue", "nextreviewdate", "nextreviewdue", "reviewdate",
                "duefor review"),
        AUDIENCE("Audience", "audience", "appliesto", "staffgroups", "whomustread", "readby"),
        REACK("Re-acknowledge", "reacknowledge", "reacknowledgement", "reack", "resign"),
        VERSION("Version", "version", "currentversion", "versionnumber", "versionno"),
        STATUS("Status", "status");

        private final String label;
        private final List<String> aliases;

        Column(String label, String... aliases) {
            this.label = label;
            this.aliases = List.of(aliases);
        }

        public String label() {
            return label;
        }
    }

    /** One policy row as read: values are null when the column is absent or blank. */
    public record Entry(
            long line,
            String title,
            String reference,
            String area,
            Boolean statutory,
            String owner,
            String approvingBody,
            LocalDate lastApproved,
            boolean frequencyGiven,
            Integer reviewMonths,
            LocalDate nextReview,
            Set<StaffCategory> audience,
            boolean reackGiven,
            Integer reackMonths,
            String version,
            PolicyStatus status) {
    }

    /** The rows read and the problems found; an import goes ahead only when {@code errors} is empty. */
    public record Result(String source, Set<Column> columns, List<Entry> entries, List<String> errors) {
    }

    private PolicyScheduleReader() {
    }

    /** Reads a .csv or .xlsx file's bytes; {@code source} (the file name) starts every error message. */
    public static Result read(String source, byte[] bytes) throws IOException {
        String lower = source.toLowerCase(Locale.ROOT);
        List<RawRow> rows;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            rows = xlsx(source, bytes);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            rows = csv(source, bytes);
        } else {
            throw new IOException(source + ": not a CSV or XLSX file");
        }
        return interpret(source, rows);
    }

    private record RawRow(long line, Map<String, String> values) {
    }

    private static List<RawRow> csv(String source, byte[] bytes) throws IOException {
        String notText = CsvTable.notText(bytes);
        if (notText != null) {
            throw new IOException(source + ": " + notText);
        }
        String text = PolicyDocumentReader.plain(bytes);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CsvTable table = CsvTable.read(source, new StringReader(text), delimiter);
        List<RawRow> out = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h : table.header()) {
            headers.put(h.trim().toLowerCase(Locale.ROOT), h);
        }
        out.add(new RawRow(1, headers));
        for (CsvTable.Row r : table.rows()) {
            out.add(new RawRow(r.line(), r.values()));
        }
        return out;
    }

    private static List<RawRow> xlsx(String source, byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            throw new IOException(source + ": the file is empty");
        }
        FileMagic magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        if (magic == FileMagic.OLE2) {
            throw new IOException(source + ": the workbook is protected with a password, or is an old .xls file; "
                    + "open it in Excel, remove the password and save it as .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw new IOException(source + ": not an Excel workbook (.xlsx); save the schedule as .xlsx or CSV UTF-8");
        }
        List<XlsxRows.SheetRow> sheet;
        try {
            sheet = XlsxRows.firstSheet(source, bytes, ReadBudget.start(source));
        } catch (RefusedFileException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new RefusedFileException(source, 0, "the workbook is nested too deeply to read; no school's "
                    + "workbook is, so this looks like a damaged or malicious file");
        } catch (IOException | RuntimeException e) {
            throw new IOException(source + ": not a readable XLSX workbook (" + RefusedFileException.describe(e) + ")", e);
        }
        List<String> header = null;
        List<RawRow> out = new ArrayList<>();
        for (XlsxRows.SheetRow row : sheet) {
            if (row.blank()) {
                continue;
            }
            if (header == null) {
                int width = row.cells().stream().mapToInt(XlsxRows.Cell::column).max().orElse(-1) + 1;
                header = new ArrayList<>(java.util.Collections.nCopies(width, ""));
                for (XlsxRows.Cell c : row.cells()) {
                    header.set(c.column(), c.text());
                }
                Map<String, String> h = new LinkedHashMap<>();
                for (String name : header) {
                    h.put(name.trim().toLowerCase(Locale.ROOT), name);
                }
                out.add(new RawRow(row.line(), h));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (XlsxRows.Cell c : row.cells()) {
                if (c.column() < header.size()) {
                    values.put(header.get(c.column()).trim().toLowerCase(Locale.ROOT), c.text());
                }
            }
            out.add(new RawRow(row.line(), values));
        }
        if (out.isEmpty()) {
            throw new IOException(source + ": the first sheet is empty");
        }
        return out;
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "").replaceAll("[^a-z]", "");
    }

    /** The column a header means: the alias with the longest match (exact or as a prefix) wins. */
    static Column columnFor(String header) {
        String n = normalise(header);
        if (n.isEmpty()) {
            return null;
        }
        Column best = null;
        int bestLength = 0;
        for (Column c : Column.values()) {
            for (String alias : c.aliases) {
                String a = alias.replace(" ", "");
                if ((n.equals(a) || (a.length() >= 6 && n.startsWith(a))) && a.length() > bestLength) {
                    best = c;
                    bestLength = a.length();
                }
            }
        }
        return best;
    }

    private static Result interpret(String source, List<RawRow> rows) {
        List<String> errors = new ArrayList<>();
        Map<Column, String> keys = new EnumMap<>(Column.class);
        RawRow header = rows.get(0);
        for (Map.Entry<String, String> h : header.values().entrySet()) {
            Column c = columnFor(h.getValue());
            if (c != null && !keys.containsKey(c)) {
                keys.put(c, h.getKey());
            }
        }
        if (!keys.containsKey(Column.TITLE)) {
            errors.add(source + " line " + header.line() + ": no 'Policy' column (found: "
                    + String.join(", ", header.values().values()) + ")");
            return new Result(source, keys.keySet(), List.of(), errors);
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        for (RawRow r : rows.subList(1, rows.size())) {
            if (r.values().values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            RowReader rr = new RowReader(source, r, keys, errors);
            String title = rr.text(Column.TITLE);
            if (title == null) {
                rr.error(Column.TITLE, "is empty");
                continue;
            }
            Long earlier = seen.putIfAbsent(title.toLowerCase(Locale.ROOT), r.line());
            if (earlier != null) {
                rr.error(Column.TITLE, "'" + title + "' is already on line " + earlier);
                continue;
            }
            Integer months = rr.frequency(Column.FREQUENCY);
            Integer reack = rr.frequency(Column.REACK);
            entries.add(new Entry(r.line(), title, rr.text(Column.REFERENCE), rr.text(Column.AREA), rr.yesNo(Column.STATUTORY),
                    rr.text(Column.OWNER), rr.text(Column.APPROVING_BODY), rr.date(Column.LAST_APPROVED, LooseDates.Use.EVENT),
                    rr.has(Column.FREQUENCY), months, rr.date(Column.NEXT_REVIEW, LooseDates.Use.DEADLINE),
                    rr.audience(), rr.has(Column.REACK), reack, rr.text(Column.VERSION), rr.status()));
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(source + ": has a header but no policies");
        }
        return new Result(source, keys.keySet(), entries, errors);
    }

    private record RowReader(String source, RawRow row, Map<Column, String> keys, List<String> errors) {

        boolean has(Column c) {
            return text(c) != null;
        }

        String text(Column c) {
            String key = keys.get(c);
            String v = key == null ? null : row.values().get(key);
            return v == null || v.isBlank() ? null : v.strip();
        }

        void error(Column c, String message) {
            errors.add(source + " line " + row.line() + ": " + c.label() + ": " + message);
        }

        Boolean yesNo(Column c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            switch (v.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "1", "x", "statutory", "\u2713", "required" -> {
                    return true;
                }
                case "no", "n", "false", "0", "non-statutory", "not statutory", "-", "optional", "recommended" -> {
                    return false;
                }
                default -> {
                    error(c, "'" + v + "' is not yes or no");
                    return null;
                }
            }
        }

        LocalDate date(Column c, LooseDates.Use use) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            var found = LooseDates.find(v, use);
            if (found.isEmpty()) {
                error(c, "'" + v + "' is not a date");
                return null;
            }
            return found.get().date();
        }

        Integer frequency(Column c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            try {
                return ReviewFrequency.parse(v);
            } catch (IllegalArgumentException e) {
                error(c, e.getMessage());
                return null;
            }
        }

        Set<StaffCategory> audience() {
            String v = text(Column.AUDIENCE);
            if (v == null) {
                return null;
            }
            try {
                return StaffCategory.parseAudience(v);
            } catch (IllegalArgumentException e) {
                error(Column.AUDIENCE, e.getMessage());
                return null;
            }
        }

        PolicyStatus status() {
            String v = text(Column.STATUS);
            if (v == null) {
                return null;
            }
            String s = v.toLowerCase(Locale.ROOT);
            if (s.startsWith("active") || s.equals("current") || s.equals("live") || s.equals("in use")) {
                return PolicyStatus.ACTIVE;
            }
            if (s.startsWith("draft")) {
                return PolicyStatus.DRAFT;
            }
            if (s.startsWith("retired") || s.equals("archived") || s.equals("withdrawn")) {
                return PolicyStatus.RETIRED;
            }
            error(Column.STATUS, "'" + v + "' is not active, draft or retired");
            return null;
        }
    }
}
