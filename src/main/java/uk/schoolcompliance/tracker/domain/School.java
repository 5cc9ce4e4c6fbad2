package uk.schoolcompliance.tracker.domain;

import java.util.Objects;

/**
 * A school of the file: name, URN (optional), phase code and its own grace period (null: the trust's, or the
 * file's, default). A trust's database keeps the trust itself as one more row with phase {@code trust}: the
 * people in it are the trust's central team, who belong to no school.
 */
public record School(long id, String name, String urn, String phase, Integer graceDays) {

    /** The phase code of the trust's own row. */
    public static final String TRUST_PHASE = "trust";

    public School {
        Objects.requireNonNull(name, "name");
    }

    /** This row is the trust itself (its people are the central team), not a school. */
    public boolean isTrust() {
        return TRUST_PHASE.equals(phase);
    }
}
