package uk.schoolcompliance.tracker.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the figures are computed from, loaded once from the store. Versions are kept oldest
 * first per policy; acknowledgements are indexed by staff and policy for the rules.
 */
public final class SchoolData {

    private final List<StaffMember> staff;
    private final List<Policy> policies;
    private final Map<Long, List<PolicyVersion>> versionsByPolicy;
    private final Map<Long, List<Review>> reviewsByPolicy;
    private final Map<Long, List<InductionItem>> inductionByStaff;
    private final int defaultGraceDays;
    private final List<School> schools;
    private final Map<Long, Integer> graceBySchool = new HashMap<>();
    private final Map<Long, Long> policyOfVersion = new HashMap<>();
    private final Map<Long, Map<Long, List<Acknowledgement>>> acksByStaffAndPolicy = new HashMap<>();
    private final int acknowledgementCount;
    /** Policies whose reviews this snapshot answers for; null: every policy's. */
    private java.util.Set<Long> reviewedHere;
    /** One school of a trust whose other schools this snapshot does not hold (a school governor's on a server, #19). */
    private boolean partOfTrust;

    public SchoolData(List<StaffMember> staff, List<Policy> policies, List<PolicyVersion> versions,
                      List<Acknowledgement> acknowledgements, List<Review> reviews,
                      Map<Long, List<InductionItem>> inductionByStaff, int defaultGraceDays) {
        this(staff, policies, versions, acknowledgements, reviews, inductionByStaff, List.of(), defaultGraceDays);
    }

    /**
     * @param schools          the file's schools (the trust's own row included), for their grace periods and names
     * @param defaultGraceDays the file's grace period, used for people whose school sets none
     */
    public SchoolData(List<StaffMember> staff, List<Policy> policies, List<PolicyVersion> versions,
                      List<Acknowledgement> acknowledgements, List<Review> reviews,
                      Map<Long, List<InductionItem>> inductionByStaff, List<School> schools, int defaultGraceDays) {
        this.schools = List.copyOf(schools);
        for (School school : schools) {
            if (school.graceDays() != null) {
                graceBySchool.put(school.id(), school.graceDays());
            }
        }
        this.staff = List.copyOf(staff);
        this.policies = List.copyOf(policies);
        this.defaultGraceDays = defaultGraceDays;
        this.inductionByStaff = Map.copyOf(inductionByStaff);
        Map<Long, List<PolicyVersion>> byPolicy = new HashMap<>();
        for (PolicyVersion v : versions) {
            byPolicy.computeIfAbsent(v.policyId(), k -> new ArrayList<>()).add(v);
            policyOfVersion.put(v.id(), v.policyId());
        }
        byPolicy.values().forEach(list -> list.sort(PolicyVersion.CHRONOLOGICAL));
        this.versionsByPolicy = byPolicy;
        Map<Long, List<Review>> reviewMap = new HashMap<>();
        for (Review r : reviews) {
            reviewMap.computeIfAbsent(r.policyId(), k -> new ArrayList<>()).add(r);
        }
        this.reviewsByPolicy = reviewMap;
        for (Acknowledgement a : acknowledgements) {
            Long policyId = policyOfVersion.get(a.versionId());
            if (policyId != null) {
                acksByStaffAndPolicy.computeIfAbsent(a.staffId(), k -> new HashMap<>())
                        .computeIfAbsent(policyId, k -> new ArrayList<>(2)).add(a);
            }
        }
        this.acknowledgementCount = acknowledgements.size();
    }

    public List<StaffMember> staff() {
        return staff;
    }

    public List<Policy> policies() {
        return policies;
    }

    public int defaultGraceDays() {
        return defaultGraceDays;
    }

    /** The file's schools (the trust's own row included), as loaded; empty when not given. */
    public List<School> schools() {
        return schools;
    }

    /**
     * The grace period for a person's gaps when the policy sets none: their school's own, else the file's
     * default (rule 3).
     */
    public int graceDaysFor(StaffMember person) {
        Integer own = graceBySchool.get(person.schoolId());
        return own != null ? own : defaultGraceDays;
    }

    public int acknowledgementCount() {
        return acknowledgementCount;
    }

    public List<PolicyVersion> versions(long policyId) {
        return versionsByPolicy.getOrDefault(policyId, List.of());
    }

