package uk.schoolcompliance.tracker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.schoolcompliance.tracker.app.StaffImportService.Change;
import uk.schoolcompliance.tracker.app.StaffImportService.Entry;
import uk.schoolcompliance.tracker.app.StaffImportService.FileRead;
import uk.schoolcompliance.tracker.app.StaffImportService.Kind;
import uk.schoolcompliance.tracker.app.StaffImportService.PreviewRow;
import uk.schoolcompliance.tracker.app.StaffImportService.Problem;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.StaffCsvReader.Field;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;

/**
 * Matches the rows of a staff list to the people on the register ({@link StaffImportService}'s preview), writing
 * nothing: by staff reference, else email, else name with date of birth or start date, never a guess. Each row
 * becomes an entry (new, changed field by field, unchanged) or a problem naming its line and field.
 */
final class StaffMatching {

    /**
     * What matching found: the entries, the problems (the file's own and the matching's, by line), the register
     * it was matched against, the file's school and the ids of the people some row matched.
     */
    record Result(List<Entry> entries, List<Problem> problems, List<StaffMember> register, long schoolId,
                  Set<Long> matched) {
    }

    private final SettingsRepository settings;
    private final StaffRepository staffRepository;
    private final Clock clock;

    StaffMatching(SettingsRepository settings, StaffRepository staffRepository, Clock clock) {
        this.settings = settings;
        this.staffRepository = staffRepository;
        this.clock = clock;
    }

    /**
     * Of the people holding a row's staff reference, those it means when the list is {@code schoolId}'s: that
     * school's own, else another school's who is the same person (same name, and date of birth or start date).
     */
    private static List<StaffMember> sameReferenceInSchool(List<StaffMember> holders, PreviewRow row, long schoolId) {
        List<StaffMember> own = holders.stream().filter(s -> s.schoolId() == schoolId).toList();
        if (!own.isEmpty()) {
            return own;
        }
        return holders.stream().filter(s -> StaffRows.nameKey(s.givenName(), s.familyName())
                .equals(StaffRows.nameKey(row.givenName(), row.familyName())) && StaffRows.samePerson(s, row)).toList();
    }

    /** Matches each good row of {@code file} against the register as it is now, for the file's first school. */
    Result match(FileRead file) {
        return match(file, null);
    }

    /**
     * Matches each good row of {@code file} against the register as it is now, as the staff list of
     * {@code intoSchool} (null: the file's first school, and a staff reference matches anyone in the file). For a
     * school of a trust, a staff reference is that school's: it matches someone of another school only when they are
     * the same person (a move between the trust's schools); another school's person who has the same reference is
     * someone else, never renamed or moved. Names are matched, and "not in this file" found, in that school only.
     */
    Result match(FileRead file, Long intoSchool) {
        List<Problem> problems = new ArrayList<>(file.problems());
        java.util.Set<Long> datesOutsideWindow = datesOutsideWindow(file, problems);
        List<Entry> entries = new ArrayList<>();
        List<StaffMember> existing = staffRepository.findAll();
        long schoolId = intoSchool != null ? intoSchool : settings.schoolId().orElse(0L);
        Map<String, List<StaffMember>> byRef = new HashMap<>();
        Map<String, StaffMember> byEmail = new HashMap<>();
        Map<String, List<StaffMember>> byName = new HashMap<>();
        for (StaffMember s : existing) {
            if (!StaffRows.blank(s.staffRef())) {
                byRef.computeIfAbsent(s.staffRef().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
            }
            if (!StaffRows.blank(s.email())) {
                byEmail.put(s.email().trim().toLowerCase(Locale.ROOT), s);
            }
            if (s.schoolId() == schoolId) {
                byName.computeIfAbsent(StaffRows.nameKey(s.givenName(), s.familyName()), k -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, Long> matchedLine = new HashMap<>();
        for (PreviewRow row : file.rows()) {
            if (datesOutsideWindow.contains(row.line())) {
                continue;
            }
            StaffMember match = null;
            if (row.staffRef() != null) {
                List<StaffMember> same = byRef.getOrDefault(row.staffRef().toLowerCase(Locale.ROOT), List.of());
                if (intoSchool != null) {
                    same = sameReferenceInSchool(same, row, schoolId);
                }
                if (same.size() > 1) {
                    problems.add(new Problem(row.line(), Field.STAFF_REF.label(), "'" + row.staffRef() + "' matches "
                            + same.size() + " people in the tracker (" + StaffRows.describe(same) + ")"));
                    continue;
                }
                match = same.isEmpty() ? null : same.get(0);
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
            if (match == null) {
                // the person: same name, and date of birth when both have one, else start date. A row with a
                // reference or email only finds someone the tracker holds without either (nothing to contradict it)
                boolean rowHasId = row.staffRef() != null || row.email() != null;
                List<StaffMember> same = byName.getOrDefault(StaffRows.nameKey(row.givenName(), row.familyName()), List.of())
                        .stream().filter(s -> StaffRows.samePerson(s, row))
                        .filter(s -> !rowHasId || (StaffRows.blank(s.staffRef()) && StaffRows.blank(s.email()))).toList();
                if (same.size() > 1) {
                    problems.add(new Problem(row.line(), "row", "matches " + same.size() + " people in the tracker ("
                            + StaffRows.describe(same) + "): " + (rowHasId
                            ? "record their staff reference or email in the tracker first"
                            : "give the row their staff reference, email or date of birth")));
                    continue;
                }
                match = same.isEmpty() ? null : same.get(0);
            }
            if (match != null) {
                Long other = matchedLine.putIfAbsent(match.id(), row.line());
                if (other != null) {
                    problems.add(new Problem(row.line(), "row", "matches " + match.fullName() + ", as line " + other
                            + " does"));
                    continue;
                }
            }
            StaffMember after = StaffRows.merge(match, row, schoolId);
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
            if (after.dateOfBirth() != null && after.dateOfBirth().isAfter(after.startDate())) {
                problems.add(new Problem(row.line(), Field.DATE_OF_BIRTH.label(), Dates.forPeople(after.dateOfBirth())
                        + " is after the start date " + Dates.forPeople(after.startDate())));
                continue;
            }
            if (match == null) {
                entries.add(new Entry(row.line(), Kind.NEW, null, after, List.of()));
            } else {
                List<Change> changes = StaffRows.changes(match, after);
                entries.add(new Entry(row.line(), changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, match, after, changes));
            }
        }
        problems.sort(java.util.Comparator.comparingLong(Problem::line));
        return new Result(List.copyOf(entries), List.copyOf(problems), existing, schoolId,
                Set.copyOf(matchedLine.keySet()));
    }

    /** Adds a problem for each start or leave date outside the window of sane dates; returns their lines. */
    private java.util.Set<Long> datesOutsideWindow(FileRead file, List<Problem> problems) {
        java.util.Set<Long> lines = new java.util.HashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (PreviewRow row : file.rows()) {
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
}
