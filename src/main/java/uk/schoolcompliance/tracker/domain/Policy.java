package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A policy. {@code schoolId} is null for a trust-wide policy. {@code reviewMonths} null means a live
 * document with no review cycle; {@code reackMonths} null means no periodic re-acknowledgement;
 * {@code graceDays} null means the school's default grace period.
 */
public record Policy(
        long id,
        Long schoolId,
        String title,
        String referenceCode,
        String area,
        boolean statutory,
        String owner,
        String approvingBody,
        Integer reviewMonths,
        Integer reackMonths,
        Integer graceDays,
        LocalDate nextReviewOverride,
        PolicyStatus status,
        Set<StaffCategory> audience) {

    public Policy {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        audience = audience == null || audience.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audience));
    }

    public boolean appliesTo(StaffCategory category) {
        return audience.contains(category);
    }

    public boolean isActive() {
        return status == PolicyStatus.ACTIVE;
    }

    public Policy withId(long newId) {
        return new Policy(newId, schoolId, title, referenceCode, area, statutory, owner, approvingBody, reviewMonths,
                reackMonths, graceDays, nextReviewOverride, status, audience);
    }

    public Policy withStatus(PolicyStatus newStatus) {
        return new Policy(id, schoolId, title, referenceCode, area, statutory, owner, approvingBody, reviewMonths,
                reackMonths, graceDays, nextReviewOverride, newStatus, audience);
    }

    public Policy withNextReviewOverride(LocalDate date) {
        return new Policy(id, schoolId, title, referenceCode, area, statutory, owner, approvingBody, reviewMonths,
                reackMonths, graceDays, date, status, audience);
    }

    /** Describes the audience the way schools say it: "Everyone", "All staff", or the list. */
    public static String describeAudience(Set<StaffCategory> audience) {
        if (audience.containsAll(StaffCategory.EVERYONE)) {
            return "Everyone";
        }
        if (audience.equals(StaffCategory.ALL_STAFF)) {
            return "All staff";
        }
        StringBuilder sb = new StringBuilder();
        for (StaffCategory c : StaffCategory.values()) {
            if (audience.contains(c)) {
                sb.append(sb.isEmpty() ? "" : ", ").append(c.label());
            }
        }
        return sb.toString();
    }
}
