package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.SubjectAccessCsv;
import uk.schoolcompliance.tracker.io.SubjectAccessReport;
import uk.schoolcompliance.tracker.io.pdf.SubjectAccessPdf;
import uk.schoolcompliance.tracker.store.AcknowledgementRepository;
import uk.schoolcompliance.tracker.store.AuditQueries;
import uk.schoolcompliance.tracker.store.InductionRepository;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * A subject access request (UK GDPR article 15): everything held about one staff member — details,
 * acknowledgements, induction, audit entries — as a PDF to hand over and a CSV to process. The person is one staff
 * id; the audit entries are those about their own records (their staff row and the rows keyed by their id), never
 * entries found by searching text, which would hand over other people's records.
 */
public final class SubjectAccessService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final SettingsRepository settings;
    private final StaffRepository staffRepository;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final AcknowledgementRepository acknowledgementRepository;
    private final InductionRepository inductionRepository;
    private final AuditQueries auditQueries;
    private final OutputFiles outputs;

    public SubjectAccessService(SettingsRepository settings, StaffRepository staffRepository,
            PolicyRepository policyRepository, VersionRepository versionRepository,
            AcknowledgementRepository acknowledgementRepository, InductionRepository inductionRepository,
            AuditQueries auditQueries, OutputFiles outputs) {
        this.settings = settings;
        this.staffRepository = staffRepository;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.acknowledgementRepository = acknowledgementRepository;
        this.inductionRepository = inductionRepository;
        this.auditQueries = auditQueries;
        this.outputs = outputs;
    }

    /** The two files written. */
    public record Export(Path pdf, Path csv, SubjectAccessReport report) {
    }

    public SubjectAccessReport collect(long staffId, LocalDate today) {
        StaffMember s = staffRepository.findById(staffId)
                .orElseThrow(() -> new UserException("No staff member with id " + staffId));
        List<SubjectAccessReport.Section> sections = new ArrayList<>();
        List<List<String>> details = new ArrayList<>();
        details.add(List.of("Given name", s.givenName()));
        details.add(List.of("Family name", s.familyName()));
        details.add(List.of("Staff reference", nz(s.staffRef())));
        details.add(List.of("Email", nz(s.email())));
        details.add(List.of("Category", s.category().label()));
        details.add(List.of("Job title", nz(s.jobTitle())));
        details.add(List.of("Date of birth", s.dateOfBirth() == null ? "" : Dates.forPeople(s.dateOfBirth())));
        details.add(List.of("Start date", Dates.forPeople(s.startDate())));
        details.add(List.of("Leave date", s.leaveDate() == null ? "" : Dates.forPeople(s.leaveDate())));
        details.add(List.of("Long-term absence", s.absenceFrom() == null ? "" : Dates.forPeople(s.absenceFrom()) + " to "
                + (s.absenceTo() == null ? "(open)" : Dates.forPeople(s.absenceTo()))));
        sections.add(new SubjectAccessReport.Section("Details", List.of("Field", "Value"), details));

        Map<Long, PolicyVersion> versions = new HashMap<>();
        versionRepository.findAll().forEach(v -> versions.put(v.id(), v));
        Map<Long, Policy> policies = new HashMap<>();
        policyRepository.findAll().forEach(p -> policies.put(p.id(), p));
        List<List<String>> acks = new ArrayList<>();
        List<Acknowledgement> ackList = acknowledgementRepository.findByStaff(staffId);
        for (Acknowledgement a : ackList) {
            PolicyVersion v = versions.get(a.versionId());
            Policy p = v == null ? null : policies.get(v.policyId());
            acks.add(List.of(p == null ? "?" : p.title(), v == null ? "?" : v.label(), Dates.forPeople(a.date()),
                    a.method().label(), nz(a.recordedBy()), nz(a.note()),
                    a.voided() ? "voided: " + nz(a.voidReason()) : "counts"));
        }
        sections.add(new SubjectAccessReport.Section("Acknowledgements",
                List.of("Policy", "Version", "Date", "Method", "Recorded by", "Note", "Status"), acks));

        List<List<String>> induction = new ArrayList<>();
        for (InductionItem i : inductionRepository.items(staffId)) {
            induction.add(List.of(i.title(), i.kind().name().toLowerCase(Locale.ROOT), Dates.forPeople(i.dueDate()),
                    i.doneOn() == null ? "" : Dates.forPeople(i.doneOn()), nz(i.doneBy())));
        }
        sections.add(new SubjectAccessReport.Section("Induction",
                List.of("Item", "Kind", "Due", "Done on", "Done by"), induction));

        List<List<String>> audit = new ArrayList<>();
        // the entries about this person's own records, by entity and id: never entries found by matching text
        for (AuditRecord r : auditQueries.aboutStaff(staffId)) {
            var e = r.entry();
            audit.add(List.of(e.at().atZone(ZoneId.systemDefault()).format(WHEN), e.osUser(), nz(e.operator()),
                    e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()), e.action(),
                    AuditText.oneLine(e.before()), AuditText.oneLine(e.after())));
        }
        sections.add(new SubjectAccessReport.Section("Audit log entries",
                List.of("When", "OS user", "Operator", "Record", "Action", "Before", "After"), audit));
        return new SubjectAccessReport(settings.schoolName(), s.fullName(), today, sections);
    }

    /**
     * Writes {@code subject-access-<name>-<date>.pdf} and {@code .csv} into {@code folder} (owner-only), never
     * overwriting: an existing file is refused.
     */
    public Export export(long staffId, LocalDate today, Path folder) {
        SubjectAccessReport report = collect(staffId, today);
        String base = "subject-access-" + report.personName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "") + "-" + today;
        Path pdf = folder.resolve(base + ".pdf");
        Path csv = folder.resolve(base + ".csv");
        for (Path p : List.of(pdf, csv)) {
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new UserException(p + " already exists; move it away or choose another folder");
            }
        }
        try {
            Files.createDirectories(folder);
            write(pdf, out -> SubjectAccessPdf.write(report, out));
            write(csv, out -> SubjectAccessCsv.write(report, out));
        } catch (IOException e) {
            throw new UserException("Cannot write the subject access export to " + folder + ": "
                    + uk.schoolcompliance.tracker.store.Database.describeIo(e), e);
        }
        return new Export(pdf, csv, report);
    }

    private void write(Path file, OutputFiles.Content content) {
        outputs.write(file, content);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
