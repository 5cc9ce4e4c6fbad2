package uk.schoolcompliance.tracker.domain;

/** How a review (or re-acknowledgement) frequency in months reads for people, everywhere it is shown. */
public final class FrequencyWords {

    private FrequencyWords() {
    }

    /** "Annually", "Every 2 years", "Every 6 months", "Live document" (null: no cycle). */
    public static String describe(Integer months) {
        if (months == null) {
            return "Live document";
        }
        if (months == 12) {
            return "Annually";
        }
        if (months % 12 == 0) {
            return "Every " + months / 12 + " years";
        }
        return "Every " + months + " months";
    }
}
