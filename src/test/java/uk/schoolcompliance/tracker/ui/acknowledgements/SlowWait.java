package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.function.BooleanSupplier;

import uk.schoolcompliance.tracker.ui.FxTestSupport;

/** Like FxTestSupport.waitUntil, with room for a shared, heavily loaded build machine. */
final class SlowWait {

    private SlowWait() {
    }

    static void until(int seconds, BooleanSupplier condition) {
        FxTestSupport.waitUntil(seconds, condition);
    }

    static void until(BooleanSupplier condition) {
        until(90, condition);
    }
}
