package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One approved version of a policy. The document bytes are kept in the store and loaded on demand;
 * this record carries their SHA-256, file name and media type.
 */
public record PolicyVersion(
        long id,
        long policyId,
        String label,
        String documentSha256,
        String fileName,
        String mediaType,
        String approvedBy,
        LocalDate approvedOn,
        String minuteRef,
        LocalDate effectiveFrom,
        String changeSummary,
        boolean material) {

    /** Oldest first: by effective date, then by id (the order they were added). */
    public static final Comparator<PolicyVersion> CHRONOLOGICAL =
            Comparator.comparing(PolicyVersion::effectiveFrom).thenComparingLong(PolicyVersion::id);

    public PolicyVersion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    public boolean hasDocument() {
        return documentSha256 != null;
    }

    public PolicyVersion withId(long newId) {
        return new PolicyVersion(newId, policyId, label, documentSha256, fileName, mediaType, approvedBy, approvedOn,
                minuteRef, effectiveFrom, changeSummary, material);
    }
}
