package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;

/**
 * A policy's review position on a date: when it was last reviewed (or approved), when the next
 * review is due, its status, and whether the dates contradict each other (rule 4's data error).
 */
public record ReviewStanding(
        Policy policy,
        LocalDate lastReviewed,
        LocalDate nextDue,
        ReviewStatus status,
        boolean dateError) {
}
