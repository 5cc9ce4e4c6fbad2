package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.ComplianceRules;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * One acknowledgement to record: who, which policy and version, when, how, with an optional note
 * and scanned evidence. Choosing a policy proposes the version that person must sign.
 */
public final class RecordAcknowledgementViewModel {

    private final UiContext ctx;
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObservableList<PolicyVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicyVersion> version = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<AckMethod> method = new SimpleObjectProperty<>(AckMethod.DEFAULT);
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Path> evidence = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty();
    private final StringBinding problemText;
    private final BooleanBinding valid;
    private SchoolData data;

    public RecordAcknowledgementViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.date.set(ctx.today());
        policy.addListener((o, a, p) -> proposeVersion());
        date.addListener((o, a, d) -> proposeVersion());
        // what is missing, said while the form is filled in; a date typed wrong is refused by name on OK instead
        problemText = Bindings.createStringBinding(() -> {
            String why = problem();
            return why == null || date.get() == null && dateUnreadable.get() && person.get() != null
                    && policy.get() != null && version.get() != null ? "" : why;
        }, person, policy, version, date, dateUnreadable);
        valid = problemText.isEmpty();
        // a refusal or a failed save is said until the form changes
        for (javafx.beans.Observable input : List.of(person, policy, version, date, method, dateUnreadable)) {
            input.addListener(o -> error.set(null));
        }
    }

    /** Loads the choices, then selects the given person and/or policy (either may be null). */
    public void load(Long staffId, Long policyId, Runnable ready) {
        TrackerServices services = ctx.services();
        busy.set(true);
        ctx.executor().run(services.compliance()::load, d -> {
            data = d;
            LocalDate on = date.get();
            staff.setAll(d.staff().stream().filter(s -> s.inPostOn(on) || (staffId != null && s.id() == staffId))
                    .sorted(java.util.Comparator.comparing(StaffMember::sortName, String.CASE_INSENSITIVE_ORDER)).toList());
            policies.setAll(d.policies().stream().filter(Policy::isActive)
                    .filter(p -> !d.versions(p.id()).isEmpty()).toList());
            if (staffId != null) {
                person.set(staff.stream().filter(s -> s.id() == staffId).findFirst().orElse(null));
            }
            if (policyId != null) {
                policy.set(policies.stream().filter(p -> p.id() == policyId).findFirst().orElse(null));
            }
            busy.set(false);
            ready.run();
        }, e -> {
            error.set(Dialogs.describe(e));
            busy.set(false);
        });
    }

    private void proposeVersion() {
        Policy p = policy.get();
        if (p == null || data == null) {
            versions.clear();
            version.set(null);
            return;
        }
        List<PolicyVersion> chrono = data.versions(p.id());
        versions.setAll(chrono);
        LocalDate on = date.get() == null ? ctx.today() : date.get();
        version.set(ComplianceRules.requiredVersion(chrono, on).map(v -> AcknowledgementService.currentVersion(chrono, on))
                .orElse(chrono.isEmpty() ? null : chrono.get(chrono.size() - 1)));
    }

    /** Checks the form; null when it can be saved, else what is missing. */
    public String problem() {
        if (person.get() == null) {
            return I18n.t("acks.record.need.staff");
        }
        if (policy.get() == null || version.get() == null) {
            return I18n.t("acks.record.need.policy");
        }
        if (date.get() == null) {
            return I18n.t("acks.record.need.date");
        }
        return null;
    }

    /** Records it; {@code done} gets the result (recorded, or already signed). */
    public void save(Consumer<AcknowledgementService.Result> done) {
        String problem = problem();
        if (problem != null) {
            error.set(problem);
            return;
        }
        TrackerServices services = ctx.services();
        AcknowledgementService.Recording r = new AcknowledgementService.Recording(person.get().id(), version.get().id(),
                date.get(), method.get(), note.get(), evidence.get());
        busy.set(true);
        ctx.executor().run(() -> services.acknowledgementService().record(r), result -> {
            busy.set(false);
            error.set(null);
            if (result.recorded()) {
                ctx.dataChanged();
            }
            done.accept(result);
        }, e -> {
            busy.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public ObservableList<Policy> policies() {
        return policies;
    }

    public ObservableList<PolicyVersion> versions() {
        return versions;
    }

    public ObjectProperty<StaffMember> personProperty() {
        return person;
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public ObjectProperty<PolicyVersion> versionProperty() {
        return version;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<AckMethod> methodProperty() {
        return method;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Path> evidenceProperty() {
        return evidence;
    }

    /** What is still missing before the form can be saved, or "" (binds the dialog's message while no error is shown). */
    public StringBinding problemProperty() {
        return problemText;
    }

    /** True when the form can be saved: it disables the dialog's Record button otherwise. */
    public BooleanBinding valid() {
        return valid;
    }

    /** True while the date field holds text that is not a date (refused by name when Record is pressed). */
    public BooleanProperty dateUnreadableProperty() {
        return dateUnreadable;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
