package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.testfx.util.WaitForAsyncUtils;

/** Like FxTestSupport.waitUntil, with room for a shared, heavily loaded build machine. */
final class SlowWait {

    private SlowWait() {
    }

    static void until(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                WaitForAsyncUtils.asyncFx(() -> result[0] = condition.getAsBoolean()).get();
                return result[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void until(BooleanSupplier condition) {
        until(90, condition);
    }
}
