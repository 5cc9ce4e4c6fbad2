package uk.schoolcompliance.tracker.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.ui.TaskExecutor;

/**
 * The one rule for a page's banners (issue #15): what the last action said (its success message, its error, its
 * status line) is cleared as soon as the next action starts, so a page never shows an old error beside, or instead
 * of, what is happening now. A view model makes one over its message/error properties and calls {@link #starting()}
 * (or runs its work through {@link #run}) at the start of every action; loading and refreshing leave them alone.
 */
public final class ActionMessages {

    private final List<StringProperty> banners;
    private final List<String> blanks;

    /** Over the page's banners; each is cleared back to the value it holds now (null or ""). */
    public ActionMessages(StringProperty... banners) {
        this.banners = List.of(banners);
        this.blanks = this.banners.stream().map(StringProperty::get).toList();
    }

    /** An action starts: what the previous one said goes. */
    public void starting() {
        for (int i = 0; i < banners.size(); i++) {
            banners.get(i).set(blanks.get(i));
        }
    }

    /** Clears the banners, then runs the action's work through {@code executor}. */
    public <T> void run(TaskExecutor executor, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        starting();
        executor.run(work, onSuccess, onFailure);
    }
}
