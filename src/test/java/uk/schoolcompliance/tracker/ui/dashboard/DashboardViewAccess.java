package uk.schoolcompliance.tracker.ui.dashboard;

import uk.schoolcompliance.tracker.ui.Drill;

/** Test access to the dashboard's package-private bundle keys. */
public final class DashboardViewAccess {

    private DashboardViewAccess() {
    }

    public static String whereKey(Drill.Kind kind) {
        return DashboardView.whereKey(kind);
    }
}