    public List<Review> reviews(long policyId) {
        return reviewsByPolicy.getOrDefault(policyId, List.of());
    }

    public List<InductionItem> induction(long staffId) {
        return inductionByStaff.getOrDefault(staffId, List.of());
    }

    public Map<Long, List<InductionItem>> inductionByStaff() {
        return inductionByStaff;
    }

    public List<Acknowledgement> acknowledgements(long staffId, long policyId) {
        Map<Long, List<Acknowledgement>> byPolicy = acksByStaffAndPolicy.get(staffId);
        if (byPolicy == null) {
            return List.of();
        }
        return byPolicy.getOrDefault(policyId, List.of());
    }

    public Map<Long, List<Acknowledgement>> acknowledgementsOf(long staffId) {
        return acksByStaffAndPolicy.getOrDefault(staffId, Map.of());
    }

    public Long policyOfVersion(long versionId) {
        return policyOfVersion.get(versionId);
    }

    /** Whether this snapshot answers for the policy's reviews (all do, except one school's part of a trust). */
    public boolean reviewsHere(Policy policy) {
        return reviewedHere == null || reviewedHere.contains(policy.id());
    }

    /**
     * The file is a trust's: it holds the trust's own row (phase "trust") or more than one school. A single
     * school's file is a trust of one and never sees the word.
     */
    public boolean isTrust() {
        return partOfTrust || schools.stream().anyMatch(School::isTrust) || schools.size() > 1;
    }

    /**
     * The school rows whose people belong to {@code school}'s part of the file ({@link #forSchool}): the school
     * itself, and for the trust's own row every row of phase "trust" (the central team).
     */
    public java.util.Set<Long> staffSchoolIds(School school) {
        java.util.Set<Long> staffSchools = new java.util.HashSet<>();
        if (school.isTrust()) {
            schools.stream().filter(School::isTrust).forEach(s -> staffSchools.add(s.id()));
        }
        staffSchools.add(school.id());
        return staffSchools;
    }

    /**
     * The part of the file one school answers for: its people (for the trust's own row, the central team,
     * who belong to no school), the policies that apply to them (trust-wide ones and the school's own; for
     * the central team trust-wide ones only), and the reviews of the policies its governing body reviews: a
     * school's own policies (and, in a single school's file, every policy); the trust board's trust-wide ones.
     */
    public SchoolData forSchool(School school) {
        java.util.Set<Long> staffSchools = staffSchoolIds(school);
        boolean trust = isTrust();
        List<StaffMember> ownStaff = staff.stream().filter(s -> staffSchools.contains(s.schoolId())).toList();
        List<Policy> applying = new ArrayList<>();
        java.util.Set<Long> reviewed = new java.util.HashSet<>();
        for (Policy p : policies) {
            boolean trustWide = p.schoolId() == null;
            boolean own = !trustWide && staffSchools.contains(p.schoolId());
            if (trustWide || own) {
                applying.add(p);
            }
            if (own || (trustWide && (school.isTrust() || !trust))) {
                reviewed.add(p.id());
            }
        }
        List<PolicyVersion> versions = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (Policy p : applying) {
            versions.addAll(versions(p.id()));
            reviews.addAll(reviews(p.id()));
        }
        List<Acknowledgement> acks = new ArrayList<>();
        Map<Long, List<InductionItem>> induction = new HashMap<>();
        for (StaffMember s : ownStaff) {
            acknowledgementsOf(s.id()).values().forEach(acks::addAll);
            List<InductionItem> items = inductionByStaff.get(s.id());
            if (items != null) {
                induction.put(s.id(), items);
            }
        }
        SchoolData part = new SchoolData(ownStaff, applying, versions, acks, reviews, induction, schools,
                defaultGraceDays);
        part.reviewedHere = java.util.Set.copyOf(reviewed);
        part.partOfTrust = partOfTrust;
        return part;
    }

    /**
     * Marks this snapshot as holding part of a trust whose other schools it cannot see (a governor of one school on
     * a trust's server, #19), so a school's part of it answers for the same reviews as in the trust's whole file.
     */
    public SchoolData markPartOfTrust() {
        partOfTrust = true;
        return this;
    }
}
