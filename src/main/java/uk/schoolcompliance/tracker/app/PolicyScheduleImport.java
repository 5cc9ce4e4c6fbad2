package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.io.policy.PolicyScheduleReader;
import uk.schoolcompliance.tracker.io.policy.PolicyScheduleReader.Entry;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * Imports the school's own policy review schedule (CSV or XLSX). Each row becomes a policy with a
 * first version (the Version column or 1.0, effective from the last approval date), or updates the
 * policy of that title. All or nothing: any error and nothing is changed.
 */
public final class PolicyScheduleImport {

    private final SchoolService schoolService;

    /** What will happen (or happened) to one row. */
    public enum Action { CREATE, UPDATE, UNCHANGED }

    /** One row of the plan: the policy as it will be saved, the version to add (may be null), and why. */
    public record Change(long line, Action action, Policy before, Policy after, PolicyVersion newVersion, String note) {
    }

    /** The plan for a file: the changes, the errors (an import goes ahead only without errors). */
    public record Plan(String source, List<Change> changes, List<String> errors) {

        public long count(Action a) {
            return changes.stream().filter(c -> c.action() == a).count();
        }

        /** "created 3, updated 1, unchanged 28". */
        public String tally() {
            return "created " + count(Action.CREATE) + ", updated " + count(Action.UPDATE) + ", unchanged "
                    + count(Action.UNCHANGED);
        }
    }

    private final Database db;
    private final SettingsRepository settings;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final BackupService backups;
    private final Clock clock;

    PolicyScheduleImport(Database db, SettingsRepository settings, PolicyRepository policyRepository,
            VersionRepository versionRepository, BackupService backups, Clock clock, SchoolService schoolService) {
        this.schoolService = schoolService;
        this.db = db;
        this.settings = settings;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.backups = backups;
        this.clock = clock;
    }

    /** Reads the file and works out what would change, without changing anything. */
    public Plan plan(Path file) {
        return plan(file, Optional.empty());
    }

