package uk.schoolcompliance.tracker.ui.setup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.StarterCatalogue;
import uk.schoolcompliance.tracker.app.SchoolPhase;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.app.StaffListImporter;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The answers of the "Set up my school" wizard and the work behind it (reading the staff list,
 * creating the school), off the FX thread. No JavaFX nodes here.
 */
public final class SetupWizardViewModel {

    /** A starter policy with its tick box. */
    public static final class PolicyChoice {
        private final StarterCatalogue.Entry entry;
        private final BooleanProperty selected = new SimpleBooleanProperty();
        private final BooleanProperty statutory = new SimpleBooleanProperty();

        PolicyChoice(StarterCatalogue.Entry entry) {
            this.entry = entry;
        }

        public StarterCatalogue.Entry entry() {
            return entry;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        /** Statutory for the phase chosen in the first step. */
        public BooleanProperty statutoryProperty() {
            return statutory;
        }
    }

    private final TaskExecutor executor;
    private final StaffListImporter importer;
    private final Path target;
    private final StringProperty schoolName = new SimpleStringProperty("");
    private final ObjectProperty<SchoolPhase> phase = new SimpleObjectProperty<>();
    private final IntegerProperty graceDays = new SimpleIntegerProperty(14);
    private final StringProperty staffFile = new SimpleStringProperty("");
    private final ObjectProperty<StaffListImporter.Preview> staffPreview = new SimpleObjectProperty<>();
    private final StringProperty staffError = new SimpleStringProperty();
    private final BooleanProperty skipStaff = new SimpleBooleanProperty();
    private final ObservableList<PolicyChoice> policies = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.selectedProperty()});
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final IntegerBinding selectedCount;

    public SetupWizardViewModel(TaskExecutor executor, StaffListImporter importer, StarterCatalogue catalogue, Path target) {
        this.executor = executor;
        this.importer = importer;
        this.target = target;
        for (StarterCatalogue.Entry e : catalogue.entries()) {
            policies.add(new PolicyChoice(e));
        }
        selectedCount = Bindings.createIntegerBinding(
                () -> (int) policies.stream().filter(c -> c.selectedProperty().get()).count(), policies);
        phase.addListener((o, a, p) -> selectStatutory());
        staffFile.addListener((o, a, b) -> {
            staffPreview.set(null);
            staffError.set(null);
        });
    }

    // ---- step 1: school and phase; step 2: grace period

    /** The message for what is wrong with the first two steps, or null. */
    public String schoolProblem() {
        return SchoolSetupService.problem(schoolName.get(), phase.get(), graceDays.get()).orElse(null);
    }

    public BooleanBinding schoolStepComplete() {
        return Bindings.createBooleanBinding(() -> !schoolName.get().isBlank() && phase.get() != null, schoolName, phase);
    }

    public BooleanBinding graceStepComplete() {
        return graceDays.greaterThanOrEqualTo(0).and(graceDays.lessThanOrEqualTo(SchoolSetupService.MAX_GRACE_DAYS));
    }

    // ---- step 3: staff list

    /** Reads the file in {@link #staffFileProperty()} for the preview; changes nothing. */
    public void previewStaff() {
        String text = staffFile.get() == null ? "" : staffFile.get().strip();
        if (text.isEmpty()) {
            staffError.set(I18n.t("setup.staff.noFile"));
            return;
        }
        Path file = Path.of(text);
        busy.set(true);
        staffError.set(null);
        executor.run(() -> importer.preview(file), preview -> {
            busy.set(false);
            staffPreview.set(preview);
            skipStaff.set(false);
        }, e -> {
            busy.set(false);
            staffPreview.set(null);
            staffError.set(Dialogs.describe(e));
        });
    }

    public BooleanBinding staffStepComplete() {
        return staffPreview.isNotNull().or(skipStaff);
    }

    public List<StaffMember> staffToImport() {
        StaffListImporter.Preview p = staffPreview.get();
        return skipStaff.get() || p == null ? List.of() : p.staff();
    }

    // ---- step 4: policies

    /** Ticks exactly the policies that are statutory for the chosen phase. */
    public void selectStatutory() {
        SchoolPhase p = phase.get();
        for (PolicyChoice c : policies) {
            boolean statutory = p != null && c.entry().statutoryFor(p);
            c.statutoryProperty().set(statutory);
            c.selectedProperty().set(statutory);
        }
    }

    public void selectAll(boolean on) {
        policies.forEach(c -> c.selectedProperty().set(on));
    }

    public List<StarterCatalogue.Entry> chosenPolicies() {
        return policies.stream().filter(c -> c.selectedProperty().get()).map(PolicyChoice::entry).toList();
    }

    // ---- finish

    /** Creates the school in the target file; {@code done} gets the open services. */
    public void finish(LocalDate today, Consumer<TrackerServices> done) {
        String problem = schoolProblem();
        if (problem != null) {
            error.set(problem);
            return;
        }
        SchoolSetupService.SchoolSetup setup = new SchoolSetupService.SchoolSetup(schoolName.get(), phase.get(),
                graceDays.get(), staffToImport(), chosenPolicies());
        busy.set(true);
        error.set(null);
        executor.run(() -> SchoolSetupService.createSchool(target, Actor.fromSystem(null), setup, today), services -> {
            busy.set(false);
            done.accept(services);
        }, e -> {
            busy.set(false);
            error.set(I18n.t("setup.finish.failed", Dialogs.describe(e)));
        });
    }

    public Path target() {
        return target;
    }

    public StringProperty schoolNameProperty() {
        return schoolName;
    }

    public ObjectProperty<SchoolPhase> phaseProperty() {
        return phase;
    }

    public IntegerProperty graceDaysProperty() {
        return graceDays;
    }

    public StringProperty staffFileProperty() {
        return staffFile;
    }

    public ObjectProperty<StaffListImporter.Preview> staffPreviewProperty() {
        return staffPreview;
    }

    public StringProperty staffErrorProperty() {
        return staffError;
    }

    public BooleanProperty skipStaffProperty() {
        return skipStaff;
    }

    public ObservableList<PolicyChoice> policies() {
        return policies;
    }

    public IntegerBinding selectedCount() {
        return selectedCount;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
