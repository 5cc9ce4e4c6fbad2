package uk.schoolcompliance.tracker.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Background work on one single-thread executor (SQLite has one writer anyway), results delivered
 * with {@code Platform.runLater}. Counts the jobs in flight so the window can show a busy indicator.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tracker-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        executor.submit(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onFailure.accept(e);
                });
                return;
            }
            Platform.runLater(() -> {
                running.set(running.get() - 1);
                onSuccess.accept(result);
            });
        });
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
