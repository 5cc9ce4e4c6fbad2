package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.ReviewStatus;

/**
 * "What needs doing this week": the jobs behind the dashboard's figures, most urgent first: overdue
 * statutory reviews, overdue safeguarding acknowledgements (one line per policy), overdue induction
 * items (one line per person), then the data warnings. Within a kind, the longest overdue comes first.
 * Every item names the record it is about, so the screen can open it.
 */
public final class ThisWeek {

    /** The kinds, in order of urgency. */
    public enum Kind { STATUTORY_REVIEW_OVERDUE, SAFEGUARDING_ACK_OVERDUE, INDUCTION_OVERDUE, DATA_WARNING }

    /**
     * One job. {@code subject}: the policy title, person's name or warning subject; {@code count}: how
     * many people (acknowledgements) or items (induction), else 1; {@code since}: the oldest due date
     * (null for a warning); {@code policyId} / {@code staffId}: the record it is about, when there is one;
     * {@code warning}: the warning, for a {@link Kind#DATA_WARNING}.
     */
    public record Item(Kind kind, String subject, int count, LocalDate since, Long policyId, Long staffId,
                       DataWarning warning) {
    }

    private ThisWeek() {
    }

    /** A safeguarding policy: its area is safeguarding (or child protection). */
    public static boolean isSafeguarding(Policy p) {
        String area = p.area() == null ? "" : p.area().toLowerCase(Locale.ROOT);
        return area.contains("safeguarding") || area.contains("child protection");
    }

    public static List<Item> of(ComplianceCalculator calc) {
        List<Item> out = new ArrayList<>();
        Comparator<Item> oldestFirst = Comparator.comparing(Item::since, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::subject, String.CASE_INSENSITIVE_ORDER);

        List<Item> reviews = new ArrayList<>();
        for (ReviewStanding s : calc.reviewStandings()) {
            if (s.status() == ReviewStatus.OVERDUE && s.policy().statutory() && s.policy().isActive()) {
                reviews.add(new Item(Kind.STATUTORY_REVIEW_OVERDUE, s.policy().title(), 1, s.nextDue(),
                        s.policy().id(), null, null));
            }
        }
        reviews.sort(oldestFirst);
        out.addAll(reviews);

        if (!calc.namesPeople()) {
            // a governor's login (#19): the reviews and the data warnings; the chasing of people is the office's
            out.addAll(warnings(calc));
            return List.copyOf(out);
        }
        Map<Long, Item> acks = new LinkedHashMap<>();
        // overdue is a gap: only the gaps are read (no satisfied obligation, no satisfying acknowledgement to find),
        // not every obligation of the file with its acknowledgement (1.6 million rows on a 50,000-person trust)
        calc.forEachGap(o -> addOverdueAck(acks, o));
        List<Item> ackItems = new ArrayList<>(acks.values());
        ackItems.sort(oldestFirst);
        out.addAll(ackItems);

        List<Item> induction = new ArrayList<>();
        for (InductionProgress p : calc.inductions()) {
            if (!p.overdueItems().isEmpty()) {
                LocalDate oldest = p.overdueItems().stream().map(InductionItem::dueDate)
                        .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
                induction.add(new Item(Kind.INDUCTION_OVERDUE, p.staff().fullName(), p.overdueItems().size(), oldest,
                        null, p.staff().id(), null));
            }
        }
        induction.sort(oldestFirst);
        out.addAll(induction);

        out.addAll(warnings(calc));
        return List.copyOf(out);
    }

    private static void addOverdueAck(Map<Long, Item> acks, Obligation o) {
        if (o.status() != ObligationStatus.OVERDUE || !isSafeguarding(o.policy())) {
            return;
        }
        acks.merge(o.policy().id(),
                new Item(Kind.SAFEGUARDING_ACK_OVERDUE, o.policy().title(), 1, o.due(), o.policy().id(), null, null),
                (a, b) -> new Item(a.kind(), a.subject(), a.count() + 1,
                        a.since() == null || (b.since() != null && b.since().isBefore(a.since())) ? b.since() : a.since(),
                        a.policyId(), null, null));
    }

    /**
     * The data warnings in the calculator's order, each with the policy it is about. The calculator
     * names a policy by its title and makes its warnings in the order of the review standings (dates
     * in error) and of the policies (no version, no document), so each warning takes the next policy
     * of that title from the same walk: exact even when two schools of a trust share a title.
     */
    static List<Item> warnings(ComplianceCalculator calc) {
        Map<String, ArrayDeque<Long>> dateErrors = new HashMap<>();
        for (ReviewStanding s : calc.reviewStandings()) {
            if (s.dateError()) {
                dateErrors.computeIfAbsent(s.policy().title(), t -> new ArrayDeque<>()).add(s.policy().id());
            }
        }
        Map<String, ArrayDeque<Long>> noVersion = new HashMap<>();
        Map<String, ArrayDeque<Long>> noDocument = new HashMap<>();
        for (Policy p : calc.data().policies()) {
            if (p.isActive()) {
                noVersion.computeIfAbsent(p.title(), t -> new ArrayDeque<>()).add(p.id());
                noDocument.computeIfAbsent(p.title(), t -> new ArrayDeque<>()).add(p.id());
            }
        }
        List<Item> out = new ArrayList<>();
        for (DataWarning w : calc.dataWarnings()) {
            Long policyId = switch (w.kind()) {
                case REVIEW_DATE_ERROR -> next(dateErrors, w.subject());
                case NO_VERSION -> nextMatching(noVersion, w.subject(), id -> calc.data().versions(id).isEmpty());
                case NO_DOCUMENT -> nextMatching(noDocument, w.subject(), id -> shownHasNoDocument(calc, id));
                case NO_EMAIL -> null;
            };
            out.add(new Item(Kind.DATA_WARNING, w.subject(), 1, null, policyId, null, w));
        }
        return out;
    }

    /** As the calculator judges it: the version in effect on the date (else the first) has no document. */
    private static boolean shownHasNoDocument(ComplianceCalculator calc, long policyId) {
        List<PolicyVersion> versions = calc.data().versions(policyId);
        if (versions.isEmpty()) {
            return false;
        }
        PolicyVersion shown = versions.get(0);
        for (PolicyVersion v : versions) {
            if (!v.effectiveFrom().isAfter(calc.asOf())) {
                shown = v;
            }
        }
        return !shown.hasDocument();
    }

    private static Long next(Map<String, ArrayDeque<Long>> ids, String title) {
        ArrayDeque<Long> q = ids.get(title);
        return q == null ? null : q.poll();
    }

    private static Long nextMatching(Map<String, ArrayDeque<Long>> ids, String title,
                                     java.util.function.LongPredicate fits) {
        ArrayDeque<Long> q = ids.get(title);
        while (q != null && !q.isEmpty()) {
            long id = q.poll();
            if (fits.test(id)) {
                return id;
            }
        }
        return null;
    }
}
