package uk.schoolcompliance.tracker;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.store.Database;

/**
 * The two stores the same suite runs against: the local SQLite file and a trust's PostgreSQL server (the one
 * {@link TestServer} starts for the run). A test class parameterized by it ({@code @ParameterizedClass
 * @EnumSource(StoreKind.class)}) runs every test on both.
 */
public enum StoreKind {
    SQLITE {
        @Override
        public String demoTarget(Path dir) {
            return TestDemo.copy(dir).toString();
        }

        @Override
        public String emptyTarget(Path dir) {
            Path file = dir.resolve("empty-" + NEXT.incrementAndGet() + ".db");
            Database.open(file, TestDemo.CLOCK).close();
            return file.toString();
        }
    },
    POSTGRESQL {
        @Override
        public String demoTarget(Path dir) {
            return TestServer.withDemo().toString();
        }

        @Override
        public String emptyTarget(Path dir) {
            return TestServer.withSchema().toString();
        }
    };

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** What {@code --db} names for a fresh copy of the demo school on this store. */
    public abstract String demoTarget(Path dir);

    /** What {@code --db} names for a fresh database with the schema and no data on this store. */
    public abstract String emptyTarget(Path dir);

    /** Services on a fresh copy of the demo school (as {@link TestDemo#open}). */
    public TrackerServices demo(Path dir) {
        return TrackerServices.openTarget(demoTarget(dir), () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
    }

    /** Services on a fresh, empty database. */
    public TrackerServices empty(Path dir) {
        return TrackerServices.openTarget(emptyTarget(dir), () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
    }
}
