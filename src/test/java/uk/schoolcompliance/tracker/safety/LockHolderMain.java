package uk.schoolcompliance.tracker.safety;

import uk.schoolcompliance.tracker.TestDemo;

import java.nio.file.Path;

import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;

/** A second copy of the app: opens the database for writing, says so, and holds it until killed (at most 2 min). */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        TrackerServices services = TrackerServices.open(Path.of(args[0]), new Actor("holder", "Other copy"), TestDemo.CLOCK);
        System.out.println("LOCKED readOnly=" + services.repositories().db().isReadOnly());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
