package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** Two loads in flight: whichever finishes last, the page shows the one asked for last. */
class LatestLoadTest {

    /** Holds each task until the test finishes it, in the order the test chooses. */
    private static final class Held implements TaskExecutor {
        final List<Runnable> finish = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            finish.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }
    }

    @Test
    void anEarlierLoadFinishingLaterIsDropped() {
        Held executor = new Held();
        LatestLoad latest = new LatestLoad();
        List<String> shown = new ArrayList<>();
        latest.run(executor, () -> "as of 01/11/2026", shown::add, e -> shown.add("error"));
        latest.run(executor, () -> "as of 24/11/2026", shown::add, e -> shown.add("error"));
        executor.finish.get(1).run();
        executor.finish.get(0).run();
        assertThat(shown).containsExactly("as of 24/11/2026");
    }

    @Test
    void anEarlierFailureFinishingLaterIsDroppedTooAndALoneLoadLands() {
        Held executor = new Held();
        LatestLoad latest = new LatestLoad();
        List<String> shown = new ArrayList<>();
        latest.<String>run(executor, () -> {
            throw new IllegalStateException("the server went away");
        }, shown::add, e -> shown.add("error: " + e.getMessage()));
        latest.run(executor, () -> "figures", shown::add, e -> shown.add("error: " + e.getMessage()));
        executor.finish.get(1).run();
        executor.finish.get(0).run();
        assertThat(shown).containsExactly("figures");
        latest.<String>run(executor, () -> {
            throw new IllegalStateException("locked");
        }, shown::add, e -> shown.add("error: " + e.getMessage()));
        executor.finish.get(2).run();
        assertThat(shown).containsExactly("figures", "error: locked");
    }
}
