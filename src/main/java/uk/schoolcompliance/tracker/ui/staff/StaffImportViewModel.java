package uk.schoolcompliance.tracker.ui.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.app.StaffImportService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/** The staff-list import: choose a file, preview it (writes nothing), then import all or nothing. */
public final class StaffImportViewModel {

    private final UiContext ctx;
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<StaffImportService.Preview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffImportService.Outcome> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();

    public StaffImportViewModel(UiContext ctx) {
        this.ctx = ctx;
        file.addListener((o, a, b) -> {
            preview.set(null);
            outcome.set(null);
        });
    }

    public void preview() {
        TrackerServices services = ctx.services();
        String name = file.get() == null ? "" : file.get().trim();
        if (name.isEmpty()) {
            error.set(I18n.t("staff.import.error.noFile"));
            return;
        }
        Path path = Path.of(name);
        busy.set(true);
        error.set(null);
        outcome.set(null);
        ctx.executor().run(() -> {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(I18n.t("staff.import.error.missing", path));
            }
            return services.staffImport().preview(path);
        }, p -> {
            preview.set(p);
            busy.set(false);
        }, e -> {
            preview.set(null);
            busy.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    /** Imports the previewed file; refused (by the service) if it has problems or the register changed. */
    public void importNow() {
        StaffImportService.Preview p = preview.get();
        if (p == null || !p.ok()) {
            return;
        }
        TrackerServices services = ctx.services();
        busy.set(true);
        ctx.executor().run(() -> services.staffImport().apply(p, ctx.today()), o -> {
            outcome.set(o);
            busy.set(false);
            ctx.dataChanged();
        }, e -> {
            busy.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<StaffImportService.Preview> previewProperty() {
        return preview;
    }

    public ObjectProperty<StaffImportService.Outcome> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
