package uk.schoolcompliance.tracker.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup file: when it was taken, why ("daily", "manual", "before-import", "before-migration",
 * "before-restore", "before-erasure") and its size in bytes.
 */
public record Backup(Path file, LocalDateTime takenAt, String reason, long size) {
}
