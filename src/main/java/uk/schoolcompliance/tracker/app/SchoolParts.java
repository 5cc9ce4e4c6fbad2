package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationSource;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.FigureQueries;

/**
 * Every school's figures from one grouped question (issue #17): the acknowledgement figures per school row x policy in
 * one pass of the database ({@link FigureQueries#tallyBySchoolAndPolicy}) and the induction plans' first
 * acknowledgements in one more, then each school's summary and per-policy figures from its part of the snapshot (the
 * reviews, the people in post, the warnings: no SQL). Asking each school's calculator instead would run the
 * obligations once per school (556 times on a 50,000-person trust).
 */
final class SchoolParts {

    /** One school's (or the central team's) figures: its summary and its acknowledgement figures per policy. */
    record Part(School school, Summary summary, LinkedHashMap<Policy, Tally> byPolicy) {
    }

    private SchoolParts() {
    }

    static List<Part> of(Database db, SchoolData all, List<School> entries, LocalDate asOf) {
        FigureQueries whole = new FigureQueries(db, all, null);
        Map<Long, Map<Long, Tally>> grouped = whole.tallyBySchoolAndPolicy(asOf);
        Map<Long, Map<Long, LocalDate>> inducted = whole.firstAcksOfInducted(asOf);
        List<Part> out = new ArrayList<>();
        for (School school : entries) {
            Map<Long, Tally> byPolicy = new HashMap<>();
            for (Long row : all.staffSchoolIds(school)) {
                grouped.getOrDefault(row, Map.of()).forEach((policy, t) -> byPolicy.merge(policy, t, SchoolParts::sum));
            }
            SchoolData part = all.forSchool(school);
            ComplianceCalculator calc = new ComplianceCalculator(part, asOf,
                    new Answered(db, part, all.staffSchoolIds(school), byPolicy, inducted));
            out.add(new Part(school, calc.summary(), calc.tallyByPolicy()));
        }
        return out;
    }

    static Tally sum(Tally a, Tally b) {
        return new Tally(a.inScope() + b.inScope(), a.done() + b.done(), a.outstanding() + b.outstanding(),
                a.overdue() + b.overdue(), a.absent() + b.absent());
    }

    /**
     * A school's part with its counts already answered by the grouped question; anything else (a list, a cell) is
     * asked of the database for that school as usual.
     */
    private static final class Answered implements ObligationSource {
        private final Database db;
        private final SchoolData part;
        private final java.util.Set<Long> staffSchools;
        private final Map<Long, Tally> byPolicy;
        private final Map<Long, Map<Long, LocalDate>> inducted;
        private FigureQueries queries;

        Answered(Database db, SchoolData part, java.util.Set<Long> staffSchools, Map<Long, Tally> byPolicy,
                Map<Long, Map<Long, LocalDate>> inducted) {
            this.db = db;
            this.part = part;
            this.staffSchools = staffSchools;
            this.byPolicy = byPolicy;
            this.inducted = inducted;
        }

        private FigureQueries queries() {
            if (queries == null) {
                queries = new FigureQueries(db, part, staffSchools);
            }
            return queries;
        }

        @Override
        public Tally total(LocalDate asOf) {
            return byPolicy.values().stream().reduce(Tally.EMPTY, SchoolParts::sum);
        }

        @Override
        public Map<Long, Tally> tallyByPolicy(LocalDate asOf) {
            return byPolicy;
        }

        @Override
        public Map<Long, Map<Long, LocalDate>> firstAcksOfInducted(LocalDate asOf) {
            return inducted;
        }

        @Override
        public Map<StaffCategory, Tally> tallyByCategory(LocalDate asOf) {
            return queries().tallyByCategory(asOf);
        }

        @Override
        public void forEachObligation(LocalDate asOf, Consumer<Obligation> visitor) {
            queries().forEachObligation(asOf, visitor);
        }

        @Override
        public List<Obligation> gaps(LocalDate asOf) {
            return queries().gaps(asOf);
        }

        @Override
        public List<Obligation> obligations(Policy policy, LocalDate asOf) {
            return queries().obligations(policy, asOf);
        }

        @Override
        public Optional<Obligation> obligation(StaffMember staff, Policy policy, LocalDate asOf) {
            return queries().obligation(staff, policy, asOf);
        }

        @Override
        public Map<Long, LocalDate> firstAckByPolicy(long staffId, LocalDate asOf) {
            return queries().firstAckByPolicy(staffId, asOf);
        }
    }
}
