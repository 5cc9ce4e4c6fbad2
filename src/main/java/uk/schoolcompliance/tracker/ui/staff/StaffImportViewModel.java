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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.StaffImportService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.InductionCutoff;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The staff-list import: choose a file, preview it (writes nothing), then import all or nothing. The preview
 * lists the people in post whom the file does not list; ticking "mark them as left" makes the import mark them
 * as left on the chosen date in the same transaction. A first import into a school with no staff offers the
 * setup wizard's choice: people who started before a date have already been inducted (no induction plan).
 */
public final class StaffImportViewModel {

    private final UiContext ctx;
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<StaffImportService.Preview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffImportService.Outcome> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableList<StaffMember> missing = FXCollections.observableArrayList();
    private final BooleanProperty markMissingLeft = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();
    private final BooleanProperty firstImport = new SimpleBooleanProperty();
    private final BooleanProperty existingInducted = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> inductedBefore = new SimpleObjectProperty<>();

    public StaffImportViewModel(UiContext ctx) {
        this.ctx = ctx;
        leftOn.set(ctx.today());
        inductedBefore.set(InductionCutoff.defaultDate(ctx.today()));
        file.addListener((o, a, b) -> {
            preview.set(null);
            outcome.set(null);
            markMissingLeft.set(false);
        });
        preview.addListener((o, a, p) -> missing.setAll(p == null ? java.util.List.of() : p.missing()));
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
        record Read(StaffImportService.Preview preview, boolean first) {
        }
        uk.schoolcompliance.tracker.domain.School into = intoSchool();
        ctx.executor().run(() -> {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException(I18n.t("staff.import.error.missing", path));
            }
            boolean first = services.staffCount() == 0;
            return new Read(services.staffImport().preview(path, into == null ? null : into.id()), first);
        }, r -> {
            firstImport.set(r.first());
            preview.set(r.preview());
            busy.set(false);
        }, e -> {
            preview.set(null);
            busy.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    /**
     * The school whose staff list this is: the one chosen in the top bar (on a trust's file, its new people join it,
     * and "not in this file" is its people only); null with all schools, as on a one-school file.
     */
    public uk.schoolcompliance.tracker.domain.School intoSchool() {
        return ctx.school().orElse(null);
    }

    /** Imports the previewed file; refused (by the service) if it has problems or the register changed. */
    public void importNow() {
        StaffImportService.Preview p = preview.get();
        if (p == null || !p.ok()) {
            return;
        }
        StaffImportService.Options options = StaffImportService.Options.NONE;
        if (markMissingLeft.get() && !p.missing().isEmpty()) {
            if (leftOn.get() == null) {
                error.set(I18n.t("staff.import.missing.noDate"));
                return;
            }
            options = options.withMarkMissingLeftOn(leftOn.get());
        }
        if (firstImport.get()) {
            InductionCutoff cutoff = cutoff();
            if (cutoff == null) {
                error.set(I18n.t("staff.import.inducted.noDate"));
                return;
            }
            options = options.withInduction(cutoff);
        }
        TrackerServices services = ctx.services();
        StaffImportService.Options chosen = options;
        LocalDate today = ctx.today();
        busy.set(true);
        error.set(null);
        ctx.executor().run(() -> services.staffImport().apply(p, today, chosen), o -> {
            outcome.set(o);
            busy.set(false);
            ctx.dataChanged();
        }, e -> {
            busy.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    /** The first import's induction choice; null when the option is on but has no date. */
    private InductionCutoff cutoff() {
        if (!existingInducted.get()) {
            return InductionCutoff.NOBODY;
        }
        return inductedBefore.get() == null ? null : new InductionCutoff(inductedBefore.get());
    }

    /** How many of the new people would get an induction plan with the choice as it stands (first import). */
    public long plansToMake() {
        StaffImportService.Preview p = preview.get();
        if (p == null) {
            return 0;
        }
        InductionCutoff cutoff = firstImport.get() ? cutoff() : InductionCutoff.usual(ctx.today());
        LocalDate today = ctx.today();
        return p.entries().stream().filter(e -> e.kind() == StaffImportService.Kind.NEW)
                .filter(e -> !e.after().leftBy(today) && (cutoff == null || cutoff.needsPlan(e.after().startDate())))
                .count();
    }

    /** The people in post in the tracker whom the previewed file does not list. */
    public ObservableList<StaffMember> missing() {
        return missing;
    }

    public BooleanProperty markMissingLeftProperty() {
        return markMissingLeft;
    }

    public ObjectProperty<LocalDate> leftOnProperty() {
        return leftOn;
    }

    /** True when the preview was made on a school with no staff yet. */
    public BooleanProperty firstImportProperty() {
        return firstImport;
    }

    /** "People who started before the date have already been inducted" (a first import only). */
    public BooleanProperty existingInductedProperty() {
        return existingInducted;
    }

    public ObjectProperty<LocalDate> inductedBeforeProperty() {
        return inductedBefore;
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
