package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.schoolcompliance.tracker.domain.Dates;

/**
 * What restoring a backup over a database would undo, worked out before anything is touched, so the command line
 * and the window can list it and ask: the changes recorded in the database since the backup (from the audit log,
 * which is append-only, so an earlier backup holds a prefix of it), the imports among them, and the erasures the
 * backup predates (people erased in the database whose details the backup still holds: they are erased again after
 * restoring unless the user says otherwise).
 *
 * @param state           whether there is a database to replace and whether it could be read
 * @param earlierCopy     the backup's whole history is the start of the database's: an earlier copy of it
 * @param partedAfter     when the last change both files share was recorded (null: they share none)
 * @param changesUndone   audit lines in the database after the shared history
 * @param undoneByRecord  those lines counted by record type, most first
 * @param backupOnly      audit lines in the backup the database does not have (0 for an earlier copy)
 * @param mark            the database's newest audit line: a restore confirmed on this plan is refused if it moved
 */
public record RestorePlan(Path database, Path backup, State state, String unreadableReason, boolean earlierCopy,
                          Instant partedAfter, int changesUndone, Map<String, Integer> undoneByRecord, int backupOnly,
                          List<Erasure> erasures, List<Import> imports, String mark) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    public enum State {
        /** No database file yet (or an empty one): nothing is replaced. */
        NO_DATABASE,
        READABLE,
        /** Damaged or not ours: what it holds cannot be listed, and its erasures cannot be re-applied. */
        UNREADABLE
    }

    /** A person erased in the database whose details the backup still holds (by staff id and creation stamp). */
    public record Erasure(long staffId, LocalDate leftOn, LocalDate erasedOn) {

        /** How the person is named once erased: never by the name the backup holds. */
        public String label() {
            return "person #" + staffId;
        }
    }

    /** An import recorded since the backup. */
    public record Import(Instant at, String description) {
    }

    public RestorePlan {
        undoneByRecord = Map.copyOf(undoneByRecord);
        erasures = List.copyOf(erasures);
        imports = List.copyOf(imports);
    }

    /**
     * True when the restore would undo or replace anything, or cannot tell: then it must be confirmed (the command
     * line's {@code --yes}, the window's second question). Restoring a backup identical in history to the database
     * needs no confirmation.
     */
    public boolean needsConfirmation() {
        return switch (state) {
            case NO_DATABASE -> false;
            case UNREADABLE -> true;
            case READABLE -> !earlierCopy || changesUndone > 0 || !erasures.isEmpty();
        };
    }

    /**
     * The list shown before a restore (and recorded in its audit line): a first line saying what is undone, then one
     * line per erasure and import. Empty when {@link #needsConfirmation()} is false.
     */
    public List<String> lines(boolean reapplyErasures, ZoneId zone) {
        List<String> out = new ArrayList<>();
        if (!needsConfirmation()) {
            return out;
        }
        String restoring = "Restoring " + database + " from " + backup;
        if (state == State.UNREADABLE) {
            out.add(restoring + " replaces a database that cannot be read (" + unreadableReason + "): what it would "
                    + "undo cannot be listed and erasures recorded in it cannot be re-applied; after restoring, run "
                    + "retention to erase again whoever is due");
            return out;
        }
        boolean more = !erasures.isEmpty() || !imports.isEmpty();
        String by = byRecord();
        if (earlierCopy) {
            out.add(restoring + " would undo " + count(changesUndone, "change") + " recorded since the backup was taken"
                    + (by.isEmpty() ? "" : " (" + by + ")") + (more ? ":" : "."));
        } else {
            out.add(restoring + " would replace it by a file that is not an earlier copy of it ("
                    + (partedAfter == null ? "they share no history" : "their histories part after "
                    + WHEN.format(partedAfter.atZone(zone))) + "): " + count(changesUndone, "change")
                    + " recorded here would be undone" + (by.isEmpty() ? "" : " (" + by + ")") + ", and the backup holds "
                    + count(backupOnly, "change") + " this database does not have" + (more ? ":" : "."));
        }
        for (Erasure e : erasures) {
            out.add("  - erasure of " + e.label() + " (" + (e.leftOn() == null ? "" : "left on "
                    + Dates.forPeople(e.leftOn()) + ", ") + "erased on " + Dates.forPeople(e.erasedOn()) + "): "
                    + (reapplyErasures ? "re-applied after restoring"
                    : "not re-applied: their details come back from the backup"));
        }
        for (Import i : imports) {
            out.add("  - " + i.description() + " on " + WHEN.format(i.at().atZone(zone)));
        }
        return out;
    }

    /** "staff 4, acknowledgement 2": the changes undone by record type. */
    public String byRecord() {
        List<String> parts = new ArrayList<>();
        undoneByRecord.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> parts.add(e.getKey().replace('_', ' ') + " " + e.getValue()));
        return String.join(", ", parts);
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
