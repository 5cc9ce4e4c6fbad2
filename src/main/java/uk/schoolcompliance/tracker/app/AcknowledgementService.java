package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.ComplianceRules;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.OutstandingExport;
import uk.schoolcompliance.tracker.io.pdf.SignOffSheetPdf;
import uk.schoolcompliance.tracker.store.AcknowledgementRepository;
import uk.schoolcompliance.tracker.store.AuditRepository;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * Recording acknowledgements: one at a time, a whole sign-off session at once, and voiding with a
 * reason. "Signed" a version means a counting (not voided, dated on or before the day, still current
 * under the policy's re-acknowledgement period) acknowledgement of that version or a later one, the
 * same test the rules use, so what the sign-off list shows always agrees with the gaps.
 */
public final class AcknowledgementService {

    /** Largest scanned evidence file accepted (a few pages scanned as PDF or photos). */
    public static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

    private final Database db;
    private final AuditRepository audit;
    private final SettingsRepository settings;
    private final StaffRepository staffRepository;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final AcknowledgementRepository acknowledgementRepository;
    private final ComplianceService compliance;
    private final OutputFiles outputs;
    private final Supplier<Actor> actor;
    private final Supplier<LocalDate> today;

    AcknowledgementService(Database db, AuditRepository audit, SettingsRepository settings,
            StaffRepository staffRepository, PolicyRepository policyRepository, VersionRepository versionRepository,
            AcknowledgementRepository acknowledgementRepository, ComplianceService compliance, OutputFiles outputs,
            Supplier<Actor> actor, Supplier<LocalDate> today) {
        this.db = db;
        this.audit = audit;
        this.settings = settings;
        this.staffRepository = staffRepository;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.acknowledgementRepository = acknowledgementRepository;
        this.compliance = compliance;
        this.outputs = outputs;
        this.actor = actor;
        this.today = today;
    }

    /** One acknowledgement to record. {@code note} and {@code evidence} (a scanned file) are optional. */
    public record Recording(long staffId, long versionId, LocalDate date, AckMethod method, String note,
                            Path evidence) {
    }

    /** What happened: recorded, or nothing written because the person had already signed. */
    public record Result(boolean recorded, Acknowledgement acknowledgement, StaffMember staff, Policy policy,
                         PolicyVersion version) {
    }

    /** A person who may sign a version on a day: in scope and not yet signed. */
    public record Candidate(StaffMember staff, boolean absent) {
    }

    /** A policy version with its policy. */
    public record VersionOf(Policy policy, PolicyVersion version) {
    }

    /**
     * Records one acknowledgement after checking it makes sense: the policy is active, the person is
     * in scope on the date, and the date is not in the future. When the person has already signed this
     * version (or a later one) and it still counts on the date, nothing is written.
     */
    public Result record(Recording r) {
        UserDates.done(r.date(), today.get(), "Date", "a date is required");
        if (r.method() == null) {
            throw new UserException("Method: choose how the policy was acknowledged");
        }
        byte[] evidence = null;
        String evidenceName = null;
        if (r.evidence() != null) {
            evidence = readEvidence(r.evidence());
            evidenceName = r.evidence().getFileName().toString();
        }
        byte[] evidenceBytes = evidence;
        String name = evidenceName;
        return db.inTransaction(c -> {
            StaffMember staff = staffRepository.findById(r.staffId())
                    .orElseThrow(() -> new UserException("No staff member with id " + r.staffId()));
            VersionOf v = version(r.versionId());
            checkCanSign(staff, v.policy(), r.date());
            List<PolicyVersion> chrono = versionRepository.findByPolicy(v.policy().id());
            Optional<Acknowledgement> existing = signedBy(chrono, acknowledgementRepository.findByStaff(staff.id()),
                    v.version().id(), v.policy().reackMonths(), r.date());
            if (existing.isPresent()) {
                return new Result(false, existing.get(), staff, v.policy(), v.version());
            }
            Optional<Acknowledgement> saved = acknowledgementRepository.insertIfNew(new Acknowledgement(0, staff.id(),
                    v.version().id(), r.date(), r.method(), actor.get().displayName(), r.note(), false, null),
                    name, evidenceBytes);
            if (saved.isEmpty()) { // recorded by someone else since the check above (issue #19): one row, not two
                return new Result(false, acknowledgementRepository.findLive(staff.id(), v.version().id(), r.date())
                        .orElseThrow(), staff, v.policy(), v.version());
            }
            return new Result(true, saved.get(), staff, v.policy(), v.version());
        });
    }

    /**
     * Records a sign-off session (a staff meeting, an INSET day) in one transaction: every ticked
     * person is recorded, or none is. People who have already signed are skipped; anyone not in scope
     * makes the whole session fail with their name. Returns the acknowledgements written.
     */
    public List<Acknowledgement> recordSession(long versionId, LocalDate date, AckMethod method, String note,
                                               Collection<Long> staffIds) {
        UserDates.done(date, today.get(), "Date", "a date is required");
        if (method == null) {
            throw new UserException("Method: choose how the policy was acknowledged");
        }
        if (staffIds.isEmpty()) {
            throw new UserException("Tick at least one name");
        }
        return db.inTransaction(c -> {
            VersionOf v = version(versionId);
            List<PolicyVersion> chrono = versionRepository.findByPolicy(v.policy().id());
            List<Acknowledgement> written = new ArrayList<>();
            for (long id : new LinkedHashSet<>(staffIds)) {
                StaffMember staff = staffRepository.findById(id)
                        .orElseThrow(() -> new UserException("No staff member with id " + id));
                checkCanSign(staff, v.policy(), date);
                if (signedBy(chrono, acknowledgementRepository.findByStaff(id), versionId, v.policy().reackMonths(),
                        date).isPresent()) {
                    continue;
                }
                acknowledgementRepository.insertIfNew(new Acknowledgement(0, id, versionId, date, method,
                        actor.get().displayName(), note, false, null), null, null).ifPresent(written::add);
            }
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("policy", v.policy().title());
            session.put("version", v.version().label());
            session.put("date", date.toString());
            session.put("method", method.code());
            session.put("recorded", written.size());
            session.put("ticked", staffIds.size());
            audit.record("acknowledgement_session", v.version().id(), "sign-off-session", null, session);
            return written;
        });
    }

    /** Voids an acknowledgement with a reason; it stays on record but no longer counts. */
    public Acknowledgement voidAcknowledgement(long acknowledgementId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserException("Reason: say why the acknowledgement is void (e.g. recorded against the wrong person)");
        }
        Acknowledgement a = acknowledgementRepository.findById(acknowledgementId)
                .orElseThrow(() -> new UserException("No acknowledgement " + acknowledgementId));
        if (a.voided()) {
            throw new UserException("That acknowledgement is already void (" + a.voidReason() + ")");
        }
        return acknowledgementRepository.voidAcknowledgement(acknowledgementId, reason, actor.get().displayName());
    }

    /**
     * The people in scope of the version's policy on the date who have not signed the version (or a
     * later one), by family name. People on long-term absence are included, marked {@code absent}.
     */
    public List<Candidate> unsigned(long versionId, LocalDate date) {
        SchoolData data = compliance.load();
        return unsigned(data, versionId, date);
    }

    /** As {@link #unsigned(long, LocalDate)} over an already loaded snapshot. */
    public static List<Candidate> unsigned(SchoolData data, long versionId, LocalDate date) {
        Long policyId = data.policyOfVersion(versionId);
        if (policyId == null) {
            throw new UserException("No policy version " + versionId);
        }
        Policy policy = data.policies().stream().filter(p -> p.id() == policyId).findFirst().orElseThrow();
        List<PolicyVersion> chrono = data.versions(policyId);
        List<Candidate> out = new ArrayList<>();
        for (StaffMember s : data.staff()) {
            if (ComplianceRules.inScope(s, policy, date) && signedBy(chrono, data.acknowledgements(s.id(), policyId),
                    versionId, policy.reackMonths(), date).isEmpty()) {
                out.add(new Candidate(s, s.absentOn(date)));
            }
        }
        out.sort(Comparator.comparing((Candidate c) -> c.staff().familyName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> c.staff().givenName(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /**
     * The sign-off sheet of a version: the people in scope on {@code date} who have not signed it,
     * by family name; people on long-term absence are counted but not listed.
     *
     * @param meetingDate printed on the sheet, or null to leave a line for it
     */
    public SignOffSheetPdf.Sheet signOffSheet(long versionId, LocalDate date, LocalDate meetingDate) {
        SchoolData data = compliance.load();
        VersionOf v = version(versionId);
        List<Candidate> unsigned = unsigned(data, versionId, date);
        List<SignOffSheetPdf.Person> people = unsigned.stream().filter(c -> !c.absent())
                .map(c -> new SignOffSheetPdf.Person(c.staff().fullName(), c.staff().category().label(),
                        c.staff().jobTitle())).toList();
        int absent = (int) unsigned.stream().filter(Candidate::absent).count();
        return new SignOffSheetPdf.Sheet(settings.schoolName(), v.policy().title(), v.policy().referenceCode(),
                v.version().label(), v.version().effectiveFrom(), meetingDate, people, absent, 5);
    }

    /**
     * Writes the (filtered) outstanding list as CSV (UTF-8 with a byte-order mark, so Excel reads the names) or as
     * XLSX when the file name ends in .xlsx; returns the number of rows.
     */
    public int exportOutstanding(List<Obligation> gaps, String title, Path file) {
        List<OutstandingExport.Gap> rows = OutstandingExport.gaps(gaps);
        boolean xlsx = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        outputs.write(file, out -> {
            if (xlsx) {
                OutstandingExport.writeXlsx(rows, title, out);
            } else {
                java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                        java.nio.charset.StandardCharsets.UTF_8));
                w.write('\uFEFF');
                OutstandingExport.writeCsv(rows, w);
                w.flush();
            }
        });
        return rows.size();
    }

    /** Writes the sign-off sheet PDF to a file. */
    /** {@code gaps} as {@code gaps --csv} prints them: a heading row, ISO dates, yes/no for the flags. */
    public static void writeOutstandingCsv(List<Obligation> gaps, java.io.Writer out) throws IOException {
        OutstandingExport.writeCsv(OutstandingExport.gaps(gaps), out);
    }

    public SignOffSheetPdf.Sheet writeSignOffSheet(long versionId, LocalDate date, LocalDate meetingDate, Path file) {
        SignOffSheetPdf.Sheet sheet = signOffSheet(versionId, date, meetingDate);
        outputs.write(file, out -> SignOffSheetPdf.write(sheet, out));
        return sheet;
    }

    /** As {@link #writeSignOffSheet}, for the window: how many people the sheet lists. */
    public int writeSignOffSheetListing(long versionId, LocalDate date, LocalDate meetingDate, Path file) {
        return writeSignOffSheet(versionId, date, meetingDate, file).people().size();
    }

    /**
     * The acknowledgement by which a person has signed {@code versionId} on {@code date}: of that
     * version or a later one, counting on the date, and still current under the re-acknowledgement period.
     *
     * @param chrono the policy's versions, oldest first
     * @param acks   the person's acknowledgements (any policy; others are ignored)
     */
    public static Optional<Acknowledgement> signedBy(List<PolicyVersion> chrono, List<Acknowledgement> acks,
                                                     long versionId, Integer reackMonths, LocalDate date) {
        int wanted = indexOf(chrono, versionId);
        Acknowledgement best = null;
        for (Acknowledgement a : acks) {
            int index = indexOf(chrono, a.versionId());
            if (index < 0 || index < wanted || !a.countsOn(date) || !ComplianceRules.stillCurrent(a, reackMonths,
                    date)) {
                continue;
            }
            if (best == null || a.date().isAfter(best.date())) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Refuses (with the reason in words) when the person cannot sign the policy on the date. */
    public void checkCanSign(StaffMember staff, Policy policy, LocalDate date) {
        outOfScopeReason(staff, policy, date).ifPresent(reason -> {
            throw new UserException(staff.fullName() + " cannot acknowledge " + policy.title() + " on "
                    + Dates.forPeople(date) + ": " + reason);
        });
        UserDates.notAfterToday(date, today.get(), "Date");
    }

    /** Why a person is not in scope of a policy on a date, in words; empty when they are. */
    public static Optional<String> outOfScopeReason(StaffMember staff, Policy policy, LocalDate date) {
        if (!policy.isActive()) {
            return Optional.of("the policy is " + policy.status().label().toLowerCase(Locale.ROOT));
        }
        if (staff.startDate().isAfter(date)) {
            return Optional.of("they start on " + Dates.forPeople(staff.startDate()));
        }
        if (staff.leftBy(date)) {
            return Optional.of("they left on " + Dates.forPeople(staff.leaveDate()));
        }
        if (!policy.appliesTo(staff.category())) {
            return Optional.of(staff.category().label() + " is not in the policy's audience ("
                    + Policy.describeAudience(policy.audience()) + ")");
        }
        return Optional.empty();
    }

    /** A version with its policy, or a UserException. */
    public VersionOf version(long versionId) {
        PolicyVersion v = versionRepository.findById(versionId)
                .orElseThrow(() -> new UserException("No policy version " + versionId));
        Policy p = policyRepository.findById(v.policyId()).orElseThrow();
        return new VersionOf(p, v);
    }

    /** A policy by title (case-insensitive). */
    public Policy findPolicy(String title) {
        if (title == null || title.isBlank()) {
            throw new UserException("--policy: give the policy's title");
        }
        return policyRepository.findByTitle(title)
                .orElseThrow(() -> new UserException("--policy: no policy called '" + title.trim() + "'"));
    }

    /**
     * A version of the policy by label; without a label, the version in effect on the date (the
     * newest effective on or before it), or the first version when none is in effect yet.
     */
    public PolicyVersion findVersion(Policy policy, String label, LocalDate date) {
        List<PolicyVersion> chrono = versionRepository.findByPolicy(policy.id());
        if (chrono.isEmpty()) {
            throw new UserException(policy.title() + " has no approved version to acknowledge");
        }
        if (label != null && !label.isBlank()) {
            return chrono.stream().filter(v -> v.label().equalsIgnoreCase(label.trim())).findFirst()
                    .orElseThrow(() -> new UserException("--version: " + policy.title() + " has no version '"
                            + label.trim() + "' (it has " + String.join(", ", chrono.stream().map(PolicyVersion::label).toList())
                            + ")"));
        }
        return currentVersion(chrono, date);
    }

    /** The newest version effective on or before the date, else the first one. */
    public static PolicyVersion currentVersion(List<PolicyVersion> chrono, LocalDate date) {
        PolicyVersion current = chrono.get(0);
        for (PolicyVersion v : chrono) {
            if (!v.effectiveFrom().isAfter(date)) {
                current = v;
            }
        }
        return current;
    }

    LocalDate today() {
        return today.get();
    }

    private static byte[] readEvidence(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_EVIDENCE_BYTES) {
                throw new UserException(file + ": the evidence file is " + (size / (1024 * 1024))
                        + " MB; the most a scan may be is " + (MAX_EVIDENCE_BYTES / (1024 * 1024)) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserException(file + ": cannot read the evidence file (" + e.getMessage() + ")", e);
        }
    }

    private static int indexOf(List<PolicyVersion> chrono, long versionId) {
        for (int i = 0; i < chrono.size(); i++) {
            if (chrono.get(i).id() == versionId) {
                return i;
            }
        }
        return -1;
    }
}
