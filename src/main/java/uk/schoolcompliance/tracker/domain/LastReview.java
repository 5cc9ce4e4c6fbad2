package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What last set a policy's review clock (rule 4): a completed review, or the approval of a version.
 * Exactly one of {@code review} and {@code version} is set; {@code date} is the review's completion date
 * or the version's approval date. {@link #describe()} is the one wording the pages, the command line
 * and the governors' pack use, so a review that changed nothing is never called an approval.
 */
public record LastReview(LocalDate date, Review review, PolicyVersion version, String versionLabel) {

    public LastReview {
        Objects.requireNonNull(date, "date");
        if ((review == null) == (version == null)) {
            throw new IllegalArgumentException("a last review is either a review or a version");
        }
    }

    public static LastReview of(Review r, List<PolicyVersion> versions) {
        return new LastReview(r.completedOn(), r, null, versionLabel(r, versions));
    }

    public static LastReview of(PolicyVersion v) {
        return new LastReview(v.approvedOn(), null, v, v.label());
    }

    /**
     * True for an approval: an approved version, or a review whose approval is recorded and that changed
     * the policy (minor amendments or a new version). A review with no change is a review, even when the
     * governors noted it at a meeting.
     */
    public boolean isApproval() {
        if (version != null) {
            return true;
        }
        return review.isApproved()
                && (review.outcome() == ReviewOutcome.MINOR_AMENDMENTS || review.outcome() == ReviewOutcome.NEW_VERSION);
    }

    /**
     * "Last approved 08/07/2026 (version 5.0, approved by Full governing body, minute FGB 26/07 item 9)" or
     * "Last reviewed 14/10/2026 (no change, approved by Full governing body on 14/10/2026, minute FGB 26/10)".
     */
    public String describe() {
        String detail = version != null ? describe(version) : describe(review, versionLabel);
        return (isApproval() ? "Last approved " : "Last reviewed ") + Dates.forPeople(date) + " (" + detail + ")";
    }

    /** "version 5.0, approved by Full governing body, minute FGB 26/07 item 9" (what is known of it). */
    public static String describe(PolicyVersion v) {
        StringBuilder sb = new StringBuilder("version ").append(v.label());
        if (v.approvedOn() != null) {
            append(sb, blank(v.approvedBy()) ? "approved" : "approved by " + v.approvedBy().strip());
        }
        if (!blank(v.minuteRef())) {
            append(sb, "minute " + v.minuteRef().strip());
        }
        return sb.toString();
    }

    /**
     * "no change, approved by Full governing body on 14/10/2026, minute FGB 26/10 item 3", "new version 5.0,
     * no approval recorded": the outcome, the version that completed it, the approval and the
     * minute, as far as they are recorded.
     */
    public static String describe(Review r, String versionLabel) {
        StringBuilder sb = new StringBuilder(r.outcome() == null ? "outcome not recorded"
                : r.outcome().label().toLowerCase(Locale.ROOT));
        if (versionLabel != null) {
            if (r.outcome() == ReviewOutcome.NEW_VERSION) {
                sb.append(' ').append(versionLabel);
            } else {
                append(sb, "version " + versionLabel);
            }
        }
        if (r.meetingDate() != null) {
            append(sb, (blank(r.approvedBy()) ? "approved" : "approved by " + r.approvedBy().strip()) + " on "
                    + Dates.forPeople(r.meetingDate()));
        } else if (r.outcome() == ReviewOutcome.MINOR_AMENDMENTS || r.outcome() == ReviewOutcome.NEW_VERSION) {
            append(sb, "no approval recorded");
        }
        if (!blank(r.minuteRef())) {
            append(sb, "minute " + r.minuteRef().strip());
        }
        return sb.toString();
    }

    /** The label of the version that completed the review, when it is one of {@code versions}. */
    public static String versionLabel(Review r, List<PolicyVersion> versions) {
        if (r.versionId() == null) {
            return null;
        }
        return versions.stream().filter(v -> v.id() == r.versionId()).map(PolicyVersion::label).findFirst().orElse(null);
    }

    private static void append(StringBuilder sb, String part) {
        sb.append(sb.isEmpty() ? "" : ", ").append(part);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
