package uk.schoolcompliance.tracker.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.schoolcompliance.tracker.app.TrackerServices;

/**
 * What every page shares: the open database's services, the as-of date, a revision that changes
 * after every write (pages refresh on it), the background executor and navigation.
 */
public final class UiContext {

    private final ObjectProperty<TrackerServices> services = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf;
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final TaskExecutor executor;
    private final Clock clock;
    private BiConsumer<Section, Object> navigator = (s, a) -> { };

    /** {@code clock} is the app's "today" (tests pin it); the as-of date starts as today. */
    public UiContext(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
        this.asOf = new SimpleObjectProperty<>(today());
    }

    public Clock clock() {
        return clock;
    }

    /** Today by the app's clock: the default for every date a user records. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObjectProperty<TrackerServices> servicesProperty() {
        return services;
    }

    public TrackerServices services() {
        return services.get();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public LocalDate asOf() {
        return asOf.get();
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    /** Tells every page the data changed. */
    public void dataChanged() {
        revision.set(revision.get() + 1);
    }

    public TaskExecutor executor() {
        return executor;
    }

    public void setNavigator(BiConsumer<Section, Object> navigator) {
        this.navigator = navigator;
    }

    public void navigate(Section section, Object argument) {
        navigator.accept(section, argument);
    }
}
