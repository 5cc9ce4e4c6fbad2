package uk.schoolcompliance.tracker.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A page's loads where only the newest asked for may land: when the as-of date, the school or another user's change
 * (#19's live updates) asks again before an earlier load has finished, the earlier one's answer is dropped whenever it
 * comes, so a page never shows figures for a date or school it has moved away from. Used on the FX thread only.
 */
public final class LatestLoad {

    private long asked;

    /** As {@link TaskExecutor#run}, but {@code onSuccess}/{@code onFailure} run only if no later load was asked for. */
    public <T> void run(TaskExecutor executor, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        long mine = ++asked;
        executor.run(work, result -> {
            if (mine == asked) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (mine == asked) {
                onFailure.accept(failure);
            }
        });
    }
}
