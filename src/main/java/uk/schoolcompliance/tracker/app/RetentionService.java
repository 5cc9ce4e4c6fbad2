package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.AuditQueries;
import uk.schoolcompliance.tracker.store.AuditRecord;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ErasureRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;

/**
 * Storage limitation for leavers: their acknowledgement evidence is kept for the retention period after their
 * leave date (the {@code retention_years} setting, default 6), then their personal details are erased.
 *
 * <p>Erasure keeps the staff row's id, category and dates and their acknowledgements' dates, methods and
 * versions, so past figures and anonymous counts stay right; it replaces name, email, reference and job title,
 * drops notes and scanned evidence, and redacts every audit entry that carried those details (the audit log's
 * triggers allow exactly this one change, stamped with the date). A backup is taken first; backups age out by
 * their rotation (at most 12 months), which is documented as the tail of the erasure.
 */
public final class RetentionService {

    public static final int DEFAULT_YEARS = 6;
    public static final String ERASED = "[erased]";
    private static final List<String> PERSONAL_FIELDS = List.of("givenName", "familyName", "email", "staffRef",
            "jobTitle", "note", "evidenceName", "absenceFrom", "absenceTo", "dateOfBirth");
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    public void setRetentionYears(int years) {
        if (years < 1 || years > 100) {
            throw new UserException("Retention period: " + years + " is not between 1 and 100 years");
        }
        settings.set(SettingsRepository.RETENTION_YEARS, String.valueOf(years));
    }

    /** Leavers whose retention period has ended on {@code today} and who are not erased yet, longest gone first. */
    public List<Candidate> due(LocalDate today) {
        int years = retentionYears();
        List<Candidate> out = new ArrayList<>();
        erasure.leftOnOrBefore(today.minusYears(years)).forEach((s, acks) ->
                out.add(new Candidate(s, s.leaveDate(), s.leaveDate().plusYears(years), acks)));
        return out;
    }

    /**
     * Erases the given people (each must be due on {@code today}) in one transaction, after a backup. Returns how
     * many audit entries were redacted.
     */
    public int erase(Collection<Long> staffIds, LocalDate today) {
        if (db.isReadOnly()) {
            throw new UserException(db.readOnlyReason());
        }
        Map<Long, Candidate> due = new java.util.HashMap<>();
        for (Candidate c : due(today)) {
            due.put(c.staff().id(), c);
        }
        for (Long id : staffIds) {
            if (!due.containsKey(id)) {
                throw new UserException("Staff member " + id + " is not due for erasure on " + today
                        + " (not a leaver, still within the retention period, or already erased)");
            }
        }
        if (staffIds.isEmpty()) {
            return 0;
        }
        backups.before("erasure");
        return db.inTransaction(c -> {
            int redacted = 0;
            for (Long id : staffIds) {
                StaffMember s = due.get(id).staff();
                List<String> needles = needles(s);
                Map<String, List<Long>> related = erasure.relatedIds(id);
                List<AuditRecord> entries = auditQueries.about(id, related, needles);
                erasure.erasePersonalDetails(id, s.fullName(), today);
                for (AuditRecord r : entries) {
                    boolean ownRecord = "staff".equals(r.entry().entity()) && Long.valueOf(id).equals(r.entry().entityId());
                    boolean related2 = related.getOrDefault(r.entry().entity(), List.of()).contains(r.entry().entityId());
                    String before = redact(r.entry().before(), needles, ownRecord || related2);
                    String after = redact(r.entry().after(), needles, ownRecord || related2);
                    String operator = containsAny(r.entry().operator(), needles) ? ERASED : r.entry().operator();
                    erasure.redactAuditEntry(r.entry().id(), before, after, operator, today);
                    redacted++;
                }
            }
            return redacted;
        });
    }

    /** The strings that identify a person in free text: full name both ways round, email, reference. */
    static List<String> needles(StaffMember s) {
        List<String> out = new ArrayList<>();
        out.add(s.fullName());
        out.add(s.familyName() + ", " + s.givenName());
        if (s.email() != null) {
            out.add(s.email());
        }
        if (s.staffRef() != null && s.staffRef().trim().length() >= 3) {
            out.add(s.staffRef().trim());
        }
        return out;
    }

    /**
     * A JSON snapshot with the person's details removed: personal fields of their own records are replaced,
     * and any text mentioning them anywhere is replaced.
     */
    static String redact(String json, List<String> needles, boolean ownRecord) {
        if (json == null) {
            return null;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (RuntimeException notJson) {
            return containsAny(json, needles) ? ERASED : json;
        }
        return JSON.writeValueAsString(redactNode(tree, needles, ownRecord));
    }

    private static JsonNode redactNode(JsonNode node, List<String> needles, boolean ownRecord) {
        if (node.isObject()) {
            ObjectNode obj = (ObjectNode) node;
            for (String name : new ArrayList<>(obj.propertyNames())) {
                JsonNode child = obj.get(name);
                if (ownRecord && PERSONAL_FIELDS.contains(name) && !child.isNull()) {
                    obj.set(name, StringNode.valueOf(ERASED));
                } else {
                    obj.set(name, redactNode(child, needles, ownRecord));
                }
            }
            return obj;
        }
        if (node.isArray()) {
            var arr = (tools.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < arr.size(); i++) {
                arr.set(i, redactNode(arr.get(i), needles, ownRecord));
            }
            return arr;
        }
        if (node.isString() && containsAny(node.asString(), needles)) {
            return StringNode.valueOf(ERASED);
        }
        return node;
    }

    static boolean containsAny(String text, List<String> needles) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return needles.stream().anyMatch(n -> n != null && !n.isBlank() && lower.contains(n.toLowerCase(Locale.ROOT)));
    }
}
