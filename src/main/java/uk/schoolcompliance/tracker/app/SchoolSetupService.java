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

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;

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

    /** The wizard's answers. */
    public record SchoolSetup(String schoolName, SchoolPhase phase, int graceDays, List<StaffMember> staff,
                              List<StarterCatalogue.Entry> policies) {
        public SchoolSetup {
            staff = List.copyOf(staff);
            policies = List.copyOf(policies);
        }
    }

    public record Result(long schoolId, int staffAdded, int policiesAdded) {
    }

    /** One line of the "what to do next" checklist. */
    public enum Step { ADD_STAFF, UPLOAD_DOCUMENTS, RECORD_APPROVALS, RECORD_ACKNOWLEDGEMENTS }

    /** {@code outstanding} of {@code total} things still to do for a step; done when nothing is. */
    public record NextStep(Step step, int outstanding, int total, boolean done) {
    }

    private final TrackerServices services;

    public SchoolSetupService(TrackerServices services) {
        this.services = services;
    }

    /** The staff-list reader the wizard uses. Re-point here to the full staff import. */
    public static StaffListImporter defaultStaffListImporter() {
        return new CsvStaffListImporter();
    }

    /** The starter catalogue the wizard offers. Re-point here to the full policy starter catalogue. */
    public static StarterCatalogue defaultPolicyCatalogue() {
        return new ResourcePolicyCatalogue();
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

    /**
     * Creates {@code file} and sets the school up in it. Refuses an existing file; when setting up
     * fails, the file it had just created is removed again, so the next start offers the wizard again.
     */
    public static TrackerServices createSchool(Path file, Actor actor, SchoolSetup setup, LocalDate today) {
        if (Files.exists(file)) {
            throw new UserException(file + " already exists; open it, or choose another file for the new school");
        }
        problem(setup.schoolName(), setup.phase(), setup.graceDays()).ifPresent(p -> {
            throw new UserException(p);
        });
        TrackerServices services = null;
        try {
            services = TrackerServices.open(file, actor);
            new SchoolSetupService(services).setUp(setup, today);
            return services;
        } catch (RuntimeException e) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException ignored) {
                    // the message below is what matters
                }
            }
            throw e;
        }
    }

    /** Writes the school, its grace period, its staff and its chosen policies in one transaction. */
    public Result setUp(SchoolSetup setup, LocalDate today) {
        problem(setup.schoolName(), setup.phase(), setup.graceDays()).ifPresent(p -> {
            throw new UserException(p);
        });
        return services.db().inTransaction(c -> {
            if (services.staff().count() > 0 || !services.policies().findAll().isEmpty()) {
                throw new UserException(services.db().file() + " already holds a school; set up a new school in a new file");
            }
            long schoolId = services.settings().ensureSchool(setup.schoolName().strip(), setup.phase().code());
            services.settings().set(uk.schoolcompliance.tracker.store.SettingsRepository.GRACE_DAYS,
                    String.valueOf(setup.graceDays()));
            Set<String> emails = new HashSet<>();
            for (StaffMember s : setup.staff()) {
                if (s.email() != null && !emails.add(s.email().toLowerCase(Locale.ROOT))) {
                    throw new UserException("Staff list: the email " + s.email() + " appears twice");
                }
                services.staff().insert(new StaffMember(0, schoolId, s.givenName(), s.familyName(), s.staffRef(),
                        s.email(), s.category(), s.jobTitle(), s.startDate(), s.leaveDate(), s.absenceFrom(), s.absenceTo()));
            }
            Set<String> titles = new HashSet<>();
            for (StarterCatalogue.Entry e : setup.policies()) {
                if (titles.add(e.title().toLowerCase(Locale.ROOT))) {
                    services.policies().insert(e.toPolicy(schoolId, setup.phase()));
                }
            }
            services.settings().set(SETUP_COMPLETED_ON, today.toString());
            return new Result(schoolId, setup.staff().size(), titles.size());
        });
    }

    /** The checklist after setting up: empty when the school was not set up through the wizard or it was hidden. */
    public List<NextStep> nextSteps(LocalDate asOf) {
        if (services.settings().get(SETUP_COMPLETED_ON).isEmpty() || services.settings().get(CHECKLIST_HIDDEN).isPresent()) {
            return List.of();
        }
        List<Policy> active = services.policies().findAll().stream().filter(Policy::isActive).toList();
        Map<Long, List<PolicyVersion>> versions = services.versions().findAll().stream()
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
        int staff = services.staff().count();
        Summary s = services.compliance().summary(asOf);
        return List.of(
                new NextStep(Step.ADD_STAFF, staff == 0 ? 1 : 0, 1, staff > 0),
                new NextStep(Step.UPLOAD_DOCUMENTS, withoutDocument, active.size(), !active.isEmpty() && withoutDocument == 0),
                new NextStep(Step.RECORD_APPROVALS, withoutApproval, active.size(), !active.isEmpty() && withoutApproval == 0),
                new NextStep(Step.RECORD_ACKNOWLEDGEMENTS, s.ackOutstanding(), s.ackRequired(),
                        s.ackRequired() > 0 && s.ackOutstanding() == 0));
    }

    /** Hides the checklist for good (the figures stay on the dashboard). */
    public void hideChecklist() {
        services.settings().set(CHECKLIST_HIDDEN, "yes");
    }
}
