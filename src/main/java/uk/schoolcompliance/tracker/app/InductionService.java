package uk.schoolcompliance.tracker.app;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.InductionCutoff;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.InductionRules;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.pdf.InductionChecklistPdf;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.InductionRepository;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;

/**
 * New-starter induction: the templates per staff category (with sensible defaults for a school in
 * England), plans made when a starter is added, ticking tasks off (and un-ticking with a reason),
 * progress as of a date and the printable checklist.
 */
public final class InductionService {

    /** One line of a checklist: the item and, as of the date, when it was done (null if not) and by whom. */
    public record ChecklistLine(InductionItem item, LocalDate doneOn, String doneBy, boolean overdue) {
    }

    /** A staff member's checklist as of a date. */
    public record Checklist(String school, StaffMember staff, LocalDate asOf, List<ChecklistLine> lines) {
        public long done() {
            return lines.stream().filter(l -> l.doneOn() != null).count();
        }
    }

    private final Database db;
    private final SettingsRepository settings;
    private final PolicyRepository policyRepository;
    private final InductionRepository inductionRepository;
    private final ComplianceService compliance;
    private final OutputFiles outputs;
    private final Clock clock;

    InductionService(Database db, SettingsRepository settings, PolicyRepository policyRepository,
            InductionRepository inductionRepository, ComplianceService compliance, OutputFiles outputs, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.policyRepository = policyRepository;
        this.inductionRepository = inductionRepository;
        this.compliance = compliance;
        this.outputs = outputs;
        this.clock = clock;
    }

    public List<InductionTemplateItem> template(StaffCategory category) {
        return inductionRepository.template(category);
    }

    /** Replaces a category's template after checking every item (title, days, policy). */
    public void saveTemplate(StaffCategory category, List<InductionTemplateItem> items) {
        Set<Long> policyIds = new HashSet<>();
        policyRepository.findAll().forEach(p -> policyIds.add(p.id()));
        int n = 1;
        for (InductionTemplateItem item : items) {
            if (item.kind() == InductionItemKind.POLICY && (item.policyId() == null || !policyIds.contains(item.policyId()))) {
                throw new UserException("Item " + n + ": Policy: choose a policy to read and acknowledge");
            }
            if (item.kind() == InductionItemKind.TASK && (item.title() == null || item.title().isBlank())) {
                throw new UserException("Item " + n + ": Title: a task needs a title");
            }
            if (item.dueDays() < 0 || item.dueDays() > 365) {
                throw new UserException("Item " + n + ": Due after: must be between 0 and 365 days");
            }
            n++;
        }
        List<InductionTemplateItem> clean = new ArrayList<>();
        Map<Long, Policy> byId = new java.util.HashMap<>();
        policyRepository.findAll().forEach(p -> byId.put(p.id(), p));
        for (InductionTemplateItem item : items) {
            String title = item.kind() == InductionItemKind.POLICY
                    ? "Read and acknowledge: " + byId.get(item.policyId()).title() : item.title().trim();
            clean.add(new InductionTemplateItem(0, category, clean.size() + 1, item.kind(), item.policyId(), title,
                    item.dueDays()));
        }
        inductionRepository.replaceTemplate(category, clean);
    }

