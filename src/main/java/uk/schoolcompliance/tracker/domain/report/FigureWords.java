package uk.schoolcompliance.tracker.domain.report;

import uk.schoolcompliance.tracker.domain.Summary;

/**
 * The words the command line and the governors' pack use for figures that need more than a number
 * (the window says the same through its i18n bundles): the gaps of people on long-term absence, listed
 * apart and never chased, and figures that mean nothing yet ("not started", "no dates yet") and so are
 * never shown as on track.
 */
public final class FigureWords {

    /** Acknowledgements when nothing is required yet ({@link Summary#ackNotStarted()}). */
    public static final String NOT_STARTED = "Not started";
    /** Review figures while some active policy has no review date ({@link Summary#reviewDatesMissing()}). */
    public static final String NO_DATES = "No dates yet";
    /** Why acknowledgements have not started. */
    public static final String NOT_STARTED_WHY = "no policy version is in effect for anyone in post";

    private FigureWords() {
    }

    /** "plus 3 on long-term absence, not chased". */
    public static String absent(int n) {
        return "plus " + n + " on long-term absence, not chased";
    }

    /** "30 of 30 active policies have no review date yet". */
    public static String noDates(Summary s) {
        return s.reviewsNoDate() + " of " + s.policiesActive() + " active "
                + (s.policiesActive() == 1 ? "policy" : "policies") + " "
                + (s.reviewsNoDate() == 1 ? "has" : "have") + " no review date yet";
    }
}
