package uk.schoolcompliance.tracker.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * The audit log's JSON snapshots as people read them: field by field, with the changed fields first, field
 * names in words ("leaveDate" → "Leave date") and ISO dates as dd/MM/yyyy; the records named as a school would
 * ("Claire Lewis", "Capability Policy v2.0", "Induction: Claire Lewis — Safeguarding training").
 */
public final class AuditText {

    /** One field of a before/after pair; {@code changed} when the two differ. */
    public record Change(String field, String before, String after, boolean changed) {
    }

    /** Built on first use: Jackson's classes take a second to load, which the window's start does without (issue 17). */
    private static final class Mapper {
        static final JsonMapper JSON = JsonMapper.builder().build();
    }
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AuditText() {
    }

    /** Every field of either snapshot, the changed ones first (in their order), then the unchanged. */
    public static List<Change> changes(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        Set<String> fields = new LinkedHashSet<>();
        if (before != null && before.isObject()) {
            fields.addAll(before.propertyNames());
        }
        if (after != null && after.isObject()) {
            fields.addAll(after.propertyNames());
        }
        List<Change> changed = new ArrayList<>();
        List<Change> same = new ArrayList<>();
        if (fields.isEmpty()) {
            String b = before == null ? "" : value(before);
            String a = after == null ? "" : value(after);
            if (!b.isEmpty() || !a.isEmpty()) {
                changed.add(new Change("Value", b, a, !b.equals(a)));
            }
            return changed;
        }
        for (String f : fields) {
            String b = before != null && before.isObject() && before.has(f) ? value(before.get(f)) : "";
            String a = after != null && after.isObject() && after.has(f) ? value(after.get(f)) : "";
            boolean diff = !Objects.equals(b, a);
            (diff ? changed : same).add(new Change(label(f), b, a, diff));
        }
        changed.addAll(same);
        return changed;
    }

    /**
     * What the entry is about, named as a school would, from the names the log was read with: "Claire Lewis" (a
     * staff record), "Capability Policy v2.0" (a version), "Acknowledgement: Claire Lewis — Capability Policy v2.0",
     * "Induction: Claire Lewis — Safeguarding training". A person erased since reads as retention left them
     * ("Erased person #19"). A record whose names are unknown (gone, or a type without a name) keeps its type and
     * number ("Staff #19").
     */
    public static String recordName(AuditRecord r) {
        var e = r.entry();
        AuditRecord.Names n = r.names() == null ? AuditRecord.Names.NONE : r.names();
        String fallback = label(e.entity()) + (e.entityId() == null ? "" : " #" + e.entityId());
        String version = n.policy() == null ? null : n.version() == null ? n.policy() : n.policy() + " v" + n.version();
        String named = switch (e.entity()) {
            case "staff" -> n.person();
            case "policy" -> n.policy();
            case "policy_version" -> n.version() == null ? null : version;
            case "school" -> n.school();
            case "acknowledgement" -> n.person() == null || n.version() == null ? null
                    : "Acknowledgement: " + n.person() + " — " + version;
            case "induction_plan" -> n.person() == null ? null : "Induction: " + n.person();
            case "induction_item" -> n.person() == null || n.item() == null ? null
                    : "Induction: " + n.person() + " — " + n.item();
            case "review" -> n.policy() == null ? null : "Review: " + n.policy();
            case "acknowledgement_session" -> n.version() == null ? null : "Sign-off session: " + version;
            case "acknowledgement_import" -> n.version() == null ? null : "Form import: " + version;
            case "induction_template" -> e.action().startsWith("replace:") ? "Induction template: "
                    + categoryLabel(e.action().substring("replace:".length())) : null;
            case "setting" -> settingName(e.after());
            default -> null;
        };
        return named == null || named.isBlank() ? fallback : named;
    }

    /**
     * The entry's change in a line: "Job title: Teacher → Head of Year; Leave date: (none) → 31/07/2027" for the
     * changed fields of an update, the new record's fields for a creation.
     */
    public static String changeLine(String beforeJson, String afterJson) {
        if (beforeJson == null) {
            return oneLine(afterJson);
        }
        JsonNode after = parse(afterJson);
        Set<String> written = new LinkedHashSet<>(); // a void or un-tick writes only what it changed
        if (after != null && after.isObject()) {
            after.propertyNames().forEach(f -> written.add(label(f)));
        }
        List<String> parts = new ArrayList<>();
        for (Change c : changes(beforeJson, afterJson)) {
            if (c.changed() && (written.isEmpty() || written.contains(c.field()))) {
                parts.add(c.field() + ": " + (c.before().isEmpty() ? NONE : c.before()) + " → "
                        + (c.after().isEmpty() ? NONE : c.after()));
            }
        }
        return String.join("; ", parts);
    }

    private static final String NONE = "(none)";

    private static String categoryLabel(String code) {
        try {
            return StaffCategory.fromCode(code).label();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static String settingName(String afterJson) {
        JsonNode node = parse(afterJson);
        if (node == null || !node.isObject() || node.propertyNames().isEmpty()) {
            return null;
        }
        return "Setting: " + label(node.propertyNames().iterator().next());
    }

    /** A snapshot on one line: "Given name: Ada; Family name: Lovelace; ...". */
    public static String oneLine(String json) {
        JsonNode node = parse(json);
        if (node == null) {
            return "";
        }
        if (!node.isObject()) {
            return value(node);
        }
        List<String> parts = new ArrayList<>();
        for (String f : node.propertyNames()) {
            String v = value(node.get(f));
            if (!v.isEmpty()) {
                parts.add(label(f) + ": " + v);
            }
        }
        return String.join("; ", parts);
    }

    /** "leaveDate" → "Leave date", "staff_ref" → "Staff ref". */
    public static String label(String field) {
        String spaced = field.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? field : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A stored enum name in words: "TEACHING_ASSISTANT" → "Teaching assistant", "ACTIVE" → "Active". */
    private static String words(String s) {
        if (!ENUM_NAME.matcher(s).matches()) {
            return s;
        }
        for (StaffCategory c : StaffCategory.values()) {
            if (c.name().equals(s)) {
                return c.label();
            }
        }
        for (PolicyStatus p : PolicyStatus.values()) {
            if (p.name().equals(s)) {
                return p.label();
            }
        }
        if (s.equals("TASK") || s.equals("POLICY")) {
            return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        return s;
    }

    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z_]+");

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Mapper.JSON.readTree(json);
        } catch (RuntimeException e) {
            return Mapper.JSON.getNodeFactory().stringNode(json);
        }
    }

    private static String value(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isString()) {
            String s = n.asString();
            if (ISO_DATE.matcher(s).matches()) {
                return s.substring(8, 10) + "/" + s.substring(5, 7) + "/" + s.substring(0, 4);
            }
            return words(s);
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(e -> parts.add(value(e)));
            return String.join(", ", parts);
        }
        if (n.isObject()) {
            return oneLine(n.toString());
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? "yes" : "no";
        }
        return n.toString();
    }
}
