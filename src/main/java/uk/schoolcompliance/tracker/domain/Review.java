package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * A scheduled (and, once {@code completedOn} is set, completed) review of a policy. A completed review
 * may record its approval: the approving body, the date of the meeting that approved it and the minute
 * reference; {@code nextDueSet} is the next review date set by hand when it was completed (else the
 * next date follows from the completion date and the frequency); {@code versionId} is the version whose
 * approval completed it, if one did.
 */
public record Review(
        long id,
        long policyId,
        LocalDate dueDate,
        LocalDate plannedMeeting,
        String reviewer,
        LocalDate completedOn,
        ReviewOutcome outcome,
        String notes,
        String approvedBy,
        LocalDate meetingDate,
        String minuteRef,
        LocalDate nextDueSet,
        Long versionId) {

    /** A review without approval details (planned, or completed before approvals were recorded). */
    public Review(long id, long policyId, LocalDate dueDate, LocalDate plannedMeeting, String reviewer,
                  LocalDate completedOn, ReviewOutcome outcome, String notes) {
        this(id, policyId, dueDate, plannedMeeting, reviewer, completedOn, outcome, notes, null, null, null, null, null);
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    /** True when the review records its approval: the date of the meeting that approved it. */
    public boolean isApproved() {
        return isCompleted() && meetingDate != null;
    }

    public Review withId(long newId) {
        return new Review(newId, policyId, dueDate, plannedMeeting, reviewer, completedOn, outcome, notes, approvedBy,
                meetingDate, minuteRef, nextDueSet, versionId);
    }
}
