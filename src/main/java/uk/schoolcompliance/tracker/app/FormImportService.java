package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.FormResponsesReader;
import uk.schoolcompliance.tracker.store.AcknowledgementRepository;
import uk.schoolcompliance.tracker.store.AuditRepository;
import uk.schoolcompliance.tracker.store.Database;

/**
 * Importing an online-form export for one policy version: each response is matched to a member of
 * staff by email (case-insensitive), or by full name when the export has no email column; then
 * previewed; then recorded all in one transaction, or not at all.
 */
public final class FormImportService {

    /** What will happen (or happened) to one response. */
    public enum Outcome {
        RECORD("will be recorded"), ALREADY("already acknowledged"), UNMATCHED("unmatched"),
        DUPLICATE("duplicate"), OUT_OF_SCOPE("out of scope");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One response with who it matched (null when unmatched) and why it lands where it does. */
    public record Row(FormResponsesReader.Response response, StaffMember staff, Outcome outcome, String reason) {

        /** The response's line in the file. */
        public long line() {
            return response.line();
        }

        /** What identifies the person who responded (e-mail, else name; "" when neither), for messages. */
        public String who() {
            return response.who();
        }

        /** The date the response gives. */
        public java.time.LocalDate date() {
            return response.date();
        }
    }

    /** The preview of an import: nothing is written until {@link #commit} is called with it. */
    public record Plan(Path file, String source, Policy policy, PolicyVersion version, AckMethod method,
                       FormResponsesReader.Responses responses, List<Row> rows) {
        public long count(Outcome o) {
            return rows.stream().filter(r -> r.outcome() == o).count();
        }

        public List<Row> rows(Outcome o) {
            return rows.stream().filter(r -> r.outcome() == o).toList();
        }

        /** The line the command prints: {@code recorded n, already n, unmatched n}. */
        public String countsLine() {
            return "recorded " + count(Outcome.RECORD) + ", already " + count(Outcome.ALREADY) + ", unmatched "
                    + count(Outcome.UNMATCHED);
        }
    }

    private final Database db;
    private final AuditRepository audit;
    private final AcknowledgementRepository acknowledgementRepository;
    private final ComplianceService compliance;
    private final BackupService backups;
    private final AcknowledgementService acknowledgementService;
    private final Supplier<Actor> actor;

    FormImportService(Database db, AuditRepository audit, AcknowledgementRepository acknowledgementRepository,
            ComplianceService compliance, BackupService backups, AcknowledgementService acknowledgementService,
            Supplier<Actor> actor) {
        this.db = db;
        this.audit = audit;
        this.acknowledgementRepository = acknowledgementRepository;
        this.compliance = compliance;
        this.backups = backups;
        this.acknowledgementService = acknowledgementService;
        this.actor = actor;
    }

