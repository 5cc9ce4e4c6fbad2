package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies the rules to a whole school as of a date. Every figure in the app, the command line and
 * the reports comes from here, so they always agree.
 *
 * <p>Made with an {@link ObligationSource} (the app's way: the database's set-based queries), the
 * acknowledgement figures, gaps and obligations come from the source and {@link #data()} need hold no
 * acknowledgements; made without one, the rules are computed here in Java from the snapshot. That Java
 * computation is the reference: the equivalence tests run both and compare every obligation.
 */
public final class ComplianceCalculator {

    /** Gaps are listed by policy title, then family name, then given name. */
    public static final Comparator<Obligation> GAP_ORDER = Comparator
            .comparing((Obligation o) -> o.policy().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(o -> o.staff().familyName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(o -> o.staff().givenName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(o -> o.staff().id());

    private final SchoolData data;
    private final LocalDate asOf;
    private final ObligationSource source;

    /** The reference: every rule computed in Java from {@code data}, acknowledgements included. */
    public ComplianceCalculator(SchoolData data, LocalDate asOf) {
        this(data, asOf, null);
    }

    /**
     * Obligations from {@code source} (null: computed here from {@code data}); {@code data} still gives the
     * people, policies, versions, reviews and induction plans.
     */
    public ComplianceCalculator(SchoolData data, LocalDate asOf, ObligationSource source) {
        this.data = data;
        this.asOf = asOf;
        this.source = source;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public SchoolData data() {
        return data;
    }

    /**
     * Visits every in-scope staff member × active policy with an effective version, policy by policy
     * in {@code data.policies()} order, staff in {@code data.staff()} order.
     *
     * <p>A trust has hundreds of thousands of these pairs, so what does not change inside the loops is
     * worked out once: each person's in-post flag, acknowledgements and induction items, and each
     * policy's audience and required version. The rules are {@link ComplianceRules#assessInScope}, the body
     * of {@link ComplianceRules#assess} after its scope checks, unchanged.
     */
    public void forEachObligation(Consumer<Obligation> visitor) {
        if (source != null) {
            source.forEachObligation(asOf, visitor);
            return;
        }
        List<StaffMember> staff = data.staff();
        int n = staff.size();
        boolean[] inPost = new boolean[n];
        List<Map<Long, List<Acknowledgement>>> acks = new ArrayList<>(n);
        List<List<InductionItem>> induction = new ArrayList<>(n);
        int[] grace = new int[n];
        for (int i = 0; i < n; i++) {
            StaffMember s = staff.get(i);
            inPost[i] = s.inPostOn(asOf);
            grace[i] = data.graceDaysFor(s);
            acks.add(data.acknowledgementsOf(s.id()));
            induction.add(data.induction(s.id()));
        }
        StaffCategory[] categories = StaffCategory.values();
        boolean[] audience = new boolean[categories.length];
        for (Policy policy : data.policies()) {
            if (!policy.isActive()) {
                continue;
            }
            List<PolicyVersion> versions = data.versions(policy.id());
            int required = ComplianceRules.requiredVersionIndex(versions, asOf);
            if (required < 0) {
                continue;
            }
            for (StaffCategory c : categories) {
                audience[c.ordinal()] = policy.appliesTo(c);
            }
            Long policyKey = policy.id();
            Long policySchool = policy.schoolId();
            for (int i = 0; i < n; i++) {
                StaffMember s = staff.get(i);
                if (!inPost[i] || !audience[s.category().ordinal()]
                        || (policySchool != null && policySchool != s.schoolId())) {
                    continue; // not in scope (rule 1): assess would return empty
                }
                List<Acknowledgement> own = acks.get(i).getOrDefault(policyKey, List.of());
                visitor.accept(ComplianceRules.assessInScope(s, policy, versions, required, own, asOf, grace[i],
                        inductionDue(induction.get(i), policy.id())));
            }
        }
    }

    /** The obligations of one policy (all in-scope staff). */
    public List<Obligation> obligations(Policy policy) {
        if (source != null) {
            return source.obligations(policy, asOf);
        }
        List<Obligation> out = new ArrayList<>();
        List<PolicyVersion> versions = data.versions(policy.id());
        for (StaffMember staff : data.staff()) {
            ComplianceRules.assess(staff, policy, versions, data.acknowledgements(staff.id(), policy.id()), asOf,
                    data.graceDaysFor(staff), inductionDue(staff.id(), policy.id())).ifPresent(out::add);
        }
        return out;
    }

    /** One person's obligation for one policy (empty when not in scope or no version is in effect). */
    public java.util.Optional<Obligation> obligation(StaffMember staff, Policy policy) {
        if (source != null) {
            return source.obligation(staff, policy, asOf);
        }
        return ComplianceRules.assess(staff, policy, data.versions(policy.id()),
                data.acknowledgements(staff.id(), policy.id()), asOf, data.graceDaysFor(staff),
                inductionDue(staff.id(), policy.id()));
    }

    /** Every gap (absent staff included, marked ABSENT), in {@link #GAP_ORDER}. */
    public List<Obligation> gaps() {
        if (source != null) {
            List<Obligation> gaps = new ArrayList<>(source.gaps(asOf));
            gaps.sort(GAP_ORDER);
            return gaps;
        }
        List<Obligation> gaps = new ArrayList<>();
        forEachObligation(o -> {
            if (o.isGap()) {
                gaps.add(o);
            }
        });
        gaps.sort(GAP_ORDER);
        return gaps;
    }

    /**
     * Every gap (absent staff included) in {@link #GAP_ORDER}, one at a time: the same lines as {@link #gaps()}, but
     * from the database they are never all held in memory at once (a trust's {@code gaps --json}).
     */
    public void forEachGap(Consumer<Obligation> visitor) {
        if (source == null) {
            gaps().forEach(visitor);
        } else {
            source.forEachGap(asOf, visitor);
        }
    }

    public List<ReviewStanding> reviewStandings() {
        List<ReviewStanding> out = new ArrayList<>();
        for (Policy p : data.policies()) {
            if (p.isActive() && data.reviewsHere(p)) {
                out.add(ReviewRules.standing(p, data.versions(p.id()), data.reviews(p.id()), asOf));
            }
        }
        out.sort(Comparator.comparing((ReviewStanding s) -> s.nextDue() == null ? LocalDate.MAX : s.nextDue())
                .thenComparing(s -> s.policy().title(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** Induction plans of staff not gone by the as-of date, most recent starters first. */
    public List<InductionProgress> inductions() {
        List<InductionProgress> out = new ArrayList<>();
        Map<Long, Map<Long, LocalDate>> inducted = source == null ? null : source.firstAcksOfInducted(asOf);
        for (StaffMember staff : data.staff()) {
            List<InductionItem> items = data.induction(staff.id());
            if (items.isEmpty() || staff.leftBy(asOf)) {
                continue;
            }
            Map<Long, LocalDate> firstAck = inducted == null ? firstAckByPolicy(staff.id())
                    : ofPoliciesHere(inducted.getOrDefault(staff.id(), Map.of()));
            int done = 0;
            List<InductionItem> overdue = new ArrayList<>();
            InductionItem next = null;
            for (InductionItem item : items) {
                if (InductionRules.doneOn(item, firstAck, asOf) != null) {
                    done++;
                } else {
                    if (item.dueDate().isBefore(asOf)) {
                        overdue.add(item);
                    }
                    if (next == null || item.dueDate().isBefore(next.dueDate())) {
                        next = item;
                    }
                }
            }
            out.add(new InductionProgress(staff, items, done, List.copyOf(overdue), next));
        }
        out.sort(Comparator.comparing((InductionProgress p) -> p.staff().startDate()).reversed()
                .thenComparing(p -> p.staff().sortName()));
        return out;
    }

    /** The staff member's earliest counting acknowledgement per policy (any version). */
    public Map<Long, LocalDate> firstAckByPolicy(long staffId) {
        if (source != null) {
            return ofPoliciesHere(source.firstAckByPolicy(staffId, asOf));
        }
        Map<Long, LocalDate> first = new HashMap<>();
        data.acknowledgementsOf(staffId).forEach((policyId, acks) -> {
            for (Acknowledgement a : acks) {
                if (a.countsOn(asOf)) {
                    first.merge(policyId, a.date(), (x, y) -> x.isBefore(y) ? x : y);
                }
            }
        });
        return first;
    }

    /**
     * The acknowledgements the snapshot knows of are those of its own policies' versions; a source answers
     * for the whole file, so its answers are kept to the same policies.
     */
    private Map<Long, LocalDate> ofPoliciesHere(Map<Long, LocalDate> firstByPolicy) {
        Map<Long, LocalDate> out = new HashMap<>();
        firstByPolicy.forEach((policyId, date) -> {
            if (!data.versions(policyId).isEmpty()) {
                out.put(policyId, date);
            }
        });
        return out;
    }

    /** Acknowledgement figures per active policy with an effective version, by title. */
    public java.util.LinkedHashMap<Policy, Tally> tallyByPolicy() {
        Map<Long, Tally> byId;
        if (source != null) {
            byId = source.tallyByPolicy(asOf);
        } else {
            Map<Long, Tally> own = new HashMap<>();
            forEachObligation(o -> own.merge(o.policy().id(), Tally.EMPTY.plus(o.status()), (a, b) -> a.plus(o.status())));
            byId = own;
        }
        java.util.LinkedHashMap<Policy, Tally> out = new java.util.LinkedHashMap<>();
        data.policies().stream().filter(p -> byId.containsKey(p.id()))
                .sorted(Comparator.comparing(Policy::title, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> out.put(p, byId.get(p.id())));
        return out;
    }

    /** Acknowledgement figures per staff category (categories with no obligation are left out). */
    public java.util.EnumMap<StaffCategory, Tally> tallyByCategory() {
        java.util.EnumMap<StaffCategory, Tally> out = new java.util.EnumMap<>(StaffCategory.class);
        if (source != null) {
            out.putAll(source.tallyByCategory(asOf));
            return out;
        }
        forEachObligation(o -> out.merge(o.staff().category(), Tally.EMPTY.plus(o.status()), (a, b) -> a.plus(o.status())));
        return out;
    }

    /** False when the figures come from counts that know nobody (a governor's login, #19): no list of people. */
    public boolean namesPeople() {
        return source == null || source.namesPeople();
    }

    /**
     * The data-quality warnings as of the date, policies first: the one place they are made, for the
     * dashboard, the governors' pack and {@code warnings}.
     */
    public List<DataWarning> dataWarnings() {
        List<DataWarning> out = new ArrayList<>();
        for (ReviewStanding s : reviewStandings()) {
            if (s.dateError()) {
                out.add(new DataWarning(DataWarning.Kind.REVIEW_DATE_ERROR, s.policy().title(),
                        ReviewRules.dateErrorDetail(s)));
            }
        }
        for (Policy p : data.policies()) {
            if (!p.isActive() || !data.reviewsHere(p)) {
                continue; // a trust-wide policy's document is the trust board's, not each school's
            }
            List<PolicyVersion> versions = data.versions(p.id());
            if (versions.isEmpty()) {
                out.add(new DataWarning(DataWarning.Kind.NO_VERSION, p.title(), "no approved version recorded"));
            } else {
                PolicyVersion shown = versions.get(0);
                for (PolicyVersion v : versions) {
                    if (!v.effectiveFrom().isAfter(asOf)) {
                        shown = v; // the current version: the newest in effect on the date
                    }
                }
                if (!shown.hasDocument()) {
                    out.add(new DataWarning(DataWarning.Kind.NO_DOCUMENT, p.title(),
                            "version " + shown.label() + " has no document stored"));
                }
            }
        }
        java.util.OptionalInt counted = source == null ? java.util.OptionalInt.empty() : source.staffWithoutEmail(asOf);
        long noEmail = counted.isPresent() ? counted.getAsInt() : data.staff().stream().filter(s -> s.inPostOn(asOf))
                .filter(s -> s.email() == null || s.email().isBlank()).count();
        if (noEmail > 0) {
            String people = noEmail == 1 ? "1 person" : noEmail + " people";
            out.add(new DataWarning(DataWarning.Kind.NO_EMAIL, "Staff in post",
                    people + " in post " + (noEmail == 1 ? "has" : "have") + " no email address"));
        }
        return out;
    }

    public Summary summary() {
        int[] ack = new int[5]; // required, done, outstanding, overdue, absent
        if (source != null) {
            Tally t = source.total(asOf);
            ack[0] = t.inScope();
            ack[1] = t.done();
            ack[2] = t.outstanding();
            ack[3] = t.overdue();
            ack[4] = t.absent();
        } else {
            forEachObligation(o -> {
                switch (o.status()) {
                    case SATISFIED -> {
                        ack[0]++;
                        ack[1]++;
                    }
                    case DUE -> {
                        ack[0]++;
                        ack[2]++;
                    }
                    case OVERDUE -> {
                        ack[0]++;
                        ack[2]++;
                        ack[3]++;
                    }
                    case ABSENT -> ack[4]++; // listed apart: never required, outstanding or chased
                }
            });
        }
        java.util.OptionalInt counted = source == null ? java.util.OptionalInt.empty() : source.staffInPost(asOf);
        int inPost = counted.isPresent() ? counted.getAsInt()
                : (int) data.staff().stream().filter(s -> s.inPostOn(asOf)).count();
        int active = (int) data.policies().stream().filter(Policy::isActive).count();
        int reviewsOverdue = 0;
        int reviewsDueSoon = 0;
        int reviewsNoDate = 0;
        for (ReviewStanding s : reviewStandings()) {
            if (s.status() == ReviewStatus.OVERDUE) {
                reviewsOverdue++;
            } else if (s.status() == ReviewStatus.DUE_SOON) {
                reviewsDueSoon++;
            } else if (s.nextDue() == null && s.policy().reviewMonths() != null) {
                reviewsNoDate++; // a review cycle, but never approved or reviewed: nothing to count from
            }
        }
        int warnings = dataWarnings().size();
        int inProgress = 0;
        int overdueItems = 0;
        java.util.Optional<ObligationSource.InductionFigures> known = source == null ? java.util.Optional.empty()
                : source.inductionFigures(asOf);
        if (known.isPresent()) {
            inProgress = known.get().inProgress();
            overdueItems = known.get().overdueItems();
        } else {
            for (InductionProgress p : inductions()) {
                if (!p.complete()) {
                    inProgress++;
                }
                overdueItems += p.overdueItems().size();
            }
        }
        return new Summary(asOf, inPost, active, ack[0], ack[1], ack[2], ack[3], ack[4], reviewsOverdue,
                reviewsDueSoon, reviewsNoDate, inProgress, overdueItems, warnings);
    }

    private LocalDate inductionDue(long staffId, long policyId) {
        return inductionDue(data.induction(staffId), policyId);
    }

    private static LocalDate inductionDue(List<InductionItem> items, long policyId) {
        for (InductionItem item : items) {
            if (item.kind() == InductionItemKind.POLICY && item.policyId() != null && item.policyId() == policyId) {
                return item.dueDate();
            }
        }
        return null;
    }
}