    /**
     * The default template for a category, read against the school's active policies: each "read and
     * acknowledge" item names the school's own policy when one matches, else it becomes a task to read
     * the school's document. Volunteers and contractors get a lighter plan.
     */
    public List<InductionTemplateItem> defaultTemplate(StaffCategory category) {
        List<Policy> policies = policyRepository.findAll().stream().filter(Policy::isActive).toList();
        List<InductionTemplateItem> out = new ArrayList<>();
        Defaults d = new Defaults(category, policies, out);
        switch (category) {
            case VOLUNTEER -> {
                d.task("Identity and DBS check seen (or supervised-volunteer risk assessment)", 0);
                d.task("Meet the designated safeguarding lead: who they are and how to reach them", 0);
                d.task("Fire procedures, signing in and out, and where not to go", 0);
                d.policy("Child Protection and Safeguarding Policy", 1, "child protection", "safeguarding");
                d.policy("Staff Code of Conduct", 3, "code of conduct");
                d.policy("Online Safety Policy (mobile phones and photographs)", 7, "online safety", "social media");
            }
            case CONTRACTOR -> {
                d.task("Identity check and DBS status confirmed with the employer", 0);
                d.task("Site induction: signing in, lanyard, fire procedures, areas off limits", 0);
                d.task("Told who the designated safeguarding lead is and how to report a concern", 0);
                d.policy("Health and Safety Policy", 0, "health and safety");
                d.task("Asbestos register and permit-to-work seen (where relevant)", 0);
            }
            case GOVERNOR -> {
                d.task("Identity, DBS and section 128 checks", 0);
                d.task("Meet the designated safeguarding lead", 14);
                d.policy("Child Protection and Safeguarding Policy", 14, "child protection", "safeguarding");
                d.policy("Keeping Children Safe in Education Part 1", 14, "keeping children safe");
                d.policy("Governors' Code of Conduct", 14, "governor", "code of conduct");
                d.policy("Data Protection Policy", 28, "data protection");
                d.task("Safeguarding training for governors", 60);
                d.task("Governor induction training", 90);
            }
            default -> {
                d.task("Identity, DBS and right-to-work checks seen", 0);
                d.task("Meet the designated safeguarding lead: who they are and how to reach them", 1);
                d.task("Fire procedures and evacuation walk-round", 1);
                d.task("IT account, email and system logins; acceptable use explained", 2);
                d.policy("Child Protection and Safeguarding Policy", 3, "child protection", "safeguarding");
                d.policy("Keeping Children Safe in Education Part 1", 3, "keeping children safe");
                d.policy("Staff Code of Conduct (including online safety and social media)", 7, "code of conduct");
                d.policy("Behaviour Policy", 7, "behaviour");
                d.policy("Acceptable Use of IT Policy", 7, "acceptable use");
                d.policy("Online Safety Policy", 14, "online safety");
                d.policy("Social Media Policy", 14, "social media");
                d.task("Safeguarding training", 14);
                d.policy("Health and Safety Policy", 14, "health and safety");
                d.policy("Data Protection Policy", 21, "data protection");
                d.task("Data protection training", 28);
                d.policy("Whistleblowing Policy", 28, "whistleblowing");
                if (category == StaffCategory.TEACHER || category == StaffCategory.SLT) {
                    d.task("Meet the SENCO", 7);
                    d.task("Performance management objectives set", 42);
                }
                if (category == StaffCategory.TEACHING_ASSISTANT) {
                    d.task("Meet the SENCO and the class teacher(s)", 7);
                }
            }
        }
        return out;
    }

    /** Builds default items, matching policy titles by keywords. */
    private static final class Defaults {
        private final StaffCategory category;
        private final List<Policy> policies;
        private final List<InductionTemplateItem> out;
        private final Set<Long> used = new HashSet<>();

        Defaults(StaffCategory category, List<Policy> policies, List<InductionTemplateItem> out) {
            this.category = category;
            this.policies = policies;
            this.out = out;
        }

        void task(String title, int days) {
            out.add(new InductionTemplateItem(0, category, out.size() + 1, InductionItemKind.TASK, null, title, days));
        }

        void policy(String name, int days, String... keywords) {
            for (String k : keywords) {
                for (Policy p : policies) {
                    if (!used.contains(p.id()) && p.title().toLowerCase(Locale.ROOT).contains(k)) {
                        used.add(p.id());
                        out.add(new InductionTemplateItem(0, category, out.size() + 1, InductionItemKind.POLICY,
                                p.id(), "Read and acknowledge: " + p.title(), days));
                        return;
                    }
                }
            }
            task("Read the school's " + name, days);
        }
    }

    /**
     * Makes a plan for a staff member who needs one (start date in the future or the last 60 days, not
     * left) and has none yet. A category with no template yet gets the defaults first.
     *
     * @return the new plan's id, if one was made
     */
    public Optional<Long> ensurePlan(StaffMember staff, LocalDate today) {
        return ensurePlan(staff, today, InductionCutoff.usual(today));
    }

