package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionCutoff;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.io.StaffCsvReader;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * Sets up a real school on first run (name and phase, grace period, staff list, starter policies),
 * all in one transaction, and tells the dashboard what is left to do afterwards.
 */
public final class SchoolSetupService {

    /** Setting written when the wizard finished (ISO date); the dashboard shows the checklist while it is set. */
    public static final String SETUP_COMPLETED_ON = "setup_completed_on";
    /** Setting written when the user hides the checklist. */
    public static final String CHECKLIST_HIDDEN = "setup_checklist_hidden";
    public static final int MAX_GRACE_DAYS = 120;

    /**
     * The wizard's answers. {@code staff} is the staff list as read for the preview (null: none yet);
     * it is imported through {@link StaffImportService}, the same import as {@code import-staff}.
     * {@code induction}: who on the list has already been inducted and gets no induction plan (the wizard's
     * "People who started before DATE have already been inducted"); null for the usual new-starter rule.
     */
    public record SchoolSetup(String schoolName, SchoolPhase phase, int graceDays, StaffList staff,
                              List<PolicyCatalogue.Entry> policies, InductionCutoff induction, List<NewSchool> schools) {
        public SchoolSetup {
            policies = List.copyOf(policies);
            schools = schools == null ? List.of() : List.copyOf(schools);
        }

        /** One school (no trust). */
        public SchoolSetup(String schoolName, SchoolPhase phase, int graceDays, StaffList staff,
                           List<PolicyCatalogue.Entry> policies, InductionCutoff induction) {
            this(schoolName, phase, graceDays, staff, policies, induction, List.of());
        }

        /** A trust (issue 16): {@code schoolName} is the trust's, phase {@link SchoolPhase#TRUST}, then its schools. */
        public boolean isTrust() {
            return !schools.isEmpty();
        }

        /** With the usual new-starter rule for induction plans. */
        public SchoolSetup(String schoolName, SchoolPhase phase, int graceDays, StaffList staff,
                           List<PolicyCatalogue.Entry> policies) {
            this(schoolName, phase, graceDays, staff, policies, null);
        }
    }

    /** A school of a trust set up by the wizard: its name and (optional) URN. */
    public record NewSchool(String name, String urn) {
    }

