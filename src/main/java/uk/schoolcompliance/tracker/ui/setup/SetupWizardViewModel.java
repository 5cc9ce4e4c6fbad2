package uk.schoolcompliance.tracker.ui.setup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.app.StaffImportService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.InductionCutoff;
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
        private final PolicyCatalogue.Entry entry;
        private final BooleanProperty selected = new SimpleBooleanProperty();
        private final BooleanProperty statutory = new SimpleBooleanProperty();

        PolicyChoice(PolicyCatalogue.Entry entry) {
            this.entry = entry;
        }

        public PolicyCatalogue.Entry entry() {
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
    private final Path target;
    private final StringProperty schoolName = new SimpleStringProperty("");
    private final ObjectProperty<SchoolPhase> phase = new SimpleObjectProperty<>();
    private final IntegerProperty graceDays = new SimpleIntegerProperty(14);
    /** Issue 16: "A trust with several schools" (false: "One school"); the trust's schools, one a line "Name, URN". */
    private final BooleanProperty trust = new SimpleBooleanProperty();
    private final StringProperty trustSchools = new SimpleStringProperty("");
    private final StringProperty staffFile = new SimpleStringProperty("");
    private final ObjectProperty<StaffImportService.FileRead> staffPreview = new SimpleObjectProperty<>();
    private SchoolSetupService.StaffList staffList;
    private final StringProperty staffError = new SimpleStringProperty();
    private final BooleanProperty skipStaff = new SimpleBooleanProperty();
    private Clock clock;
    private final BooleanProperty existingInducted = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> inductedBefore = new SimpleObjectProperty<>();
    private final ObservableList<PolicyChoice> policies = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.selectedProperty()});
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final IntegerBinding selectedCount;
    /** Who creates the school; the login when the wizard is not told (nothing else is known). */
    private Supplier<Actor> actor = () -> Actor.fromSystem(null);

    /** A wizard creating the school in {@code target}, offering the whole {@link PolicyCatalogue}. */
    public SetupWizardViewModel(TaskExecutor executor, Path target) {
        this(executor, PolicyCatalogue.entries(), target);
    }

    /** As {@link #SetupWizardViewModel(TaskExecutor, Path)}, the school created by {@code actor} (who is using the app). */
    public SetupWizardViewModel(TaskExecutor executor, Path target, Supplier<Actor> actor) {
        this(executor, PolicyCatalogue.entries(), target);
        this.actor = actor;
    }

    SetupWizardViewModel(TaskExecutor executor, List<PolicyCatalogue.Entry> catalogue, Path target) {
        this.executor = executor;
        this.target = target;
        for (PolicyCatalogue.Entry e : catalogue) {
            policies.add(new PolicyChoice(e));
        }
        selectedCount = Bindings.createIntegerBinding(
                () -> (int) policies.stream().filter(c -> c.selectedProperty().get()).count(), policies);
        phase.addListener((o, a, p) -> selectStatutory());
        trust.addListener((o, a, isTrust) -> {
            phase.set(isTrust ? SchoolPhase.TRUST : null);
            skipStaff.set(isTrust); // a trust's staff are imported school by school, never into the central team
        });
        staffFile.addListener((o, a, b) -> {
            staffPreview.set(null);
            staffList = null;
            staffError.set(null);
        });
    }

    // ---- step 1: school and phase; step 2: grace period

    /** The message for what is wrong with the first two steps, or null. */
    public String schoolProblem() {
        return SchoolSetupService.problem(schoolName.get(), phase.get(), graceDays.get()).orElse(null);
    }

    public BooleanBinding schoolStepComplete() {
        return Bindings.createBooleanBinding(() -> !schoolName.get().isBlank() && phase.get() != null
                && (!trust.get() || !trustSchoolList().isEmpty()), schoolName, phase, trust, trustSchools);
    }

    /**
     * The trust's schools as typed, one a line: a name, or a name then a comma and the URN (digits after the last
     * comma); blank lines are skipped. The set-up checks each (a URN of six digits, names not used twice).
     */
    public List<SchoolSetupService.NewSchool> trustSchoolList() {
        if (!trust.get()) {
            return List.of();
        }
        List<SchoolSetupService.NewSchool> out = new java.util.ArrayList<>();
        for (String line : trustSchools.get().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int comma = l.lastIndexOf(',');
            if (comma >= 0 && l.substring(comma + 1).strip().matches("[0-9]+")) {
                out.add(new SchoolSetupService.NewSchool(l.substring(0, comma).strip(), l.substring(comma + 1).strip()));
            } else {
                out.add(new SchoolSetupService.NewSchool(l, null));
            }
        }
        return out;
    }

    public BooleanProperty trustProperty() {
        return trust;
    }

    public StringProperty trustSchoolsProperty() {
        return trustSchools;
    }

    public BooleanBinding graceStepComplete() {
        return graceDays.greaterThanOrEqualTo(0).and(graceDays.lessThanOrEqualTo(SchoolSetupService.MAX_GRACE_DAYS));
    }

    // ---- step 3: staff list

    /**
     * Reads the file in {@link #staffFileProperty()} for the preview, the way {@code import-staff} and
     * the staff page's import read it (column aliases, UTF-8 or Windows-1252, the usual date forms);
     * changes nothing. Problems are shown with their line numbers and keep the step from completing.
     */
    public void previewStaff() {
        String text = staffFile.get() == null ? "" : staffFile.get().strip();
        if (text.isEmpty()) {
            staffError.set(I18n.t("setup.staff.noFile"));
            return;
        }
        Path file = Path.of(text);
        busy.set(true);
        staffError.set(null);
        record Read(SchoolSetupService.StaffList list, StaffImportService.FileRead result) {
        }
        executor.run(() -> {
            SchoolSetupService.StaffList list = SchoolSetupService.StaffList.read(file);
            return new Read(list, list.preview());
        }, read -> {
            busy.set(false);
            staffList = read.list();
            staffPreview.set(read.result());
            skipStaff.set(false);
            if (!read.result().ok()) {
                staffError.set(problems(read.result()));
            } else if (read.result().rows().isEmpty()) {
                staffError.set(I18n.t("setup.staff.nobody", read.result().source()));
            }
        }, e -> {
            busy.set(false);
            staffList = null;
            staffPreview.set(null);
            staffError.set(Dialogs.describe(e));
        });
    }

    /** Every problem of a file on its own line, "staff.csv line 4: Start date: ...", at most 12 then a count. */
    static String problems(StaffImportService.FileRead r) {
        List<String> lines = r.problems().stream().limit(12).map(p -> r.source() + " " + p).toList();
        String text = String.join("\n", lines);
        int more = r.problems().size() - lines.size();
        return more > 0 ? text + "\n" + I18n.t("setup.staff.moreProblems", more) : text;
    }

    public BooleanBinding staffStepComplete() {
        return Bindings.createBooleanBinding(() -> skipStaff.get() || (staffPreview.get() != null
                && staffPreview.get().ok() && !staffPreview.get().rows().isEmpty()), staffPreview, skipStaff);
    }

    /** The rows that will be imported (none when skipped or not read without problems). */
    public List<StaffImportService.PreviewRow> staffToImport() {
        StaffImportService.FileRead p = staffPreview.get();
        return skipStaff.get() || p == null || !p.ok() ? List.of() : p.rows();
    }

    /**
     * The app's clock ("today"), which the staff step's "already inducted" date starts from (today minus the
     * new-starter window). The wizard sets it; finishing without it uses the clock it finishes with.
     */
    public void useClock(Clock appClock) {
        this.clock = appClock;
        inductedBefore.set(InductionCutoff.defaultDate(LocalDate.now(appClock)));
    }

    /**
     * The induction choice as it stands: people who started before the date have already been inducted (no
     * plan); unticked, nobody is taken as inducted. Null when ticked without a date.
     */
    InductionCutoff induction() {
        if (!existingInducted.get()) {
            return InductionCutoff.NOBODY;
        }
        return inductedBefore.get() == null ? null : new InductionCutoff(inductedBefore.get());
    }

    /** How many people of the list will get an induction plan with the choice as it stands (not those who left). */
    public long plansToMake() {
        InductionCutoff cutoff = induction();
        LocalDate today = clock == null ? null : LocalDate.now(clock);
        return staffToImport().stream().filter(r -> r.leaveDate() == null || today == null || r.leaveDate().isAfter(today))
                .filter(r -> cutoff == null || cutoff.needsPlan(r.startDate())).count();
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

    public List<PolicyCatalogue.Entry> chosenPolicies() {
        return policies.stream().filter(c -> c.selectedProperty().get()).map(PolicyChoice::entry).toList();
    }

    // ---- finish

    /** Creates the school in the target file; {@code done} gets the open services. */
    public void finish(Clock clock, Consumer<TrackerServices> done) {
        String problem = schoolProblem();
        if (problem != null) {
            error.set(problem);
            return;
        }
        if (this.clock == null) {
            // not told the app's clock (the wizard tells it): the usual date, as of the day the school is made
            this.clock = clock;
            if (inductedBefore.get() == null) {
                inductedBefore.set(InductionCutoff.defaultDate(LocalDate.now(clock)));
            }
        }
        SchoolSetupService.StaffList staff = staffToImport().isEmpty() ? null : staffList;
        InductionCutoff induction = induction();
        if (staff != null && induction == null) {
            error.set(I18n.t("setup.staff.inducted.noDate"));
            return;
        }
        SchoolSetupService.SchoolSetup setup = new SchoolSetupService.SchoolSetup(schoolName.get(), phase.get(),
                graceDays.get(), staff, chosenPolicies(), staff == null ? null : induction, trustSchoolList());
        busy.set(true);
        error.set(null);
        Actor by = actor.get();
        executor.run(() -> TrackerServices.createSchool(target, by, setup, clock), services -> {
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

    public ObjectProperty<StaffImportService.FileRead> staffPreviewProperty() {
        return staffPreview;
    }

    public StringProperty staffErrorProperty() {
        return staffError;
    }

    public BooleanProperty skipStaffProperty() {
        return skipStaff;
    }

    /** "People who started before the date have already been inducted": on by default. */
    public BooleanProperty existingInductedProperty() {
        return existingInducted;
    }

    /** The date of that option: by default today minus the new-starter window (InductionRules.NEW_STARTER_DAYS). */
    public ObjectProperty<LocalDate> inductedBeforeProperty() {
        return inductedBefore;
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
