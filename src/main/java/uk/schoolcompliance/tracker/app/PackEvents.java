package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TermEvent;
import uk.schoolcompliance.tracker.domain.report.Term;

/**
 * What governors approved and reviewed this term (up to the as-of date), and, in a pack without names, the
 * approvers recorded as people replaced by the pack's number for them.
 */
final class PackEvents {

    private PackEvents() {
    }

    /**
     * Without names, an approver or reviewer recorded as a person (a version "approved by Mark Phillips") is shown
     * by the pack's number for that person, like everyone else: approver text → the same text with the name replaced.
     * Worked out once per distinct approver, so the cost does not grow with staff × policies.
     */
    static Map<String, String> approverRedactions(ComplianceCalculator calc, Map<Long, String> people, boolean names) {
        Map<String, String> out = new HashMap<>();
        if (names) {
            return out;
        }
        java.util.Set<String> approvers = new java.util.HashSet<>();
        for (Policy p : calc.data().policies()) {
            calc.data().versions(p.id()).forEach(v -> addApprover(approvers, v.approvedBy()));
            calc.data().reviews(p.id()).forEach(r -> {
                addApprover(approvers, r.approvedBy());
                addApprover(approvers, r.reviewer());
            });
        }
        if (approvers.isEmpty()) {
            return out;
        }
        for (StaffMember s : calc.data().staff()) {
            String label = people.get(s.id());
            if (label == null) {
                continue;
            }
            for (String a : approvers) {
                String current = out.getOrDefault(a, a);
                String redacted = current;
                for (String name : new String[] {s.fullName(), s.sortName()}) {
                    if (name != null && !name.isBlank() && redacted.contains(name)) {
                        redacted = redacted.replace(name, label);
                    }
                }
                if (!redacted.equals(current)) {
                    out.put(a, redacted);
                }
            }
        }
        return out;
    }

    private static void addApprover(java.util.Set<String> approvers, String approvedBy) {
        if (approvedBy != null && !approvedBy.isBlank()) {
            approvers.add(approvedBy.strip());
        }
    }

    static String redact(String text, Map<String, String> unnamed) {
        String out = text;
        for (Map.Entry<String, String> e : unnamed.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    static List<TermEvent> termEvents(ComplianceCalculator calc, Term term, Map<String, String> unnamed) {
        LocalDate asOf = calc.asOf();
        List<TermEvent> out = new ArrayList<>();
        for (Policy p : calc.data().policies()) {
            for (PolicyVersion v : calc.data().versions(p.id())) {
                LocalDate on = v.approvedOn();
                if (term.contains(on) && !on.isAfter(asOf)) {
                    StringBuilder detail = new StringBuilder();
                    append(detail, v.approvedBy() == null || v.approvedBy().isBlank() ? null
                            : "by " + redact(v.approvedBy().strip(), unnamed));
                    append(detail, v.minuteRef() == null || v.minuteRef().isBlank() ? null : "minute " + v.minuteRef());
                    append(detail, v.material() ? "material change: everyone re-acknowledges" : "minor change");
                    append(detail, "effective " + Dates.forPeople(v.effectiveFrom()));
                    out.add(new TermEvent(on, TermEvent.Kind.APPROVAL, p.title(), "Version " + v.label() + " approved",
                            detail.toString()));
                }
            }
            for (Review r : calc.data().reviews(p.id())) {
                LocalDate on = r.completedOn();
                if (term.contains(on) && !on.isAfter(asOf)) {
                    StringBuilder detail = new StringBuilder();
                    append(detail, r.reviewer() == null || r.reviewer().isBlank() ? null
                            : "by " + redact(r.reviewer().strip(), unnamed));
                    if (r.meetingDate() != null) {
                        append(detail, (r.approvedBy() == null || r.approvedBy().isBlank() ? "approved"
                                : "approved by " + redact(r.approvedBy().strip(), unnamed)) + " on "
                                + Dates.forPeople(r.meetingDate()));
                    }
                    append(detail, r.minuteRef() == null || r.minuteRef().isBlank() ? null : "minute " + r.minuteRef());
                    append(detail, r.notes());
                    out.add(new TermEvent(on, TermEvent.Kind.REVIEW, p.title(),
                            "Reviewed: " + (r.outcome() == null ? "outcome not recorded" : r.outcome().label().toLowerCase(java.util.Locale.ROOT)),
                            detail.toString()));
                }
            }
        }
        out.sort(Comparator.comparing(TermEvent::date).thenComparing(TermEvent::policy, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(out);
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(part.trim());
        }
    }
}
