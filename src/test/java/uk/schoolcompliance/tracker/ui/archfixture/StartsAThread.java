package uk.schoolcompliance.tracker.ui.archfixture;

/** What ArchitectureTest's no-thread rule must catch (never used by the app). */
public final class StartsAThread {

    private StartsAThread() {
    }

    static void later(Runnable r) {
        new Thread(r, "own-thread").start();
    }
}
