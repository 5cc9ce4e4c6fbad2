package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rules 1–3 and 5 of docs/domain.md as pure functions.
 *
 * <ol>
 *   <li>In scope on D: in post on D, category in the policy's audience, the policy active, and the policy
 *       trust-wide (no school) or the person's own school's.</li>
 *   <li>Required version on D: the newest version effective on or before D that is a material change
 *       (the first version always counts as one). It, or any later version, satisfies. With periodic
 *       re-acknowledgement an acknowledgement older than the period no longer counts.</li>
 *   <li>A gap is due on the later of the required version's effective date, the start date (and, for an
 *       expired periodic acknowledgement, its expiry), plus the grace period; a new starter's induction
 *       item for the policy sets its own due date instead. Past it: overdue. Absent staff: listed apart.</li>
 * </ol>
 */
public final class ComplianceRules {

    public static final int DEFAULT_GRACE_DAYS = 14;

    private ComplianceRules() {
    }

    /** Rule 1. */
    public static boolean inScope(StaffMember staff, Policy policy, LocalDate asOf) {
        return policy.isActive() && staff.inPostOn(asOf) && policy.appliesTo(staff.category())
                && coversSchool(policy, staff.schoolId());
    }

    /**
     * The school part of rule 1: a policy with no school is trust-wide and covers the staff of every school
     * and the central team; a policy with a school covers that school's staff only.
     */
    public static boolean coversSchool(Policy policy, long schoolId) {
        return policy.schoolId() == null || policy.schoolId() == schoolId;
    }

    /**
     * Rule 2: index (in {@code chronological}) of the required version on D, or -1 when no version is
     * effective yet. {@code chronological} must be sorted by {@link PolicyVersion#CHRONOLOGICAL}.
     */
    public static int requiredVersionIndex(List<PolicyVersion> chronological, LocalDate asOf) {
        int required = -1;
        for (int i = 0; i < chronological.size(); i++) {
            PolicyVersion v = chronological.get(i);
            if (v.effectiveFrom().isAfter(asOf)) {
                break;
            }
            if (i == 0 || v.material()) {
                required = i;
            }
        }
        return required;
    }

    public static Optional<PolicyVersion> requiredVersion(List<PolicyVersion> chronological, LocalDate asOf) {
        int i = requiredVersionIndex(chronological, asOf);
        return i < 0 ? Optional.empty() : Optional.of(chronological.get(i));
    }

    /** Whether an acknowledgement still counts on D given the policy's re-acknowledgement period. */
    public static boolean stillCurrent(Acknowledgement ack, Integer reackMonths, LocalDate asOf) {
        return reackMonths == null || ack.date().plusMonths(reackMonths).isAfter(asOf);
    }

    /**
     * Rules 1–3 for one staff member and one policy.
     *
     * @param chronological the policy's versions, oldest first
     * @param acks          the staff member's acknowledgements of any version of this policy (any order)
     * @param defaultGrace  the person's school's grace period in days ({@link SchoolData#graceDaysFor}), used
     *                      when the policy sets none
     * @param inductionDue  the due date of the staff member's induction item for this policy, or null
     * @return empty when the staff member is not in scope or the policy has no effective version
     */
    public static Optional<Obligation> assess(StaffMember staff, Policy policy, List<PolicyVersion> chronological,
                                              List<Acknowledgement> acks, LocalDate asOf, int defaultGrace,
                                              LocalDate inductionDue) {
        if (!inScope(staff, policy, asOf)) {
            return Optional.empty();
        }
        int requiredIndex = requiredVersionIndex(chronological, asOf);
        if (requiredIndex < 0) {
            return Optional.empty();
        }
        return Optional.of(assessInScope(staff, policy, chronological, requiredIndex, acks, asOf, defaultGrace,
                inductionDue));
    }

    /**
     * Rules 2–3 for a staff member already known to be in scope (rule 1), with the required version's
     * index ({@link #requiredVersionIndex}, not negative) worked out once per policy by the caller.
     * {@link #assess} is this after its checks, so both give the same answer.
     */
    public static Obligation assessInScope(StaffMember staff, Policy policy, List<PolicyVersion> chronological,
                                           int requiredIndex, List<Acknowledgement> acks, LocalDate asOf,
                                           int defaultGrace, LocalDate inductionDue) {
        PolicyVersion required = chronological.get(requiredIndex);
        Acknowledgement best = null;
        LocalDate lastExpired = null;
        for (Acknowledgement ack : acks) {
            if (!ack.countsOn(asOf)) {
                continue;
            }
            int index = indexOf(chronological, ack.versionId());
            if (index < requiredIndex) {
                continue;
            }
            if (stillCurrent(ack, policy.reackMonths(), asOf)) {
                if (best == null || ack.date().isAfter(best.date())) {
                    best = ack;
                }
            } else {
                LocalDate expiry = ack.date().plusMonths(policy.reackMonths());
                if (lastExpired == null || expiry.isAfter(lastExpired)) {
                    lastExpired = expiry;
                }
            }
        }
        LocalDate base = max(required.effectiveFrom(), staff.startDate());
        if (lastExpired != null) {
            base = max(base, lastExpired);
        }
        int grace = policy.graceDays() != null ? policy.graceDays() : defaultGrace;
        LocalDate due = base.plusDays(grace);
        if (inductionDue != null && lastExpired == null && !staff.startDate().isBefore(required.effectiveFrom())) {
            due = inductionDue;
        }
        ObligationStatus status;
        if (best != null) {
            status = ObligationStatus.SATISFIED;
        } else if (staff.absentOn(asOf)) {
            status = ObligationStatus.ABSENT;
        } else if (asOf.isAfter(due)) {
            status = ObligationStatus.OVERDUE;
        } else {
            status = ObligationStatus.DUE;
        }
        return new Obligation(staff, policy, required, status, due, best);
    }

    private static int indexOf(List<PolicyVersion> chronological, long versionId) {
        for (int i = 0; i < chronological.size(); i++) {
            if (chronological.get(i).id() == versionId) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
