package uk.schoolcompliance.tracker.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's JSON snapshots as people read them: field by field, with the changed fields first, field
 * names in words ("leaveDate" → "Leave date") and ISO dates as dd/MM/yyyy.
 */
public final class AuditText {

    /** One field of a before/after pair; {@code changed} when the two differ. */
    public record Change(String field, String before, String after, boolean changed) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
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

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().stringNode(json);
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
            return s;
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
