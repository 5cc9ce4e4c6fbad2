package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * Who is taken as already inducted when staff are added, so gets no induction plan: everyone who started before
 * {@code inductedBefore}. Everyone who started on or after it (and has not left) gets a plan. {@code null} means
 * nobody is taken as inducted: everyone added gets a plan.
 *
 * <p>The usual rule ({@link #usual(LocalDate)}) is {@link InductionRules#needsPlan}: people who started more than
 * {@link InductionRules#NEW_STARTER_DAYS} days ago. Setting up a school moves the date (the wizard's "People who
 * started before DATE have already been inducted"), because existing staff were inducted before the school used
 * the tracker; they get no plan rather than a plan ticked off with dates nobody recorded.
 */
public record InductionCutoff(LocalDate inductedBefore) {

    /** Nobody is taken as inducted: everyone added gets a plan. */
    public static final InductionCutoff NOBODY = new InductionCutoff(null);

    /** The usual rule on {@code today}: people who started before today minus the new-starter window. */
    public static InductionCutoff usual(LocalDate today) {
        return new InductionCutoff(defaultDate(today));
    }

    /** The date the wizard proposes: today minus {@link InductionRules#NEW_STARTER_DAYS}. */
    public static LocalDate defaultDate(LocalDate today) {
        return today.minusDays(InductionRules.NEW_STARTER_DAYS);
    }

    /** Whether someone who started on {@code startDate} still needs a plan (not taken as inducted). */
    public boolean needsPlan(LocalDate startDate) {
        return inductedBefore == null || !startDate.isBefore(inductedBefore);
    }
}
