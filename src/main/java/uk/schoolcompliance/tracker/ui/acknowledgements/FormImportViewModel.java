package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.FormImportService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/** Import an online-form export: choose the file and the policy version, preview, then record all at once. */
public final class FormImportViewModel {

    private final UiContext ctx;
    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObservableList<PolicyVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<FormImportService.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicyVersion> version = new SimpleObjectProperty<>();
    private final ObjectProperty<AckMethod> method = new SimpleObjectProperty<>(AckMethod.ONLINE_FORM);
    private final ObjectProperty<FormImportService.Plan> plan = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public FormImportViewModel(UiContext ctx) {
        this.ctx = ctx;
        policy.addListener((o, a, p) -> {
            plan.set(null);
            rows.clear();
            if (p == null) {
                versions.clear();
                return;
            }
            TrackerServices services = ctx.services();
            ctx.executor().run(() -> services.versionsOf(p.id()), list -> {
                versions.setAll(list);
                version.set(list.isEmpty() ? null : AcknowledgementService.currentVersion(list, ctx.today()));
            }, e -> error.set(Dialogs.describe(e)));
        });
        file.addListener((o, a, b) -> {
            plan.set(null);
            rows.clear();
        });
        version.addListener((o, a, b) -> plan.set(null));
        method.addListener((o, a, b) -> plan.set(null));
    }

    public void load(Runnable ready) {
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.allPolicies(), list -> {
            policies.setAll(list.stream().filter(Policy::isActive).toList());
            ready.run();
        }, e -> error.set(Dialogs.describe(e)));
    }

    /** Reads and matches the file; writes nothing. */
    public void preview() {
        if (file.get() == null) {
            error.set(I18n.t("acks.import.need.file"));
            return;
        }
        if (version.get() == null) {
            error.set(I18n.t("acks.record.need.policy"));
            return;
        }
        TrackerServices services = ctx.services();
        Path f = file.get();
        long v = version.get().id();
        AckMethod m = method.get();
        busy.set(true);
        ctx.executor().run(() -> services.formImport().preview(f, v, m), p -> {
            busy.set(false);
            error.set(null);
            plan.set(p);
            rows.setAll(p.rows());
            summary.set(I18n.t("acks.import.summary", p.count(FormImportService.Outcome.RECORD),
                    p.count(FormImportService.Outcome.ALREADY), p.count(FormImportService.Outcome.UNMATCHED),
                    p.count(FormImportService.Outcome.DUPLICATE), p.count(FormImportService.Outcome.OUT_OF_SCOPE)));
        }, e -> {
            busy.set(false);
            plan.set(null);
            rows.clear();
            summary.set("");
            error.set(Dialogs.describe(e));
        });
    }

    /** Records the previewed rows, all in one transaction. */
    public void commit(Consumer<List<Acknowledgement>> done) {
        FormImportService.Plan p = plan.get();
        if (p == null) {
            error.set(I18n.t("acks.import.need.preview"));
            return;
        }
        TrackerServices services = ctx.services();
        busy.set(true);
        ctx.executor().run(() -> services.formImport().commit(p), written -> {
            busy.set(false);
            ctx.dataChanged();
            done.accept(written);
        }, e -> {
            busy.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    public ObservableList<Policy> policies() {
        return policies;
    }

    public ObservableList<PolicyVersion> versions() {
        return versions;
    }

    public ObservableList<FormImportService.Row> rows() {
        return rows;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public ObjectProperty<PolicyVersion> versionProperty() {
        return version;
    }

    public ObjectProperty<AckMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<FormImportService.Plan> planProperty() {
        return plan;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
