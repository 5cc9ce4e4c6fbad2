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
    private final Map<Long, Long> policyOfVersion = new HashMap<>();
    private final Map<Long, Map<Long, List<Acknowledgement>>> acksByStaffAndPolicy = new HashMap<>();
    private final int acknowledgementCount;

    public SchoolData(List<StaffMember> staff, List<Policy> policies, List<PolicyVersion> versions,
                      List<Acknowledgement> acknowledgements, List<Review> reviews,
                      Map<Long, List<InductionItem>> inductionByStaff, int defaultGraceDays) {
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
}
