package uk.schoolcompliance.tracker.ui.setup;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/** The "what to do next" checklist of a newly set-up school, loaded off the FX thread. */
public final class NextStepsViewModel {

    private final UiContext ctx;
    private final ObservableList<SchoolSetupService.NextStep> steps = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();

    public NextStepsViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            steps.clear();
            return;
        }
        ctx.executor().run(() -> services.schoolSetup().nextSteps(ctx.asOf()), loaded -> {
            steps.setAll(loaded);
            error.set(null);
        }, e -> error.set(Dialogs.describe(e)));
    }

    /** Hides the checklist for good. */
    public void hide() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        ctx.executor().run(() -> {
            services.schoolSetup().hideChecklist();
            return List.<SchoolSetupService.NextStep>of();
        }, steps::setAll, e -> error.set(Dialogs.describe(e)));
    }

    public ObservableList<SchoolSetupService.NextStep> steps() {
        return steps;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
