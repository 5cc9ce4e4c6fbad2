package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.StaffCsvReader;
import uk.schoolcompliance.tracker.io.StaffCsvReader.Field;
import uk.schoolcompliance.tracker.io.StaffCsvReader.Problem;
import uk.schoolcompliance.tracker.io.StaffCsvReader.StaffRow;

/**
 * Imports the staff list a school exports from its MIS or HR system. First a preview (new / changed
 * field by field / unchanged / rejected, with line numbers) that writes nothing; then the import,
 * one transaction, all or nothing, audited.
 *
 * <p>Matching: by staff reference, else by email (case-insensitive), else a new staff member (a row with
 * neither, e.g. a volunteer, matches a record that has neither by name and start date, so importing
 * the same file twice never duplicates anyone). An
 * empty cell never erases what the register already holds (an export that leaves out job titles
 * does not wipe them); a leave date in the file marks the person as a leaver.
 */
public final class StaffImportService {

    public enum Kind { NEW, CHANGED, UNCHANGED }

    /** One field that the import would change. */
    public record Change(String field, String before, String after) {
    }

    /** What one good row would do. {@code before} is null for a new staff member. */
    public record Entry(long line, Kind kind, StaffMember before, StaffMember after, List<Change> changes) {
    }

    /** The preview of an import: nothing has been written. */
    public record Preview(String source, StaffCsvReader.Result file, List<Entry> entries, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        public long count(Kind kind) {
            return entries.stream().filter(e -> e.kind() == kind).count();
        }

        /** Lines rejected (each line once). */
        public long rejectedLines() {
            return problems.stream().map(Problem::line).filter(l -> l > 1).distinct().count();
        }

        public String counts() {
            return "created " + count(Kind.NEW) + ", updated " + count(Kind.CHANGED) + ", unchanged " + count(Kind.UNCHANGED);
        }
    }

    /** The import done: the same counts as the preview. */
    public record Outcome(int created, int updated, int unchanged, int plansCreated) {
        public String counts() {
            return "created " + created + ", updated " + updated + ", unchanged " + unchanged;
        }
    }

    private final TrackerServices services;

    StaffImportService(TrackerServices services) {
        this.services = services;
    }

