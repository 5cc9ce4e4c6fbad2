package uk.schoolcompliance.tracker.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a JDBC connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
