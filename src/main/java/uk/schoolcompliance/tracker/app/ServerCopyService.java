package uk.schoolcompliance.tracker.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerCopy;

/**
 * {@code copy-to-server}: a school's file moved into the trust's server as one school of the trust, all or nothing
 * (one transaction on the server, audited there), with the school's figures from the file before and from the
 * server after, so whoever runs it sees that nothing was lost. The file is only read.
 */
public final class ServerCopyService {

    /** The figures before (the file) and after (the school on the server), and what was copied. */
    public record Outcome(String file, String server, String schoolName, Summary before, Summary after,
                          Map<String, Integer> rows) {
    }

    private ServerCopyService() {
    }

    public static Outcome copy(Path file, String target, String schoolName, LocalDate asOf, Supplier<Actor> actor,
                               Clock clock) {
        if (!TrackerServices.namesServer(target)) {
            throw new UserException("copy-to-server needs a server: --db postgresql://USER@HOST[:PORT]/DBNAME");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such database: " + file);
        }
        Database.verifyFile(file);
        try (TrackerServices from = new TrackerServices(Database.openReadOnly(file, clock), actor);
             TrackerServices to = TrackerServices.openTarget(target, actor, clock, false)) {
            Summary before = from.compliance().calculator(asOf).summary();
            Database server = to.repositories().db();
            ServerCopy.Result copied = server.inTransaction(c -> {
                ServerCopy.Result r = ServerCopy.copy(from.repositories().db(), server, schoolName);
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("from", file.getFileName().toString());
                after.put("school", r.schoolName());
                after.put("rows", r.rows());
                to.repositories().audit().record("school", r.schoolId(), "copy-to-server", null, after);
                return r;
            });
            School school = to.schoolService().resolve(copied.schoolName());
            Summary after = to.compliance().calculator(asOf, Optional.of(school)).summary();
            return new Outcome(file.toString(), to.databaseLocation(), copied.schoolName(), before, after,
                    copied.rows());
        }
    }
}
