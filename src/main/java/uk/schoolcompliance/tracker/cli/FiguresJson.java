package uk.schoolcompliance.tracker.cli;

import uk.schoolcompliance.tracker.domain.Summary;

/**
 * The figures {@code summary --json} and each entry of {@code schools --json} share, as JSON: acknowledgements
 * (required, done, outstanding, overdue, percent), reviews (overdue, dueSoon) and induction (inProgress,
 * overdueItems).
 */
final class FiguresJson {

    private FiguresJson() {
    }

    record Acknowledgements(int required, int done, int outstanding, int overdue, double percent) {
        static Acknowledgements of(Summary s) {
            return new Acknowledgements(s.ackRequired(), s.ackDone(), s.ackOutstanding(), s.ackOverdue(), s.ackPercent());
        }
    }

    record Reviews(int overdue, int dueSoon) {
        static Reviews of(Summary s) {
            return new Reviews(s.reviewsOverdue(), s.reviewsDueSoon());
        }
    }

    record Induction(int inProgress, int overdueItems) {
        static Induction of(Summary s) {
            return new Induction(s.inductionInProgress(), s.inductionOverdueItems());
        }
    }
}
