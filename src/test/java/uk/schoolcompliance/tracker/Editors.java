package uk.schoolcompliance.tracker;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.RecordStamp;

/**
 * Two people editing one copy of the demo school on a store, for the "changed by LOGIN at HH:MM since you opened it"
 * tests (issue #19): who is acting now, the login a store records for each (a file records the operator's name, a
 * server its login role: the suite's superuser), and the HH:MM a stamp is shown with.
 */
public final class Editors {

    public static final Actor ANNA = new Actor("anna", "Office Anna");
    public static final Actor BEN = new Actor("ben", "Office Ben");

    private final StoreKind store;
    private final AtomicReference<Actor> who;

    /** {@code first} is acting until {@link #actAs} says otherwise. */
    public Editors(StoreKind store, Actor first) {
        this.store = store;
        this.who = new AtomicReference<>(first);
    }

    /** Services on a fresh copy of the demo school on the store, acting as whoever is acting at each write. */
    public TrackerServices open(Path dir) {
        return openTarget(store.demoTarget(dir));
    }

    /** Another client of the same database, acting as whoever is acting at each write. */
    public TrackerServices openTarget(String target) {
        return TrackerServices.openTarget(target, who::get, TestDemo.CLOCK, false);
    }

    public void actAs(Actor actor) {
        who.set(actor);
    }

    /** What {@code other} does meanwhile; then whoever was acting acts again. */
    public void meanwhile(Actor other, Runnable change) {
        Actor before = who.getAndSet(other);
        try {
            change.run();
        } finally {
            who.set(before);
        }
    }

    /** The login the store records as the one who changed a record. */
    public String login(Actor actor) {
        return store == StoreKind.POSTGRESQL ? "postgres" : actor.displayName();
    }

    /** A stamp's time as the refusal shows it. */
    public static String hhmm(RecordStamp stamp) {
        return DateTimeFormatter.ofPattern("HH:mm").format(stamp.changedAt().atZone(TestDemo.CLOCK.getZone()));
    }
}
