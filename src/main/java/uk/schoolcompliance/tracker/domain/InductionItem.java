package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * One item of a staff member's induction plan. A task is done when ticked ({@code doneOn});
 * a policy item is done when a counting acknowledgement of the policy exists (see {@link InductionRules}).
 */
public record InductionItem(
        long id,
        long planId,
        int position,
        InductionItemKind kind,
        Long policyId,
        String title,
        LocalDate dueDate,
        LocalDate doneOn,
        String doneBy) {
}
