package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.AuditQueries;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ErasureRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;

/**
 * Storage limitation for leavers: their acknowledgement evidence is kept for the retention period after their
 * leave date (the {@code retention_years} setting, default 6), then their personal details are erased.
 *
 * <p>Erasure is only ever as of today (the app's clock). It keeps the staff row's id, category and dates and their
 * acknowledgements' dates, methods and versions, so past figures and anonymous counts stay right; it replaces
 * name, email, reference and job title, drops notes, reasons and scanned evidence, and redacts every audit entry
 * about the person's own records (the audit log's triggers allow exactly this one change, stamped with the date).
 * Everything is found by the person's staff id and the rows keyed by it, never by searching text for a name: other
 * people's records are left exactly as written. A backup is taken first; backups age out by their rotation (at
 * most 12 months), which is documented as the tail of the erasure.
 */
public final class RetentionService {

    public static final int DEFAULT_YEARS = 6;
    public static final String ERASED = "[erased]";
    /** The staff row's personal fields, wherever they appear in a snapshot of the person's own records. */
    static final List<String> PERSONAL_FIELDS = List.of("givenName", "familyName", "email", "staffRef", "jobTitle",
            "absenceFrom", "absenceTo", "dateOfBirth");
    /** Free text written about one of the person's records (an acknowledgement's note, a void or un-tick reason). */
    static final List<String> FREE_TEXT_FIELDS = List.of("note", "evidenceName", "voidReason", "reason",
            "undoneReason");

    /** A leaver due for erasure: when they left and from when erasure is due. */
    public record Candidate(StaffMember staff, LocalDate leftOn, LocalDate dueOn, int acknowledgements) {
    }

    private final Database db;
    private final SettingsRepository settings;
    private final ErasureRepository erasure;
    private final AuditQueries auditQueries;
    private final BackupService backups;

    public RetentionService(Database db, SettingsRepository settings, ErasureRepository erasure,
                            AuditQueries auditQueries, BackupService backups) {
        this.db = db;
        this.settings = settings;
        this.erasure = erasure;
        this.auditQueries = auditQueries;
        this.backups = backups;
    }

    public int retentionYears() {
        return settings.get(SettingsRepository.RETENTION_YEARS).map(String::trim).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return DEFAULT_YEARS;
            }
        }).orElse(DEFAULT_YEARS);
    }

    /** Leavers whose retention period has ended on {@code today} and who are not erased yet, longest gone first. */
    public List<Candidate> due(LocalDate today) {
        int years = retentionYears();
        List<Candidate> out = new ArrayList<>();
        erasure.leftOnOrBefore(today.minusYears(years)).forEach((s, acks) ->
                out.add(new Candidate(s, s.leaveDate(), s.leaveDate().plusYears(years), acks)));
        return out;
    }

    /** Today by the app's clock: the only date an erasure ever takes effect. */
    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    /**
     * Erases the given people as of today (each must be due today) in one transaction, after a backup. Returns how
     * many audit entries were redacted.
     */
    public int erase(Collection<Long> staffIds) {
        return erase(staffIds, today());
    }

    /**
     * As {@link #erase(Collection)}; {@code asOf} must be today. An erasure is never judged or stamped as of another
     * date: a future date would erase people still employed, a past one would back-date the erasure.
     */
    public int erase(Collection<Long> staffIds, LocalDate asOf) {
        if (db.isReadOnly()) {
            throw new UserException(db.readOnlyReason());
        }
        LocalDate today = today();
        if (!today.equals(asOf)) {
            throw new UserException("Erasure is only ever as of today (" + Dates.forPeople(today) + "), not "
                    + Dates.forPeople(asOf));
        }
        Map<Long, Candidate> due = new java.util.HashMap<>();
        for (Candidate c : due(today)) {
            due.put(c.staff().id(), c);
        }
        for (Long id : staffIds) {
            if (!due.containsKey(id)) {
                throw new UserException("Staff member " + id + " is not due for erasure on " + Dates.forPeople(today)
                        + " (not a leaver, still within the retention period, or already erased)");
            }
        }
        if (staffIds.isEmpty()) {
            return 0;
        }
        backups.before("erasure");
        return db.inTransaction(c -> {
            int redacted = 0;
            for (Long id : new java.util.LinkedHashSet<>(staffIds)) {
                redacted += eraseOne(id, today, null, today, "retention period after leaving ended");
            }
            return redacted;
        });
    }

    /**
     * Re-applies an erasure recorded in a database that was then restored from a backup taken before it (in the
     * caller's transaction, on the restored copy): the person's details are erased again with the original erasure
     * date, and the audit entries about their records redacted today. Not judged against the retention period:
     * the erasure was due when it was made. The leave date it was made on comes back with it (a backup taken before
     * the person was marked as a leaver would otherwise count an erased person as in post).
     */
    void reapply(RestorePlan.Erasure e, String backupName) {
        eraseOne(e.staffId(), e.erasedOn(), e.leftOn(), today(), "erasure of " + Dates.forPeople(e.erasedOn())
                + " re-applied after restoring " + backupName + ", taken before it");
    }

    /**
     * Erases one person's details (in the caller's transaction) and redacts every audit entry about their own
     * records, found by entity type and id ({@link AuditQueries#aboutStaff}); returns how many were redacted.
     * Also used to re-apply an erasure after restoring a backup taken before it.
     */
    int eraseOne(long staffId, LocalDate erasedOn, LocalDate leftOn, LocalDate today, String reason) {
        List<AuditRecord> entries = auditQueries.aboutStaff(staffId);
        erasure.erasePersonalDetails(staffId, erasedOn, leftOn, reason);
        for (AuditRecord r : entries) {
            erasure.redactAuditEntry(r.entry().id(), redact(r.entry().before()), redact(r.entry().after()),
                    r.entry().operator(), today);
        }
        return entries.size();
    }

    /**
     * A JSON snapshot of one of the person's own records with their details removed, field by field: the personal
     * fields ({@link #PERSONAL_FIELDS}) and the free text written about the record ({@link #FREE_TEXT_FIELDS}) become
     * "[erased]"; everything else (ids, dates, category, method, version, who recorded or ticked it) is kept. No text
     * is searched for their name. A snapshot that is not JSON is replaced whole.
     */
    static String redact(String json) {
        return Snapshots.redact(json);
    }

    /**
     * The JSON work apart, in its own class: the service is built at every open, and its methods' Jackson types would
     * be loaded when it is verified, half a second on the window's start (issue 17, {@code StartPathTest}).
     */
    private static final class Snapshots {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        static String redact(String json) {
            if (json == null) {
                return null;
            }
            JsonNode tree;
            try {
                tree = JSON.readTree(json);
            } catch (RuntimeException notJson) {
                return ERASED;
            }
            return JSON.writeValueAsString(redactNode(tree));
        }

        private static JsonNode redactNode(JsonNode node) {
            if (node.isObject()) {
                ObjectNode obj = (ObjectNode) node;
                for (String name : new ArrayList<>(obj.propertyNames())) {
                    JsonNode child = obj.get(name);
                    if ((PERSONAL_FIELDS.contains(name) || FREE_TEXT_FIELDS.contains(name)) && !child.isNull()) {
                        obj.set(name, StringNode.valueOf(ERASED));
                    } else {
                        obj.set(name, redactNode(child));
                    }
                }
                return obj;
            }
            if (node.isArray()) {
                var arr = (tools.jackson.databind.node.ArrayNode) node;
                for (int i = 0; i < arr.size(); i++) {
                    arr.set(i, redactNode(arr.get(i)));
                }
                return arr;
            }
            return node;
        }
    }
}