    public Preview preview(Path file) {
        try {
            uk.schoolcompliance.tracker.io.CsvTable.checkFileSize(file);
            return preview(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (uk.schoolcompliance.tracker.io.CsvTable.TooLargeException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads and matches the file against the register; writes nothing. */
    public Preview preview(String source, byte[] bytes) {
        StaffCsvReader.Result file = StaffCsvReader.read(source, bytes);
        List<Problem> problems = new ArrayList<>(file.problems());
        java.util.Set<Long> datesOutsideWindow = datesOutsideWindow(file, problems);
        List<Entry> entries = new ArrayList<>();
        List<StaffMember> existing = services.staff().findAll();
        Map<String, StaffMember> byRef = new HashMap<>();
        Map<String, StaffMember> byEmail = new HashMap<>();
        Map<String, StaffMember> byNameAndStart = new HashMap<>();
        for (StaffMember s : existing) {
            if (blank(s.staffRef()) && blank(s.email())) {
                byNameAndStart.put(nameKey(s.givenName(), s.familyName(), s.startDate()), s);
            }
            if (s.staffRef() != null && !s.staffRef().isBlank()) {
                byRef.putIfAbsent(s.staffRef().trim().toLowerCase(Locale.ROOT), s);
            }
            if (s.email() != null && !s.email().isBlank()) {
                byEmail.put(s.email().trim().toLowerCase(Locale.ROOT), s);
            }
        }
        long schoolId = services.settings().schoolId().orElse(0L);
        Map<Long, Long> matchedLine = new HashMap<>();
        for (StaffRow row : file.rows()) {
            if (datesOutsideWindow.contains(row.line())) {
                continue;
            }
            StaffMember match = null;
            if (row.staffRef() != null) {
                match = byRef.get(row.staffRef().toLowerCase(Locale.ROOT));
            }
            if (match == null && row.email() != null) {
                match = byEmail.get(row.email().toLowerCase(Locale.ROOT));
                if (match != null && row.staffRef() != null && match.staffRef() != null
                        && !match.staffRef().equalsIgnoreCase(row.staffRef())) {
                    problems.add(new Problem(row.line(), Field.EMAIL.label(), "'" + row.email() + "' belongs to "
                            + match.fullName() + " (" + match.staffRef() + "), not staff reference " + row.staffRef()));
                    continue;
                }
            }
            if (match == null && row.staffRef() == null && row.email() == null) {
                // nothing to match on but the person: same name and start date, on a record without ref or email
                match = byNameAndStart.get(nameKey(row.givenName(), row.familyName(), row.startDate()));
            }
            if (match != null) {
                Long other = matchedLine.putIfAbsent(match.id(), row.line());
                if (other != null) {
                    problems.add(new Problem(row.line(), "row", "matches " + match.fullName() + ", as line " + other
                            + " does"));
                    continue;
                }
            }
            StaffMember after = merge(match, row, schoolId);
            if (after.email() != null) {
                StaffMember owner = byEmail.get(after.email().toLowerCase(Locale.ROOT));
                if (owner != null && (match == null || owner.id() != match.id())) {
                    problems.add(new Problem(row.line(), Field.EMAIL.label(), "'" + after.email()
                            + "' already belongs to " + owner.fullName()));
                    continue;
                }
            }
            if (after.leaveDate() != null && after.leaveDate().isBefore(after.startDate())) {
                problems.add(new Problem(row.line(), Field.LEAVE_DATE.label(), Dates.forPeople(after.leaveDate())
                        + " is before the start date " + Dates.forPeople(after.startDate())));
                continue;
            }
            if (match == null) {
                entries.add(new Entry(row.line(), Kind.NEW, null, after, List.of()));
            } else {
                List<Change> changes = changes(match, after);
                entries.add(new Entry(row.line(), changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, match, after, changes));
            }
        }
        problems.sort(java.util.Comparator.comparingLong(Problem::line));
        return new Preview(source, file, List.copyOf(entries), List.copyOf(problems));
    }

    /** Adds a problem for each start or leave date outside the window of sane dates; returns their lines. */
    private java.util.Set<Long> datesOutsideWindow(StaffCsvReader.Result file, List<Problem> problems) {
        java.util.Set<Long> lines = new java.util.HashSet<>();
        LocalDate today = services.today();
        for (StaffRow row : file.rows()) {
            UserDates.problem(row.startDate(), today).ifPresent(p -> {
                problems.add(new Problem(row.line(), Field.START_DATE.label(), p));
                lines.add(row.line());
            });
            UserDates.problem(row.leaveDate(), today).ifPresent(p -> {
                problems.add(new Problem(row.line(), Field.LEAVE_DATE.label(), p));
                lines.add(row.line());
            });
        }
        return lines;
    }

    /**
     * Writes a previewed import in one transaction. Refuses a preview with problems, and one whose
     * staff changed since it was made (preview again).
     */
    public Outcome apply(Preview preview, LocalDate today) {
        return apply(preview, today, null);
    }

    /**
     * As {@link #apply(Preview, LocalDate)}, putting every row of the file in the given school ({@code
     * import-staff --school}); a matched person of another school moves to it (counted as updated). Null: new
     * people go to the file's first school and matched people stay where they are.
     */
    public Outcome apply(Preview preview, LocalDate today, Long intoSchool) {
        if (!preview.ok()) {
            throw new UserException(preview.source() + ": " + preview.problems().size()
                    + " problem(s); nothing was imported. First: " + preview.problems().get(0));
        }
        services.backups().beforeImport();
        return services.db().inTransaction(c -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int plans = 0;
            long schoolId = intoSchool != null ? intoSchool : services.staffService().schoolId();
            for (Entry e : preview.entries()) {
                switch (e.kind()) {
                    case NEW -> {
                        StaffMember a = e.after();
                        StaffMember saved = services.staff().insert(new StaffMember(0, schoolId, a.givenName(),
                                a.familyName(), a.staffRef(), a.email(), a.category(), a.jobTitle(), a.startDate(),
                                a.leaveDate(), a.absenceFrom(), a.absenceTo()));
                        if (services.inductionService().ensurePlan(saved, today).isPresent()) {
                            plans++;
                        }
                        created++;
                    }
                    case CHANGED -> {
                        StaffMember now = services.staff().findById(e.before().id()).orElse(null);
                        if (!e.before().equals(now)) {
                            throw new UserException(preview.source() + " line " + e.line() + ": "
                                    + e.before().fullName() + " was changed since the preview; nothing was imported, "
                                    + "preview the file again");
                        }
                        services.staff().update(intoSchool == null ? e.after() : inSchool(e.after(), intoSchool));
                        updated++;
                    }
                    case UNCHANGED -> {
                        if (intoSchool != null && e.before().schoolId() != intoSchool) {
                            services.staff().update(inSchool(e.before(), intoSchool));
                            updated++;
                        } else {
                            unchanged++;
                        }
                    }
                }
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("file", preview.source());
            summary.put("created", created);
            summary.put("updated", updated);
            summary.put("unchanged", unchanged);
            summary.put("inductionPlans", plans);
            services.audit().record("staff_import", null, "import", null, summary);
            return new Outcome(created, updated, unchanged, plans);
        });
    }

    private static StaffMember inSchool(StaffMember s, long school) {
        return new StaffMember(s.id(), school, s.givenName(), s.familyName(), s.staffRef(), s.email(), s.category(),
                s.jobTitle(), s.startDate(), s.leaveDate(), s.absenceFrom(), s.absenceTo());
    }

    private static StaffMember merge(StaffMember m, StaffRow r, long schoolId) {
        if (m == null) {
            return new StaffMember(0, schoolId, r.givenName(), r.familyName(), r.staffRef(), r.email(), r.category(),
                    r.jobTitle(), r.startDate(), r.leaveDate(), null, null);
        }
        return new StaffMember(m.id(), m.schoolId(), r.givenName(), r.familyName(), or(r.staffRef(), m.staffRef()),
                or(r.email(), m.email()), r.category(), or(r.jobTitle(), m.jobTitle()), r.startDate(),
                r.leaveDate() != null ? r.leaveDate() : m.leaveDate(), m.absenceFrom(), m.absenceTo());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nameKey(String given, String family, LocalDate start) {
        return given.trim().toLowerCase(Locale.ROOT) + "|" + family.trim().toLowerCase(Locale.ROOT) + "|" + start;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static List<Change> changes(StaffMember a, StaffMember b) {
        List<Change> out = new ArrayList<>();
        diff(out, Field.GIVEN_NAME.label(), a.givenName(), b.givenName());
        diff(out, Field.FAMILY_NAME.label(), a.familyName(), b.familyName());
        diff(out, Field.STAFF_REF.label(), a.staffRef(), b.staffRef());
        diff(out, Field.EMAIL.label(), a.email(), b.email());
        diff(out, Field.CATEGORY.label(), a.category().label(), b.category().label());
        diff(out, Field.JOB_TITLE.label(), a.jobTitle(), b.jobTitle());
        diff(out, Field.START_DATE.label(), Dates.forPeople(a.startDate()), Dates.forPeople(b.startDate()));
        diff(out, Field.LEAVE_DATE.label(), Dates.forPeople(a.leaveDate()), Dates.forPeople(b.leaveDate()));
        return out;
    }

    private static void diff(List<Change> out, String field, String before, String after) {
        String x = before == null ? "" : before;
        String y = after == null ? "" : after;
        if (!Objects.equals(x, y)) {
            out.add(new Change(field, x, y));
        }
    }
}
