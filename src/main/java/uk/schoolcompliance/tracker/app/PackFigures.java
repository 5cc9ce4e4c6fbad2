package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckCell;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckMatrix;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.GapRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.InductionRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.ReviewRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TallyRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TermEvent;
import uk.schoolcompliance.tracker.domain.report.Term;

/**
 * Every figure of one {@link GovernorsPack} from one calculator: the review schedule, the tallies, the staff x
 * policy grid and its gaps, the inductions, with people named or numbered ("Person 0001") as the pack asks.
 */
final class PackFigures {

    private PackFigures() {
    }

    /** Every figure of the pack, from the one calculator. */
    static GovernorsPack compute(ComplianceCalculator calc, String schoolName, Term term, boolean names,
                                        String preparedBy, LocalDate preparedOn) {
        return compute(calc, schoolName, term, names, preparedBy, preparedOn, false);
    }

    /**
     * Every figure of the pack; with {@code withheld} (a governor's login, #19: the calculator counts through the
     * governors' functions and knows nobody) the figures and the schedule only, no row about any person.
     */
    static GovernorsPack compute(ComplianceCalculator calc, String schoolName, Term term, boolean names,
                                 String preparedBy, LocalDate preparedOn, boolean withheld) {
        if (withheld) {
            names = false;
        }
        LocalDate asOf = calc.asOf();
        Summary summary = calc.summary();
        Map<Long, String> people = personLabels(calc, names);

        Map<String, String> unnamed = PackEvents.approverRedactions(calc, people, names);
        List<ReviewRow> schedule = new ArrayList<>();
        for (ReviewStanding s : calc.reviewStandings()) {
            Policy p = s.policy();
            schedule.add(new ReviewRow(p.title(), p.statutory(), p.owner(), p.approvingBody(), s.lastReviewed(),
                    p.reviewMonths(), s.nextDue(), s.status(), s.dateError(), PackEvents.redact(s.describeLast(), unnamed),
                    s.describeAwaiting()));
        }

        List<TermEvent> events = PackEvents.termEvents(calc, term, unnamed);

        var tallies = calc.tallyByPolicy();
        List<TallyRow> byPolicy = new ArrayList<>();
        tallies.forEach((p, t) -> byPolicy.add(new TallyRow(p.title(), t)));
        List<TallyRow> byCategory = new ArrayList<>();
        calc.tallyByCategory().forEach((c, t) -> byCategory.add(new TallyRow(c.label(), t)));

        // one more pass over the obligations gives both the staff x policy grid and the gaps
        // (exactly calc.gaps(): every obligation that is a gap, in GAP_ORDER)
        List<Obligation> gapObligations = new ArrayList<>();
        AckMatrix matrix = withheld ? new AckMatrix(List.of(), List.of())
                : matrix(calc, tallies.keySet(), people, names, gapObligations);
        gapObligations.sort(ComplianceCalculator.GAP_ORDER);
        List<GapRow> gaps = new ArrayList<>(gapObligations.size());
        for (Obligation o : gapObligations) {
            long late = o.status() == ObligationStatus.OVERDUE ? ChronoUnit.DAYS.between(o.due(), asOf) : 0;
            gaps.add(new GapRow(o.policy().title(), people.get(o.staff().id()), o.staff().category(),
                    o.requiredVersion() == null ? "" : o.requiredVersion().label(), o.due(), o.status(), late));
        }
        if (!names) {
            gaps.sort(Comparator.comparing(GapRow::policy, String.CASE_INSENSITIVE_ORDER).thenComparing(GapRow::person));
        }

        List<InductionRow> inductions = new ArrayList<>();
        for (InductionProgress ip : withheld ? List.<InductionProgress>of() : calc.inductions()) {
            InductionItem next = ip.nextItem();
            inductions.add(new InductionRow(people.get(ip.staff().id()), ip.staff().category(), ip.staff().startDate(),
                    ip.itemsDone(), ip.items().size(), ip.overdueItems().size(), next == null ? null : next.title(),
                    next == null ? null : next.dueDate()));
        }

        long approvals = events.stream().filter(e -> e.kind() == TermEvent.Kind.APPROVAL).count();
        long reviewsDone = events.size() - approvals;
        List<Headline> headlines = PackHeadlines.headlines(summary, approvals, reviewsDone, term);
        return new GovernorsPack(schoolName, term, asOf, preparedBy, preparedOn, names, summary, headlines, schedule,
                events, byPolicy, byCategory, matrix, gaps, inductions, calc.dataWarnings(), withheld);
    }

    /** Names ("Family, Given") with names on; otherwise "Person 0001" numbered by category, then record order. */
    private static Map<Long, String> personLabels(ComplianceCalculator calc, boolean names) {
        Map<Long, String> out = new HashMap<>();
        List<StaffMember> staff = new ArrayList<>(calc.data().staff());
        if (names) {
            staff.forEach(s -> out.put(s.id(), s.sortName()));
            return out;
        }
        staff.sort(Comparator.comparing(StaffMember::category).thenComparingLong(StaffMember::id));
        int width = Math.max(4, String.valueOf(staff.size()).length());
        for (int i = 0; i < staff.size(); i++) {
            out.put(staff.get(i).id(), "Person " + String.format("%0" + width + "d", i + 1));
        }
        return out;
    }

    private static AckMatrix matrix(ComplianceCalculator calc, java.util.Collection<Policy> columns,
                                    Map<Long, String> people, boolean names, List<Obligation> gaps) {
        Map<Long, Integer> column = new HashMap<>();
        List<String> titles = new ArrayList<>();
        for (Policy p : columns) {
            column.put(p.id(), titles.size());
            titles.add(p.title());
        }
        Map<Long, AckCell[]> cells = new LinkedHashMap<>();
        Map<Long, StaffMember> staffById = new HashMap<>();
        calc.forEachObligation(o -> {
            if (o.isGap()) {
                gaps.add(o);
            }
            Integer col = column.get(o.policy().id());
            if (col == null) {
                return;
            }
            staffById.putIfAbsent(o.staff().id(), o.staff());
            AckCell[] row = cells.computeIfAbsent(o.staff().id(), k -> new AckCell[titles.size()]);
            LocalDate date = o.status() == ObligationStatus.SATISFIED && o.satisfiedBy() != null
                    ? o.satisfiedBy().date() : o.due();
            row[col] = new AckCell(o.status(), date);
        });
        List<AckRow> rows = new ArrayList<>(cells.size());
        cells.forEach((id, row) -> {
            StaffMember s = staffById.get(id);
            rows.add(new AckRow(people.get(id), s.category(), names ? s.jobTitle() : null, row));
        });
        rows.sort(Comparator.comparing(AckRow::person, String.CASE_INSENSITIVE_ORDER));
        return new AckMatrix(List.copyOf(titles), rows);
    }
}
