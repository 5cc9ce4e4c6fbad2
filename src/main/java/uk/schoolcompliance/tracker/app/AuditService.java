package uk.schoolcompliance.tracker.app;

import java.util.List;

import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.store.AuditQueries;

/** Reading the audit log for the Audit log page: entries by filter, and the record types and users that occur. */
public final class AuditService {

    private final AuditQueries queries;

    AuditService(AuditQueries queries) {
        this.queries = queries;
    }

    /** Entries matching {@code filter}, newest first, at most {@code filter.limit()}. */
    public List<AuditRecord> search(AuditFilter filter) {
        return queries.search(filter);
    }

    /** The record types found in the log, for the filter list. */
    public List<String> entities() {
        return queries.entities();
    }

    /** The users (operating-system users and operator names) found in the log, for the filter list. */
    public List<String> users() {
        return queries.users();
    }
}
