package uk.schoolcompliance.tracker.domain.report;

import java.time.LocalDate;
import java.util.List;

import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.Tally;

/**
 * The governors' pack, computed once from {@code ComplianceCalculator} as of a date and rendered to
 * both the PDF and the workbook, so the two (and {@code summary --json}) always show the same figures.
 * With {@code names} false every person is a numbered label ("Person 0007"), never a name.
 * {@code outstanding} holds every gap in gap order, the absent marked: {@link #chased()} and
 * {@link #onAbsence()} split it the way every figure counts it.
 * With {@code peopleWithheld} (a governor's login on a trust's server, #19) the pack holds figures only: no row
 * about any person, numbered or named, since the login may read no table of people.
 */
public record GovernorsPack(
        String schoolName,
        Term term,
        LocalDate asOf,
        String preparedBy,
        LocalDate preparedOn,
        boolean names,
        Summary summary,
        List<Headline> headlines,
        List<ReviewRow> reviewSchedule,
        List<TermEvent> thisTerm,
        List<TallyRow> byPolicy,
        List<TallyRow> byCategory,
        AckMatrix acknowledgements,
        List<GapRow> outstanding,
        List<InductionRow> inductions,
        List<DataWarning> warnings,
        boolean peopleWithheld) {

    /** What the pack says where its lists of people would be, for a governor's login (#19). */
    public static final String WITHHELD = "Who they are is not included for a governor's login: "
            + "ask the school's office or leader for the names.";


    /**
     * A headline figure of the summary page. {@code value} is the number itself (a percentage for the
     * acknowledgement rate), null when there is nothing to measure yet ({@code shown} then says so);
     * {@code rag} is null for figures that carry no judgement (staff in post) or cannot be judged yet,
     * when {@code state} says why ({@link FigureWords#NOT_STARTED}, {@link FigureWords#NO_DATES}).
     */
    public record Headline(String key, String label, Double value, String shown, Rag rag, String state, String note) {

        /** The status column: the red/amber/green word, else the state, else a dash. */
        public String statusWord() {
            return rag != null ? rag.word() : state != null ? state : "\u2014";
        }
    }

    /**
     * One line of the review schedule: the fields of {@code reviews --json}, with the honest wording of the last
     * review or approval ("Last approved …" / "Last reviewed …") and the versions awaiting approval ("" if none).
     */
    public record ReviewRow(String policy, boolean statutory, String owner, String approvingBody,
                            LocalDate lastReviewed, Integer frequencyMonths, LocalDate nextDue, ReviewStatus status,
                            boolean dateError, String lastReview, String awaitingApproval) {
    }

    /** A version approved or a review completed within the term (on or before the as-of date). */
    public record TermEvent(LocalDate date, Kind kind, String policy, String what, String detail) {
        public enum Kind {
            APPROVAL("Approval"), REVIEW("Review completed");

            private final String label;

            Kind(String label) {
                this.label = label;
            }

            public String label() {
                return label;
            }
        }
    }

    /** Acknowledgement figures of a policy or a staff category. */
    public record TallyRow(String label, Tally tally) {
        public double percent() {
            return tally.percent();
        }

        /** The rows added up (the "All" line under a table of rows). */
        public static Tally total(List<TallyRow> rows) {
            Tally t = Tally.EMPTY;
            for (TallyRow r : rows) {
                Tally x = r.tally();
                t = new Tally(t.inScope() + x.inScope(), t.done() + x.done(), t.outstanding() + x.outstanding(),
                        t.overdue() + x.overdue(), t.absent() + x.absent());
            }
            return t;
        }
    }

    /** A person's position against one policy: the acknowledgement date when done, else the due date. */
    public record AckCell(ObligationStatus status, LocalDate date) {
    }

    /** A row of the staff × policy grid; {@code cells} follow {@link AckMatrix#policies()}, null when not in scope. */
    public record AckRow(String person, StaffCategory category, String jobTitle, AckCell[] cells) {
    }

    /** Staff × policy: the columns are the policies with any obligation, the rows the people in scope of any. */
    public record AckMatrix(List<String> policies, List<AckRow> rows) {
    }

    /**
     * A gap: an outstanding acknowledgement, or (status ABSENT) the gap of someone on long-term absence,
     * listed apart and never counted as outstanding.
     */
    public record GapRow(String policy, String person, StaffCategory category, String version, LocalDate due,
                         ObligationStatus status, long daysOverdue) {
    }

    /** A person's induction plan on the as-of date. */
    public record InductionRow(String person, StaffCategory category, LocalDate startDate, int itemsDone,
                               int itemsTotal, int overdueItems, String nextItem, LocalDate nextDue) {
        public boolean complete() {
            return itemsDone == itemsTotal;
        }
    }

    /** The outstanding acknowledgements: the gaps to chase, as many as {@code summary().ackOutstanding()}. */
    public List<GapRow> chased() {
        return outstanding.stream().filter(g -> g.status() != ObligationStatus.ABSENT).toList();
    }

    /** The gaps of people on long-term absence, listed apart: as many as {@code summary().ackAbsent()}. */
    public List<GapRow> onAbsence() {
        return outstanding.stream().filter(g -> g.status() == ObligationStatus.ABSENT).toList();
    }

    /** The inductions still in progress (the ones governors are shown). */
    public List<InductionRow> inductionsInProgress() {
        return inductions.stream().filter(r -> !r.complete()).toList();
    }

    public long approvalsThisTerm() {
        return thisTerm.stream().filter(e -> e.kind() == TermEvent.Kind.APPROVAL).count();
    }

    public long reviewsCompletedThisTerm() {
        return thisTerm.stream().filter(e -> e.kind() == TermEvent.Kind.REVIEW).count();
    }

    /** The pack's sections in the order the PDF prints them, for previews. */
    public static List<String> sections() {
        return List.of("Cover", "Summary", "Policy review schedule", "Approvals and reviews this term",
                "Acknowledgements by policy", "Acknowledgements by staff category", "Inductions",
                "Data quality");
    }
}