    /**
     * Makes a plan for a staff member not taken as inducted by {@code cutoff} who has not left and has none yet
     * (the setup wizard's "People who started before DATE have already been inducted").
     */
    public Optional<Long> ensurePlan(StaffMember staff, LocalDate today, InductionCutoff cutoff) {
        if (!cutoff.needsPlan(staff.startDate()) || staff.leftBy(today)) {
            return Optional.empty();
        }
        return db.inTransaction(c -> {
            if (inductionRepository.planId(staff.id()).isPresent()) {
                return Optional.<Long>empty();
            }
            if (inductionRepository.template(staff.category()).isEmpty()) {
                inductionRepository.replaceTemplate(staff.category(), defaultTemplate(staff.category()));
            }
            return inductionRepository.createPlan(staff, today);
        });
    }

    /**
     * Ticks a task off on a date by a person; policy items complete themselves when acknowledged. True when this ticked it; false when it was already ticked (by someone else at the same time,
     * or before): nothing changes then, and the first tick's date and name stand (issue #19).
     */
    public boolean tick(long itemId, LocalDate doneOn, String doneBy) {
        InductionItem item = item(itemId);
        if (item.kind() == InductionItemKind.POLICY) {
            throw new UserException("'" + item.title() + "' is done when the acknowledgement is recorded, not by a tick");
        }
        UserDates.done(doneOn, LocalDate.now(clock), "Done on", "a date is required");
        if (doneBy == null || doneBy.isBlank()) {
            throw new UserException("Done by: say who did it");
        }
        return inductionRepository.tick(itemId, doneOn, doneBy.trim());
    }

    /** Un-ticks a task; the reason is kept and audited. */
    public void untick(long itemId, String reason) {
        InductionItem item = item(itemId);
        if (item.kind() == InductionItemKind.POLICY) {
            throw new UserException("'" + item.title() + "' follows the acknowledgement; void the acknowledgement instead");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserException("Reason: say why the item is no longer done");
        }
        inductionRepository.untick(itemId, reason);
    }

    private InductionItem item(long itemId) {
        return inductionRepository.findItem(itemId).orElseThrow(() -> new UserException("No induction item " + itemId));
    }

    /** Every plan of staff not gone by the date, most recent starters first. */
    public List<InductionProgress> progress(LocalDate asOf) {
        return compliance.calculator(asOf).inductions();
    }

    /** The plans of one school's people (or everyone's), as {@link #progress(LocalDate)}. */
    public List<InductionProgress> progress(LocalDate asOf,
            Optional<uk.schoolcompliance.tracker.domain.School> school) {
        return compliance.calculator(asOf, school).inductions();
    }

    /** A staff member's checklist as of a date (empty lines when they have no plan). */
    public Checklist checklist(long staffId, LocalDate asOf) {
        ComplianceCalculator calc = compliance.calculator(asOf);
        StaffMember staff = calc.data().staff().stream().filter(s -> s.id() == staffId).findFirst()
                .orElseThrow(() -> new UserException("No staff member " + staffId));
        Map<Long, LocalDate> firstAck = calc.firstAckByPolicy(staffId);
        List<ChecklistLine> lines = new ArrayList<>();
        for (InductionItem item : calc.data().induction(staffId)) {
            LocalDate done = InductionRules.doneOn(item, firstAck, asOf);
            String by = item.kind() == InductionItemKind.TASK ? (done == null ? null : item.doneBy())
                    : (done == null ? null : "acknowledged");
            lines.add(new ChecklistLine(item, done, by, InductionRules.isOverdue(item, firstAck, asOf)));
        }
        return new Checklist(settings.schoolName(), staff, asOf, lines);
    }

    /** Writes the printable checklist to {@code file} (checked, through a temporary file, owner-only). */
    public Path writeChecklistPdf(long staffId, LocalDate asOf, Path file) {
        return outputs.write(file, out -> writeChecklistPdf(staffId, asOf, out));
    }

    /** Writes the printable checklist (A4 PDF with sign and date columns). */
    public void writeChecklistPdf(long staffId, LocalDate asOf, OutputStream out) {
        Checklist c = checklist(staffId, asOf);
        InductionChecklistPdf.write(c.school(), c.staff(), asOf, c.lines().stream()
                .map(l -> new InductionChecklistPdf.Line(l.item(), l.doneOn(), l.doneBy(), l.overdue())).toList(), out);
    }
}
