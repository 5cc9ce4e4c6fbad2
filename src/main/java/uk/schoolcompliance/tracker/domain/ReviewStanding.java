package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy's review position on a date: when it was last reviewed (or approved) and by what, when the
 * next review is due, its status, whether the dates contradict each other (rule 4's data error), and
 * the versions still awaiting approval (which move nothing until they are approved).
 */
public record ReviewStanding(
        Policy policy,
        LocalDate lastReviewed,
        LocalDate nextDue,
        ReviewStatus status,
        boolean dateError,
        LastReview last,
        List<PolicyVersion> awaitingApproval) {

    public ReviewStanding {
        awaitingApproval = awaitingApproval == null ? List.of() : List.copyOf(awaitingApproval);
    }

    public ReviewStanding(Policy policy, LocalDate lastReviewed, LocalDate nextDue, ReviewStatus status,
                          boolean dateError) {
        this(policy, lastReviewed, nextDue, status, dateError, null, List.of());
    }

    /** The honest wording of the last review or approval ("Last approved …" / "Last reviewed …"). */
    public String describeLast() {
        return last == null ? "Not yet reviewed or approved" : last.describe();
    }

    /** "Version 4.1 (effective 10/01/2025) awaiting approval; …", or "" when nothing awaits approval. */
    public String describeAwaiting() {
        StringBuilder sb = new StringBuilder();
        for (PolicyVersion v : awaitingApproval) {
            sb.append(sb.isEmpty() ? "" : "; ").append(ReviewRules.describeAwaiting(v));
        }
        return sb.toString();
    }
}