    /**
     * As {@link #plan(Path)}, for one school's own policies ({@code --school}): new policies are that school's own and
     * a row naming another school's (or a trust-wide) policy is an error naming its line.
     */
    public Plan plan(Path file, Optional<uk.schoolcompliance.tracker.domain.School> chosen) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            uk.schoolcompliance.tracker.io.CsvTable.checkFileSize(file);
            bytes = Files.readAllBytes(file);
        } catch (uk.schoolcompliance.tracker.io.CsvTable.TooLargeException e) {
            throw new UserException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (IOException e) {
            throw new UserException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        PolicyScheduleReader.Result read;
        try {
            read = PolicyScheduleReader.read(name, bytes);
        } catch (IOException e) {
            throw new UserException(e.getMessage(), e);
        }
        List<Change> changes = new ArrayList<>();
        Long school = schoolService.policyOwner(chosen);
        List<String> errors = new ArrayList<>(read.errors());
        for (Entry e : read.entries()) {
            outsideWindow(name, e, PolicyScheduleReader.Column.LAST_APPROVED, e.lastApproved()).ifPresent(errors::add);
            outsideWindow(name, e, PolicyScheduleReader.Column.NEXT_REVIEW, e.nextReview()).ifPresent(errors::add);
            Change change = change(e, school);
            if (change.before() != null) {
                try {
                    schoolService.checkOwner(change.before(), chosen, name + " line " + e.line() + ": Title");
                } catch (UserException wrong) {
                    errors.add(wrong.getMessage());
                }
            }
            changes.add(change);
        }
        return new Plan(name, changes, List.copyOf(errors));
    }

    /** A date in the sheet outside the window of sane dates, as an error naming the file, line and column. */
    private Optional<String> outsideWindow(String file, Entry e, PolicyScheduleReader.Column c,
                                           java.time.LocalDate date) {
        return UserDates.problem(date, LocalDate.now(clock)).map(p -> file + " line " + e.line() + ": " + c.label() + ": " + p);
    }

    private Change change(Entry e, Long school) {
        Optional<Policy> existing = policyRepository.findByTitle(e.title());
        Policy base = existing.orElse(new Policy(0, school, e.title(), null, null, false, null, null, 12, null, null,
                null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        Integer months = e.frequencyGiven() ? e.reviewMonths() : base.reviewMonths();
        Policy after = new Policy(base.id(), base.schoolId(), existing.isPresent() ? base.title() : e.title(),
                or(e.reference(), base.referenceCode()), or(e.area(), base.area()),
                e.statutory() != null ? e.statutory() : base.statutory(), or(e.owner(), base.owner()),
                or(e.approvingBody(), base.approvingBody()), months,
                e.reackGiven() ? e.reackMonths() : base.reackMonths(), base.graceDays(), base.nextReviewOverride(),
                e.status() != null ? e.status() : base.status(), e.audience() != null ? e.audience() : base.audience());
        // the sheet's next review is kept by hand only when it differs from last approval + frequency
        if (e.nextReview() != null) {
            boolean computed = e.lastApproved() != null && months != null
                    && e.lastApproved().plusMonths(months).equals(e.nextReview());
            after = after.withNextReviewOverride(computed ? null : e.nextReview());
        }
        PolicyVersion version = null;
        String note = null;
        List<PolicyVersion> versions = existing.isPresent() ? versionRepository.findByPolicy(base.id()) : List.of();
        String label = e.version() != null ? e.version() : versions.isEmpty() ? "1.0" : null;
        if (label != null && versions.stream().noneMatch(v -> v.label().equalsIgnoreCase(label))) {
            if (e.lastApproved() != null) {
                version = new PolicyVersion(0, base.id(), label, null, null, null, after.approvingBody(), e.lastApproved(),
                        null, e.lastApproved(), "Imported from the review schedule", true);
            } else {
                note = "no version recorded: the row has no approval date";
            }
        }
        Action action = existing.isEmpty() ? Action.CREATE
                : !after.equals(base) || version != null ? Action.UPDATE : Action.UNCHANGED;
        return new Change(e.line(), action, existing.orElse(null), after, version, note);
    }

    /** Applies a plan (from {@link #plan}); refuses a plan with errors. All in one transaction. */
    public Plan apply(Plan plan) {
        if (!plan.errors().isEmpty()) {
            throw new UserException(plan.errors().get(0)
                    + (plan.errors().size() > 1 ? " (and " + (plan.errors().size() - 1) + " more problems)" : "")
                    + "; nothing was imported");
        }
        backups.beforeImport();
        db.inTransaction(c -> {
            for (Change ch : plan.changes()) {
                if (ch.action() == Action.UNCHANGED) {
                    continue;
                }
                Policy saved = ch.action() == Action.CREATE ? policyRepository.insert(ch.after())
                        : Objects.equals(ch.before(), ch.after()) ? ch.after() : policyRepository.update(ch.after());
                if (ch.newVersion() != null) {
                    PolicyVersion v = ch.newVersion();
                    versionRepository.insert(new PolicyVersion(0, saved.id(), v.label(), null, null, null,
                            v.approvedBy(), v.approvedOn(), v.minuteRef(), v.effectiveFrom(), v.changeSummary(),
                            v.material()), null);
                }
            }
            return null;
        });
        return plan;
    }

    /** Plans and, unless {@code dryRun}, applies. */
    public Plan importFile(Path file, boolean dryRun) {
        return importFile(file, dryRun, Optional.empty());
    }

    /** Plans (for the school chosen, if any) and, unless {@code dryRun}, applies. */
    public Plan importFile(Path file, boolean dryRun, Optional<uk.schoolcompliance.tracker.domain.School> school) {
        Plan plan = plan(file, school);
        if (dryRun) {
            if (!plan.errors().isEmpty()) {
                throw new UserException(plan.errors().get(0)
                        + (plan.errors().size() > 1 ? " (and " + (plan.errors().size() - 1) + " more problems)" : ""));
            }
            return plan;
        }
        return apply(plan);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
