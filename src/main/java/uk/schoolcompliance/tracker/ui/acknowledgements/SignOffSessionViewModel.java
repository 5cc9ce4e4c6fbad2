package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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
import javafx.collections.transformation.FilteredList;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.ComplianceRules;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * A sign-off session (a staff meeting, an INSET day): choose the policy version, date and method, tick
 * the names of those who signed from the people in scope who have not, and record them all in one
 * transaction. Typing filters the names; Enter in the filter ticks the only (or first) match and
 * clears the filter, so forty names take forty short bursts of typing.
 */
public final class SignOffSessionViewModel {

    /** A name on the list with its tick. */
    public static final class Item {
        private final AcknowledgementService.Candidate candidate;
        private final BooleanProperty ticked = new SimpleBooleanProperty();

        Item(AcknowledgementService.Candidate candidate) {
            this.candidate = candidate;
        }

        public AcknowledgementService.Candidate candidate() {
            return candidate;
        }

        public BooleanProperty tickedProperty() {
            return ticked;
        }

        public boolean ticked() {
            return ticked.get();
        }

        @Override
        public String toString() {
            var s = candidate.staff();
            return s.sortName() + " \u2014 " + s.category().label()
                    + (candidate.absent() ? " (" + I18n.t("acks.status.absent").toLowerCase(Locale.ROOT) + ")" : "");
        }
    }

    private final UiContext ctx;
    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final ObservableList<PolicyVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final FilteredList<Item> visible = new FilteredList<>(items);
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicyVersion> version = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<AckMethod> method = new SimpleObjectProperty<>(AckMethod.IN_PERSON);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final IntegerProperty tickedCount = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private SchoolData data;

    public SignOffSessionViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.date.set(ctx.today());
        policy.addListener((o, a, p) -> proposeVersion());
        version.addListener((o, a, v) -> refreshNames());
        date.addListener((o, a, d) -> refreshNames());
        filter.addListener((o, a, text) -> {
            String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            visible.setPredicate(q.isEmpty() ? null : i -> i.candidate().staff().fullName().toLowerCase(Locale.ROOT).contains(q)
                    || i.candidate().staff().sortName().toLowerCase(Locale.ROOT).contains(q));
        });
    }

    /** Loads the policies (and preselects one, when given). */
    public void load(Long policyId, Runnable ready) {
        TrackerServices services = ctx.services();
        busy.set(true);
        ctx.executor().run(services.compliance()::load, d -> {
            data = d;
            policies.setAll(d.policies().stream().filter(Policy::isActive).filter(p -> !d.versions(p.id()).isEmpty())
                    .sorted(java.util.Comparator.comparing(Policy::title, String.CASE_INSENSITIVE_ORDER)).toList());
            if (policyId != null) {
                policy.set(policies.stream().filter(p -> p.id() == policyId).findFirst().orElse(null));
            }
            busy.set(false);
            ready.run();
        }, e -> {
            busy.set(false);
            error.set(Dialogs.describe(e));
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
        // the version that counts (the required one) so the list is exactly the gaps
        version.set(ComplianceRules.requiredVersion(chrono, on).orElse(chrono.get(chrono.size() - 1)));
    }

    private void refreshNames() {
        PolicyVersion v = version.get();
        LocalDate on = date.get();
        items.clear();
        tickedCount.set(0);
        if (v == null || on == null || data == null) {
            return;
        }
        for (AcknowledgementService.Candidate c : AcknowledgementService.unsigned(data, v.id(), on)) {
            Item item = new Item(c);
            item.tickedProperty().addListener((o, a, b) -> tickedCount.set(tickedCount.get() + (b ? 1 : -1)));
            items.add(item);
        }
    }

    /** Enter in the filter: ticks the first visible name and clears the filter. */
    public Item tickFirstMatch() {
        if (visible.isEmpty() || filter.get() == null || filter.get().isBlank()) {
            return null;
        }
        Item first = visible.stream().filter(i -> !i.ticked()).findFirst().orElse(visible.get(0));
        first.tickedProperty().set(true);
        filter.set("");
        return first;
    }

    public void tickAllVisible(boolean ticked) {
        visible.forEach(i -> i.tickedProperty().set(ticked));
    }

    /** Records the ticked names in one transaction. */
    public void save(Consumer<List<Acknowledgement>> done) {
        if (version.get() == null) {
            error.set(I18n.t("acks.record.need.policy"));
            return;
        }
        if (date.get() == null) {
            error.set(I18n.t("acks.record.need.date"));
            return;
        }
        List<Long> ids = items.stream().filter(Item::ticked).map(i -> i.candidate().staff().id()).toList();
        if (ids.isEmpty()) {
            error.set(I18n.t("acks.session.need.names"));
            return;
        }
        TrackerServices services = ctx.services();
        long versionId = version.get().id();
        LocalDate on = date.get();
        AckMethod m = method.get();
        String n = note.get();
        busy.set(true);
        ctx.executor().run(() -> services.acknowledgementService().recordSession(versionId, on, m, n, ids), written -> {
            busy.set(false);
            error.set(null);
            ctx.dataChanged();
            done.accept(written);
        }, e -> {
            busy.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    /** Writes the printable sign-off sheet of the chosen version (the names not yet signed). */
    public void printSheet(Path file, Consumer<Path> done) {
        if (version.get() == null) {
            error.set(I18n.t("acks.record.need.policy"));
            return;
        }
        TrackerServices services = ctx.services();
        long versionId = version.get().id();
        LocalDate on = date.get() == null ? ctx.today() : date.get();
        busy.set(true);
        ctx.executor().run(() -> services.acknowledgementService().writeSignOffSheet(versionId, on, null, file), sheet -> {
            busy.set(false);
            message.set(I18n.t("acks.sheet.done", sheet.people().size(), file.toAbsolutePath()));
            done.accept(file);
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

    public ObservableList<Item> items() {
        return items;
    }

    public FilteredList<Item> visible() {
        return visible;
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

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public IntegerProperty tickedCountProperty() {
        return tickedCount;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
