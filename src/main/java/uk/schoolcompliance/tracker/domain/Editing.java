package uk.schoolcompliance.tracker.domain;

/**
 * A record as its user opened it for editing, with the version it was at: the save hands the version back, and is
 * refused when someone else has changed the record since (issue #19).
 */
public record Editing<T>(T record, long version) {
}
