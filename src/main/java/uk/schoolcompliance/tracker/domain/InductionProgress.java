package uk.schoolcompliance.tracker.domain;

import java.util.List;

/** A staff member's induction plan on a date: items, how many are done, and which are overdue. */
public record InductionProgress(
        StaffMember staff,
        List<InductionItem> items,
        int itemsDone,
        List<InductionItem> overdueItems,
        InductionItem nextItem) {

    public boolean complete() {
        return itemsDone == items.size();
    }

    public double fraction() {
        return items.isEmpty() ? 1.0 : (double) itemsDone / items.size();
    }
}
