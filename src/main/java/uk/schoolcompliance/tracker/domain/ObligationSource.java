package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a {@link ComplianceCalculator} gets rules 1-3 and 5 of docs/rules.md from when they are not computed
 * here in Java: the database's set-based queries ({@code store.FigureQueries}), which answer for the same
 * people and policies as the calculator's {@link SchoolData} (that snapshot then holds no acknowledgements).
 * The Java rules ({@link ComplianceRules}, the calculator without a source) stay the reference these answers
 * are tested against, obligation by obligation.
 */
public interface ObligationSource {

    /** Every obligation on D, policy by policy in {@code data.policies()} order, staff in {@code data.staff()} order. */
    void forEachObligation(LocalDate asOf, Consumer<Obligation> visitor);

    /** Every gap (absent people included) on D, in any order. */
    List<Obligation> gaps(LocalDate asOf);

    /** One policy's obligations on D, in {@code data.staff()} order. */
    List<Obligation> obligations(Policy policy, LocalDate asOf);

    /** One person's obligation for one policy on D (empty when not in scope or no version is in effect). */
    Optional<Obligation> obligation(StaffMember staff, Policy policy, LocalDate asOf);

    /** The figures of all obligations on D. */
    Tally total(LocalDate asOf);

    /** The figures per policy id (policies with at least one obligation). */
    Map<Long, Tally> tallyByPolicy(LocalDate asOf);

    /** The figures per staff category (categories with at least one obligation). */
    Map<StaffCategory, Tally> tallyByCategory(LocalDate asOf);

    /**
     * For each person with an induction plan: their earliest counting acknowledgement (not void, dated on or
     * before D) per policy, any version.
     */
    Map<Long, Map<Long, LocalDate>> firstAcksOfInducted(LocalDate asOf);

    /** One person's earliest counting acknowledgement per policy on D. */
    Map<Long, LocalDate> firstAckByPolicy(long staffId, LocalDate asOf);

    /**
     * How many people are in post on D, when the source knows it without the snapshot holding them (a governor's
     * counts on a trust's server, #19); empty: count the snapshot's people.
     */
    default java.util.OptionalInt staffInPost(LocalDate asOf) {
        return java.util.OptionalInt.empty();
    }

    /**
     * How many people in post on D have no email address, when the source knows it without the snapshot holding
     * them (a governor's counts, #19); empty: count the snapshot's people.
     */
    default java.util.OptionalInt staffWithoutEmail(LocalDate asOf) {
        return java.util.OptionalInt.empty();
    }

    /**
     * False when the source counts people without knowing who they are (a governor's login, #19): a list of people
     * (gaps, obligations, inductions) cannot be had from it, only the figures.
     */
    default boolean namesPeople() {
        return true;
    }

    /** Induction figures on D: people not gone with an unfinished plan, and items past due not done. */
    record InductionFigures(int inProgress, int overdueItems) {
    }

    /**
     * The induction figures, when the source knows them without the snapshot holding the people (a governor's
     * counts, #19); empty: work them out from the snapshot's plans.
     */
    default java.util.Optional<InductionFigures> inductionFigures(LocalDate asOf) {
        return java.util.Optional.empty();
    }

    /**
     * Every gap (absent people included) on D in {@link ComplianceCalculator#GAP_ORDER}, one at a time; a source that
     * can give them in that order without holding them all (the database) says so by overriding this.
     */
    default void forEachGap(LocalDate asOf, Consumer<Obligation> visitor) {
        List<Obligation> gaps = new java.util.ArrayList<>(gaps(asOf));
        gaps.sort(ComplianceCalculator.GAP_ORDER);
        gaps.forEach(visitor);
    }
}
