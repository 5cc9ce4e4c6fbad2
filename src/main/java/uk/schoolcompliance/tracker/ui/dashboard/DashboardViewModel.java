package uk.schoolcompliance.tracker.ui.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/** Loads the headline figures as of the chosen date, off the FX thread. */
public final class DashboardViewModel {

    private final UiContext ctx;
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();

    public DashboardViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        loading.set(true);
        ctx.executor().run(() -> services.compliance().summary(ctx.asOf()), s -> {
            summary.set(s);
            error.set(null);
            loading.set(false);
        }, e -> {
            error.set(Dialogs.describe(e));
            loading.set(false);
        });
    }

    public ObjectProperty<Summary> summaryProperty() {
        return summary;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
