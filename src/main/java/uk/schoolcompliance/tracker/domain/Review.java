package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/** A scheduled (and, once {@code completedOn} is set, completed) review of a policy. */
public record Review(
        long id,
        long policyId,
        LocalDate dueDate,
        LocalDate plannedMeeting,
        String reviewer,
        LocalDate completedOn,
        ReviewOutcome outcome,
        String notes) {

    public boolean isCompleted() {
        return completedOn != null;
    }
}