    /** A staff list file's name and bytes, kept from the preview so that what was shown is what is imported. */
    public record StaffList(String source, byte[] bytes) {
        public StaffList {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        public static StaffList read(Path file) {
            try {
                return new StaffList(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UserException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }

        /** The file read the way {@code import-staff} reads it, plus what an empty school cannot take (see {@link #duplicates}). */
        public StaffImportService.FileRead preview() {
            StaffImportService.FileRead r = StaffImportService.FileRead.of(StaffCsvReader.read(source, bytes));
            List<StaffImportService.Problem> dups = duplicates(r);
            if (dups.isEmpty()) {
                return r;
            }
            List<StaffImportService.Problem> all = new java.util.ArrayList<>(r.problems());
            all.addAll(dups);
            all.sort(java.util.Comparator.comparingLong(StaffImportService.Problem::line));
            return r.withProblems(all);
        }
    }

    /**
     * Rows of one file that would be two people with one email or one staff reference: the import
     * matches against the register, which is empty on first run, so the file is checked against itself.
     */
    static List<StaffImportService.Problem> duplicates(StaffImportService.FileRead r) {
        List<StaffImportService.Problem> out = new java.util.ArrayList<>();
        Map<String, Long> emails = new java.util.HashMap<>();
        Map<String, Long> refs = new java.util.HashMap<>();
        for (StaffImportService.PreviewRow row : r.rows()) {
            if (row.email() != null) {
                Long first = emails.putIfAbsent(row.email().toLowerCase(Locale.ROOT), row.line());
                if (first != null) {
                    out.add(new StaffImportService.Problem(row.line(), StaffCsvReader.Field.EMAIL.label(),
                            "'" + row.email() + "' is also on line " + first));
                }
            }
            if (row.staffRef() != null) {
                Long first = refs.putIfAbsent(row.staffRef().toLowerCase(Locale.ROOT), row.line());
                if (first != null) {
                    out.add(new StaffImportService.Problem(row.line(), StaffCsvReader.Field.STAFF_REF.label(),
                            "'" + row.staffRef() + "' is also on line " + first));
                }
            }
        }
        return out;
    }

    public record Result(long schoolId, int staffAdded, int inductionPlans, int policiesAdded) {
    }

    /** One line of the "what to do next" checklist. */
    public enum Step { ADD_STAFF, UPLOAD_DOCUMENTS, RECORD_APPROVALS, RECORD_ACKNOWLEDGEMENTS }

    /** {@code outstanding} of {@code total} things still to do for a step; done when nothing is. */
    public record NextStep(Step step, int outstanding, int total, boolean done) {
    }

    private final Database db;
    private final SettingsRepository settings;
    private final StaffRepository staffRepository;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final ComplianceService compliance;
    private final StaffImportService staffImport;
    private SchoolService schoolService;

    public SchoolSetupService(Database db, SettingsRepository settings, StaffRepository staffRepository,
            PolicyRepository policyRepository, VersionRepository versionRepository, ComplianceService compliance,
            StaffImportService staffImport) {
        this.db = db;
        this.settings = settings;
        this.staffRepository = staffRepository;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.compliance = compliance;
        this.staffImport = staffImport;
    }

    /** The schools' service, through which a trust's schools are added (issue 16). */
    void useSchools(SchoolService schools) {
        this.schoolService = schools;
    }

    /** Records the school (name and phase, e.g. "primary") unless the database already has one; its id. */
    public long ensureSchool(String name, String phase) {
        return settings.ensureSchool(name, phase);
    }

    /** Checks the answers of the first two steps; empty when fine, else the message to show. */
    public static java.util.Optional<String> problem(String schoolName, SchoolPhase phase, int graceDays) {
        if (schoolName == null || schoolName.isBlank()) {
            return java.util.Optional.of("School name: is empty");
        }
        if (schoolName.strip().length() > 120) {
            return java.util.Optional.of("School name: is longer than 120 characters");
        }
        if (phase == null) {
            return java.util.Optional.of("Phase: choose one");
        }
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            return java.util.Optional.of("Grace period: must be between 0 and " + MAX_GRACE_DAYS + " days");
        }
        return java.util.Optional.empty();
    }

    /** The induction cut-off must not be after today (nobody can have been inducted before a day still to come). */
    static java.util.Optional<String> inductionProblem(InductionCutoff induction, LocalDate today) {
        if (induction != null && induction.inductedBefore() != null && induction.inductedBefore().isAfter(today)) {
            return java.util.Optional.of("Inducted before: " + Dates.forPeople(induction.inductedBefore())
                    + " is after today (" + Dates.forPeople(today) + ")");
        }
        return java.util.Optional.empty();
    }

    /**
     * Writes the school, its grace period, its staff and its chosen policies in one transaction. Staff whom
     * {@code setup.induction()} takes as already inducted get no induction plan (not a plan ticked off with dates
     * nobody recorded); the cut-off is in the import's audit line.
     */
    public Result setUp(SchoolSetup setup, LocalDate today) {
        problem(setup.schoolName(), setup.phase(), setup.graceDays()).ifPresent(p -> {
            throw new UserException(p);
        });
        inductionProblem(setup.induction(), today).ifPresent(p -> {
            throw new UserException(p);
        });
        return db.inTransaction(c -> {
            if (staffRepository.count() > 0 || !policyRepository.findAll().isEmpty()) {
                throw new UserException(db.location() + " already holds a school; set up a new school in a new file");
            }
            if (setup.isTrust() && setup.phase() != SchoolPhase.TRUST) {
                throw new UserException("Phase: a trust's own entry is '" + SchoolPhase.TRUST.label() + "'");
            }
            if (setup.isTrust() && setup.staff() != null) {
                throw new UserException("Staff list: a trust's staff are imported school by school after setting up "
                        + "(import-staff --school), so that nobody lands in the central team by mistake");
            }
            long schoolId = settings.ensureSchool(setup.schoolName().strip(), setup.phase().code());
            for (int i = 0; i < setup.schools().size(); i++) {
                NewSchool school = setup.schools().get(i);
                try {
                    schoolService.add(school.name(), school.urn(), null);
                } catch (UserException e) {
                    // the wizard's own words: which school, and what is wrong with it (not the command line's option)
                    throw new UserException("School " + (i + 1) + " " + e.getMessage().replaceFirst("^--([a-z]+):",
                            "$1:").replaceFirst("^name:", "name:").replaceFirst("^urn:", "URN:"));
                }
            }
            Long owner = setup.isTrust() ? null : Long.valueOf(schoolId); // a trust's catalogue policies are trust-wide
            settings.set(uk.schoolcompliance.tracker.store.SettingsRepository.GRACE_DAYS,
                    String.valueOf(setup.graceDays()));
            Set<String> titles = new HashSet<>();
            for (PolicyCatalogue.Entry e : setup.policies()) {
                if (titles.add(e.title().toLowerCase(Locale.ROOT))) {
                    policyRepository.insert(e.toPolicy(owner, setup.phase()));
                }
            }
            StaffImportService.Outcome staff = new StaffImportService.Outcome(0, 0, 0, 0, 0);
            if (setup.staff() != null) {
                // the full staff import (aliases, encodings, date forms, line-numbered problems, induction plans)
                StaffList list = setup.staff();
                StaffImportService.FileRead read = list.preview();
                if (!read.ok()) {
                    throw new UserException(list.source() + " " + read.problems().get(0) + " (" + read.problems().size()
                            + " problem(s); nothing was saved)");
                }
                StaffImportService.Preview preview = staffImport.preview(list.source(), list.bytes());
                staff = staffImport.apply(preview, today,
                        StaffImportService.Options.NONE.withInduction(setup.induction()));
            }
            settings.set(SETUP_COMPLETED_ON, today.toString());
            return new Result(schoolId, staff.created(), staff.plansCreated(), titles.size());
        });
    }

    /** The checklist after setting up: empty when the school was not set up through the wizard or it was hidden. */
    public List<NextStep> nextSteps(LocalDate asOf) {
        if (settings.get(SETUP_COMPLETED_ON).isEmpty() || settings.get(CHECKLIST_HIDDEN).isPresent()) {
            return List.of();
        }
        List<Policy> active = policyRepository.findAll().stream().filter(Policy::isActive).toList();
        Map<Long, List<PolicyVersion>> versions = versionRepository.findAll().stream()
                .collect(Collectors.groupingBy(PolicyVersion::policyId));
        int withoutDocument = 0;
        int withoutApproval = 0;
        for (Policy p : active) {
            List<PolicyVersion> vs = versions.getOrDefault(p.id(), List.of());
            if (vs.stream().noneMatch(PolicyVersion::hasDocument)) {
                withoutDocument++;
            }
            if (vs.stream().noneMatch(v -> v.approvedOn() != null)) {
                withoutApproval++;
            }
        }
        int staff = staffRepository.count();
        Summary s = compliance.summary(asOf);
        return List.of(
                new NextStep(Step.ADD_STAFF, staff == 0 ? 1 : 0, 1, staff > 0),
                new NextStep(Step.UPLOAD_DOCUMENTS, withoutDocument, active.size(), !active.isEmpty() && withoutDocument == 0),
                new NextStep(Step.RECORD_APPROVALS, withoutApproval, active.size(), !active.isEmpty() && withoutApproval == 0),
                new NextStep(Step.RECORD_ACKNOWLEDGEMENTS, s.ackOutstanding(), s.ackRequired(),
                        s.ackRequired() > 0 && s.ackOutstanding() == 0));
    }

    /** Hides the checklist for good (the figures stay on the dashboard). */
    public void hideChecklist() {
        settings.set(CHECKLIST_HIDDEN, "yes");
    }
}
