package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * When induction items are done and overdue. A task is done once ticked on or before D; a policy item
 * is done once the staff member has a counting acknowledgement of any version of that policy on D.
 * An item not done by D whose due date is before D is overdue.
 */
public final class InductionRules {

    private InductionRules() {
    }

    /** Plans are made for starters whose start date is in the future or within the last 60 days. */
    public static final int NEW_STARTER_DAYS = 60;

    public static boolean needsPlan(LocalDate startDate, LocalDate today) {
        return !startDate.isBefore(today.minusDays(NEW_STARTER_DAYS));
    }

    /**
     * @param firstAckByPolicy the staff member's earliest counting acknowledgement date per policy id
     * @return the date the item was done on or before D, or null
     */
    public static LocalDate doneOn(InductionItem item, Map<Long, LocalDate> firstAckByPolicy, LocalDate asOf) {
        if (item.kind() == InductionItemKind.TASK) {
            return item.doneOn() != null && !item.doneOn().isAfter(asOf) ? item.doneOn() : null;
        }
        LocalDate ack = firstAckByPolicy.get(item.policyId());
        return ack != null && !ack.isAfter(asOf) ? ack : null;
    }

    public static boolean isOverdue(InductionItem item, Map<Long, LocalDate> firstAckByPolicy, LocalDate asOf) {
        return doneOn(item, firstAckByPolicy, asOf) == null && item.dueDate().isBefore(asOf);
    }

    public static long doneCount(List<InductionItem> items, Map<Long, LocalDate> firstAckByPolicy, LocalDate asOf) {
        return items.stream().filter(i -> doneOn(i, firstAckByPolicy, asOf) != null).count();
    }
}