    /** Reads and matches the file; changes nothing. Throws a UserException naming file/line/column on bad input. */
    public Plan preview(Path file, long versionId, AckMethod method) {
        FormResponsesReader.Responses responses;
        try {
            responses = FormResponsesReader.read(file);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        return plan(file, responses, versionId, method == null ? AckMethod.ONLINE_FORM : method);
    }

    Plan plan(Path file, FormResponsesReader.Responses responses, long versionId, AckMethod method) {
        AcknowledgementService acks = acknowledgementService;
        AcknowledgementService.VersionOf v = acks.version(versionId);
        if (!v.policy().isActive()) {
            throw new UserException(v.policy().title() + " is " + v.policy().status().label().toLowerCase(Locale.ROOT)
                    + "; acknowledgements are recorded only for active policies");
        }
        for (FormResponsesReader.Response r : responses.rows()) {
            if (r.date().isAfter(acks.today())) {
                throw new UserException(responses.source() + " line " + r.line() + ": " + responses.dateColumn()
                        + ": " + Dates.forPeople(r.date()) + " is in the future");
            }
            UserDates.inWindow(r.date(), acks.today(), responses.source() + " line " + r.line() + ": "
                    + responses.dateColumn());
        }
        SchoolData data = compliance.load();
        Map<String, StaffMember> byEmail = new HashMap<>();
        Map<String, List<StaffMember>> byName = new HashMap<>();
        for (StaffMember s : data.staff()) {
            if (s.email() != null && !s.email().isBlank()) {
                byEmail.put(s.email().trim().toLowerCase(Locale.ROOT), s);
            }
            byName.computeIfAbsent(nameKey(s.fullName()), k -> new ArrayList<>()).add(s);
        }
        List<PolicyVersion> chrono = data.versions(v.policy().id());
        Map<Long, Long> firstLine = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (FormResponsesReader.Response r : responses.rows()) {
            StaffMember staff;
            if (responses.byEmail()) {
                String email = r.email() == null ? "" : r.email().trim().toLowerCase(Locale.ROOT);
                if (email.isEmpty()) {
                    rows.add(new Row(r, null, Outcome.UNMATCHED, "no email address given"));
                    continue;
                }
                staff = byEmail.get(email);
                if (staff == null) {
                    rows.add(new Row(r, null, Outcome.UNMATCHED, "no staff member has this email address"));
                    continue;
                }
            } else {
                List<StaffMember> named = r.name() == null ? List.of() : byName.getOrDefault(nameKey(r.name()), List.of());
                if (named.size() != 1) {
                    rows.add(new Row(r, null, Outcome.UNMATCHED, named.isEmpty() ? "no staff member has this name"
                            : named.size() + " staff members have this name; record it by hand"));
                    continue;
                }
                staff = named.get(0);
            }
            Long earlier = firstLine.putIfAbsent(staff.id(), r.line());
            if (earlier != null) {
                rows.add(new Row(r, staff, Outcome.DUPLICATE, "also on line " + earlier));
                continue;
            }
            Optional<String> outOfScope = AcknowledgementService.outOfScopeReason(staff, v.policy(), r.date());
            if (outOfScope.isPresent()) {
                rows.add(new Row(r, staff, Outcome.OUT_OF_SCOPE, outOfScope.get()));
                continue;
            }
            Optional<Acknowledgement> signed = AcknowledgementService.signedBy(chrono,
                    data.acknowledgements(staff.id(), v.policy().id()), versionId, v.policy().reackMonths(), r.date());
            if (signed.isPresent()) {
                rows.add(new Row(r, staff, Outcome.ALREADY, "acknowledged on " + Dates.forPeople(signed.get().date())));
                continue;
            }
            rows.add(new Row(r, staff, Outcome.RECORD, ""));
        }
        return new Plan(file, responses.source(), v.policy(), v.version(), method, responses, List.copyOf(rows));
    }

    /** Records every row the plan marks RECORD, in one transaction with one audit line for the import. */
    public List<Acknowledgement> commit(Plan plan) {
        backups.beforeImport();
        return db.inTransaction(c -> {
            List<Acknowledgement> written = new ArrayList<>();
            String recordedBy = actor.get().displayName();
            for (Row row : plan.rows(Outcome.RECORD)) {
                // recorded by someone else since the preview (issue #19): kept as theirs, not written twice
                acknowledgementRepository.insertIfNew(new Acknowledgement(0, row.staff().id(),
                        plan.version().id(), row.response().date(), plan.method(), recordedBy,
                        "Imported from " + plan.source() + " line " + row.response().line(), false, null), null, null)
                        .ifPresent(written::add);
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("file", plan.source());
            summary.put("policy", plan.policy().title());
            summary.put("version", plan.version().label());
            summary.put("method", plan.method().code());
            for (Outcome o : Outcome.values()) {
                summary.put(o.name().toLowerCase(Locale.ROOT), plan.count(o));
            }
            audit.record("acknowledgement_import", plan.version().id(), "import-form", null, summary);
            return written;
        });
    }

    private static String nameKey(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int comma = n.indexOf(',');
        if (comma > 0) { // "Carter, James"
            n = (n.substring(comma + 1).trim() + " " + n.substring(0, comma).trim()).trim();
        }
        return n;
    }
}
