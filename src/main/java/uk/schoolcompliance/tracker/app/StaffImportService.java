package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionCutoff;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.StaffCsvReader;
import uk.schoolcompliance.tracker.store.AuditRepository;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.StaffRepository;

/**
 * Imports the staff list a school exports from its MIS or HR system. First a preview (new / changed
 * field by field / unchanged / rejected, with line numbers, and the people in post in the tracker whom the
 * file does not list) that writes nothing; then the import, one transaction, all or nothing, audited.
 *
 * <p>Matching, in this order, so that importing the same list twice never duplicates anyone:
 * <ol>
 * <li>by staff reference (case-insensitive);</li>
 * <li>else by email (case-insensitive);</li>
 * <li>else, for a row with neither (a volunteer, a governor), by given and family name (ignoring case and
 * spaces) and the date of birth when both the row and the person have one, else the start date, among the
 * school's staff;</li>
 * <li>a row whose reference and email match nobody may still be someone the tracker holds with neither (the
 * volunteer who now has a staff ID), by the same name and date rule.</li>
 * </ol>
 * A row that matches two people is rejected naming them: never a guess. An empty cell never erases what the
 * register already holds (an export that leaves out job titles does not wipe them); a leave date in the file
 * marks the person as a leaver.
 *
 * <p>"Not in this file": the school's people in post today (started, not left) whom no row matched. The import
 * can mark them as left on a date (never after today, never before their start date) in its own transaction.
 */
public final class StaffImportService {

    public enum Kind { NEW, CHANGED, UNCHANGED }

    /** One problem of a staff list: the line the record starts on (1 is the header), the field, what is wrong. */
    public record Problem(long line, String field, String problem) {
        @Override
        public String toString() {
            return "line " + line + ": " + field + ": " + problem;
        }

        static Problem of(StaffCsvReader.Problem p) {
            return new Problem(p.line(), p.field(), p.problem());
        }
    }

    /** A row of the file read without problems. Optional values are null when the file leaves them empty. */
    public record PreviewRow(long line, String givenName, String familyName, String email, String staffRef,
                             StaffCategory category, String jobTitle, LocalDate startDate, LocalDate leaveDate,
                             LocalDate dateOfBirth) {
        static PreviewRow of(StaffCsvReader.StaffRow r) {
            return new PreviewRow(r.line(), r.givenName(), r.familyName(), r.email(), r.staffRef(), r.category(),
                    r.jobTitle(), r.startDate(), r.leaveDate(), r.dateOfBirth());
        }
    }

    /** Which column of the file was read as which field ("Given name" from "Forename"). */
    public record ColumnMapping(String field, String column) {
    }

