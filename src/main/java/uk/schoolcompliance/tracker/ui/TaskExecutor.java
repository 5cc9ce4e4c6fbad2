package uk.schoolcompliance.tracker.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way view models run work off the FX thread: {@code work} runs in the background, then
 * exactly one of {@code onSuccess} / {@code onFailure} runs on the FX thread. Tests use
 * {@link #sameThread()} so they are deterministic.
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread (for view-model tests). */
    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
