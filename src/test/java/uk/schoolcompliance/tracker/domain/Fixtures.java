package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.Set;

/** Small builders for the rule tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static StaffMember staff(long id, StaffCategory cat, String start, String leave) {
        return new StaffMember(id, 1, "Given" + id, "Family" + id, "R" + id, "p" + id + "@school.uk", cat, "Job",
                d(start), leave == null ? null : d(leave), null, null);
    }

    public static Policy policy(long id, Set<StaffCategory> audience, Integer reviewMonths, Integer reackMonths) {
        return new Policy(id, 1L, "Policy " + id, "P" + id, "Safeguarding", true, "Owner", "Full governing body",
                reviewMonths, reackMonths, null, null, PolicyStatus.ACTIVE, audience);
    }

    public static PolicyVersion version(long id, long policyId, String label, String effective, boolean material) {
        return new PolicyVersion(id, policyId, label, null, null, null, "FGB", d(effective), null, d(effective), null,
                material);
    }

    public static Acknowledgement ack(long id, long staffId, long versionId, String date) {
        return new Acknowledgement(id, staffId, versionId, d(date), AckMethod.PAPER, "Office", null, false, null);
    }
}