    /**
     * What a staff list file held, before matching it against the register: the good rows, the problems, which
     * column meant which field (in the order of the fields) and the columns ignored.
     */
    public record FileRead(String source, List<PreviewRow> rows, List<Problem> problems, List<ColumnMapping> columns,
                           List<String> ignoredColumns) {
        public FileRead {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
            columns = List.copyOf(columns);
            ignoredColumns = List.copyOf(ignoredColumns);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The same read with other problems (the file's own, plus what the caller found). */
        FileRead withProblems(List<Problem> all) {
            return new FileRead(source, rows, all, columns, ignoredColumns);
        }

        static FileRead of(StaffCsvReader.Result r) {
            List<ColumnMapping> columns = new ArrayList<>();
            r.columns().forEach((f, c) -> columns.add(new ColumnMapping(f.label(), c)));
            return new FileRead(r.source(), r.rows().stream().map(PreviewRow::of).toList(),
                    r.problems().stream().map(Problem::of).toList(), columns, r.ignoredColumns());
        }
    }

    /** One field that the import would change. */
    public record Change(String field, String before, String after) {
    }

    /** What one good row would do. {@code before} is null for a new staff member. */
    public record Entry(long line, Kind kind, StaffMember before, StaffMember after, List<Change> changes) {
    }

    /**
     * The preview of an import: nothing has been written. {@code missing} are the people in post in the tracker
     * that no row matched (empty while any row is rejected: a rejected row may be one of them).
     */
    /** @param intoSchool the school the file is the staff list of ({@code --school}); null: the file's first school */
    public record Preview(String source, FileRead file, List<Entry> entries, List<Problem> problems,
                          List<StaffMember> missing, Long intoSchool) {
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

    /**
     * What the import does besides the file's rows. {@code markMissingLeftOn}: mark the people not in the file as
     * left on that date (null: leave them). {@code induction}: who is taken as already inducted and gets no plan
     * (null: the usual new-starter rule; setting up a school, or a first import, may move it).
     */
    public record Options(LocalDate markMissingLeftOn, InductionCutoff induction, Long intoSchool) {
        public static final Options NONE = new Options(null, null, null);

        public static Options markMissingLeftOn(LocalDate date) {
            return NONE.withMarkMissingLeftOn(date);
        }

        public Options withMarkMissingLeftOn(LocalDate date) {
            return new Options(date, induction, intoSchool);
        }

        public Options withInduction(InductionCutoff cutoff) {
            return new Options(markMissingLeftOn, cutoff, intoSchool);
        }

        /**
         * Every row of the file goes into this school ({@code import-staff --school}); a matched person of another
         * school moves to it (counted as updated). Null: new people go to the file's first school and matched
         * people stay where they are.
         */
        public Options withIntoSchool(Long school) {
            return new Options(markMissingLeftOn, induction, school);
        }
    }

    /** The import done: the same counts as the preview, plans made, and people marked as left. */
    public record Outcome(int created, int updated, int unchanged, int plansCreated, int markedLeft) {
        public String counts() {
            return "created " + created + ", updated " + updated + ", unchanged " + unchanged;
        }
    }

    private final Database db;
    private final AuditRepository audit;
    private final StaffRepository staffRepository;
    private final BackupService backups;
    private final InductionService inductionService;
    private final StaffService staffService;
    private final StaffMatching matching;
    private final NotInFile notInFile;
    private final Clock clock;

    StaffImportService(Database db, AuditRepository audit, StaffRepository staffRepository, BackupService backups,
            InductionService inductionService, StaffService staffService, StaffMatching matching, NotInFile notInFile,
            Clock clock) {
        this.db = db;
        this.audit = audit;
        this.staffRepository = staffRepository;
        this.backups = backups;
        this.inductionService = inductionService;
        this.staffService = staffService;
        this.matching = matching;
        this.notInFile = notInFile;
        this.clock = clock;
    }

    public Preview preview(Path file) {
        return preview(file, null);
    }

    /** As {@link #preview(Path)}, as the staff list of {@code intoSchool} (null: the file's first school). */
    public Preview preview(Path file, Long intoSchool) {
        try {
            uk.schoolcompliance.tracker.io.CsvTable.checkFileSize(file);
            return preview(file.getFileName().toString(), Files.readAllBytes(file), intoSchool);
        } catch (uk.schoolcompliance.tracker.io.CsvTable.TooLargeException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads and matches the file against the register; writes nothing. */
    public Preview preview(String source, byte[] bytes) {
        return preview(source, bytes, null);
    }

    /**
     * Reads and matches the file as the staff list of {@code intoSchool} (null: the file's first school): who is
     * new, changed or not in the file is worked out against that school's people; writes nothing.
     */
    public Preview preview(String source, byte[] bytes, Long intoSchool) {
        FileRead file = FileRead.of(StaffCsvReader.read(source, bytes));
        StaffMatching.Result matching = this.matching.match(file, intoSchool);
        List<StaffMember> missing = matching.problems().isEmpty()
                ? NotInFile.among(matching, LocalDate.now(clock)) : List.of();
        return new Preview(source, file, matching.entries(), matching.problems(), missing, intoSchool);
    }

    /**
     * Checks the date the people not in the file would be marked as left on: never after today, never before a
     * person's start date (the first day they can be gone). One line naming the file and the field.
     */
    public void checkLeaveDate(Preview preview, LocalDate leftOn, LocalDate today) {
        NotInFile.checkLeaveDate(preview, leftOn, today);
    }

    /** Writes a previewed import with the usual induction rule, leaving the people not in the file alone. */
    public Outcome apply(Preview preview, LocalDate today) {
        return apply(preview, today, Options.NONE);
    }

    /**
     * Writes a previewed import in one transaction, with marking the people not in the file as left and the
     * induction cut-off when {@code options} say so. Refuses a preview with problems, a leave date after today or
     * before someone's start, and a preview whose staff changed since it was made (preview again).
     */
    public Outcome apply(Preview preview, LocalDate today, Options options) {
        if (!preview.ok()) {
            throw new UserException(preview.source() + ": " + preview.problems().size()
                    + " problem(s); nothing was imported. First: " + preview.problems().get(0));
        }
        LocalDate leftOn = options.markMissingLeftOn();
        if (options.intoSchool() != null && !options.intoSchool().equals(preview.intoSchool())) {
            // the people "not in this file" and the matches were worked out for another school
            throw new IllegalArgumentException("the preview was made for school " + preview.intoSchool()
                    + ", not " + options.intoSchool() + ": preview the file for the school it is imported into");
        }
        Long intoSchool = preview.intoSchool();
        if (leftOn != null) {
            checkLeaveDate(preview, leftOn, today);
        }
        InductionCutoff cutoff = options.induction() == null ? InductionCutoff.usual(today) : options.induction();
        if (cutoff.inductedBefore() != null && cutoff.inductedBefore().isAfter(today)) {
            throw new UserException(preview.source() + ": Inducted before: " + Dates.forPeople(cutoff.inductedBefore())
                    + " is after today (" + Dates.forPeople(today) + "); nothing was imported");
        }
        backups.beforeImport();
        return db.inTransaction(c -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int plans = 0;
            long schoolId = intoSchool != null ? intoSchool : staffService.schoolId();
            for (Entry e : preview.entries()) {
                switch (e.kind()) {
                    case NEW -> {
                        StaffMember a = e.after();
                        StaffMember saved = staffRepository.insert(new StaffMember(0, schoolId, a.givenName(),
                                a.familyName(), a.staffRef(), a.email(), a.category(), a.jobTitle(), a.startDate(),
                                a.leaveDate(), a.absenceFrom(), a.absenceTo(), a.dateOfBirth()));
                        if (inductionService.ensurePlan(saved, today, cutoff).isPresent()) {
                            plans++;
                        }
                        created++;
                    }
                    case CHANGED -> {
                        notInFile.unchangedSincePreview(preview, e.line(), e.before());
                        staffRepository.update(intoSchool == null ? e.after() : StaffRows.inSchool(e.after(), intoSchool));
                        updated++;
                    }
                    case UNCHANGED -> {
                        if (intoSchool != null && e.before().schoolId() != intoSchool) {
                            staffRepository.update(StaffRows.inSchool(e.before(), intoSchool));
                            updated++;
                        } else {
                            unchanged++;
                        }
                    }
                }
            }
            int markedLeft = leftOn == null ? 0 : notInFile.markLeft(preview, leftOn);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("file", preview.source());
            summary.put("created", created);
            summary.put("updated", updated);
            summary.put("unchanged", unchanged);
            summary.put("inductionPlans", plans);
            summary.put("notInFile", preview.missing().size());
            summary.put("markedLeft", markedLeft);
            if (leftOn != null) {
                summary.put("leftOn", leftOn.toString());
            }
            if (options.induction() != null) {
                summary.put("inductedBefore", cutoff.inductedBefore() == null ? "nobody" : cutoff.inductedBefore().toString());
            }
            audit.record("staff_import", null, "import", null, summary);
            return new Outcome(created, updated, unchanged, plans, markedLeft);
        });
    }
}
