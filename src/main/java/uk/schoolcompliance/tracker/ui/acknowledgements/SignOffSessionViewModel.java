package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
 * transaction. Typing filters the names (word by word, in any order); Enter in the filter ticks the
 * match only when exactly one person matches, and clears the filter, so forty names take forty short
 * bursts of typing. With several matches nothing is ticked and the list shows them to pick from; with
 * none the status line says so, and why when the name is someone who has already signed or is not in
 * scope. The ticked people are kept in the order they were ticked, to check against the paper sheet,
 * and the latest tick can be undone.
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
    private final SessionTicks ticks = new SessionTicks();
    private final FilteredList<Item> visible = new FilteredList<>(ticks.items());
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicyVersion> version = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<AckMethod> method = new SimpleObjectProperty<>(AckMethod.DEFAULT);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The line under the filter: what Enter would do, why it did nothing, what was ticked or undone. */
    private final StringProperty filterStatus = new SimpleStringProperty("");
    /** What the empty name list says: never "everyone has signed" when only the filter hides people. */
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final StringProperty recordText = new SimpleStringProperty(recordText(0));
    private SchoolData data;
    /** The policy the current ticks belong to (ticks survive a change of date or version, not of policy). */
    private Long tickedPolicyId;

    public SignOffSessionViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.date.set(ctx.today());
        policy.addListener((o, a, p) -> proposeVersion());
        version.addListener((o, a, v) -> refreshNames());
        date.addListener((o, a, d) -> refreshNames());
        filter.addListener((o, a, text) -> applyFilter());
        ticks.countProperty().addListener((o, a, n) -> recordText.set(recordText(n.intValue())));
        applyFilter();
    }

    /** The record button's text: "Record 1 signature", "Record 20 signatures". */
    public static String recordText(int ticked) {
        return I18n.t("acks.session.record.n", ticked);
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

    /**
     * Lists the people who may sign the chosen version on the chosen date. Ticks are kept (in their
     * order) for the people still listed when only the date or the version changed; the status line
     * names anyone whose tick had to go.
     */
    private void refreshNames() {
        PolicyVersion v = version.get();
        LocalDate on = date.get();
        Policy p = policy.get();
        Long policyId = p == null ? null : p.id();
        List<Item> before = ticks.snapshot();
        boolean keep = policyId != null && policyId.equals(tickedPolicyId);
        tickedPolicyId = policyId;
        List<AcknowledgementService.Candidate> unsigned = v != null && on != null && data != null
                ? AcknowledgementService.unsigned(data, v.id(), on) : List.of();
        List<String> dropped = ticks.list(unsigned, keep ? before : List.of());
        applyFilter();
        if (!dropped.isEmpty()) {
            filterStatus.set(I18n.t("acks.session.dropped", String.join(", ", dropped)));
        }
    }

    /** Filters the list by the typed words and says what Enter would do. */
    private void applyFilter() {
        List<String> words = NameWords.words(filter.get());
        visible.setPredicate(words.isEmpty() ? null : i -> NameWords.matches(i.candidate().staff(), words));
        filterStatus.set(describeMatches(words));
        placeholder.set(version.get() == null || data == null ? I18n.t("acks.record.need.policy")
                : ticks.items().isEmpty() ? I18n.t("acks.session.empty")
                : !words.isEmpty() && visible.isEmpty() ? filterStatus.get() : "");
    }

    private String describeMatches(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        String typed = filter.get().trim();
        if (visible.size() > 1) {
            return I18n.t("acks.session.match.many", visible.size(), typed);
        }
        if (visible.size() == 1) {
            Item only = visible.get(0);
            return only.ticked() ? I18n.t("acks.session.alreadyTicked", only.candidate().staff().fullName(), ticks.inOrder().size())
                    : I18n.t("acks.session.match.one", only.candidate().staff().fullName());
        }
        List<String> why = whyNotListed(words);
        return why.isEmpty() ? I18n.t("acks.session.match.none", typed)
                : I18n.t("acks.session.match.noneBecause", typed, String.join("; ", why));
    }

    /** For the staff whose names match but who are not on the list: already signed (when, which version), or out of scope (why). */
    private List<String> whyNotListed(List<String> words) {
        PolicyVersion v = version.get();
        Policy p = policy.get();
        LocalDate on = date.get();
        if (data == null || v == null || p == null || on == null) {
            return List.of();
        }
        Set<Long> listed = ticks.items().stream().map(i -> i.candidate().staff().id()).collect(Collectors.toSet());
        return NotListedReasons.of(data, p, v, on, listed, words);
    }

    /**
     * Enter in the filter: ticks the person the typed name matches when exactly one outstanding person
     * does, clears the filter and says who was ticked. With several matches, or none, nothing is ticked
     * and the status line (and the list) shows why. Returns the person ticked, or null.
     */
    public Item tickOnlyMatch() {
        if (NameWords.words(filter.get()).isEmpty() || visible.size() != 1) {
            return null; // the status line already says what matched and why nothing was ticked
        }
        Item only = visible.get(0);
        String name = only.candidate().staff().fullName();
        boolean already = only.ticked();
        only.tickedProperty().set(true);
        filter.set("");
        int n = ticks.inOrder().size();
        filterStatus.set(already ? I18n.t("acks.session.alreadyTicked", name, n) : I18n.t("acks.session.ticked", name, n));
        return already ? null : only;
    }

    /** Unticks the most recent tick (Ctrl+Z); returns that person, or null when nobody is ticked. */
    public Item undoLastTick() {
        Item last = ticks.undoLast();
        filterStatus.set(last == null ? I18n.t("acks.session.nothingToUndo")
                : I18n.t("acks.session.unticked", last.candidate().staff().fullName(), ticks.inOrder().size()));
        return last;
    }

    public void tickAllVisible(boolean ticked) {
        SessionTicks.tickAll(visible, ticked);
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
        List<Long> ids = ticks.inOrder().stream().map(i -> i.candidate().staff().id()).toList(); // as on the sheet
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
        ctx.executor().run(() -> services.acknowledgementService().writeSignOffSheetListing(versionId, on, null, file), listed -> {
            busy.set(false);
            message.set(I18n.t("acks.sheet.done", listed, file.toAbsolutePath()));
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
        return ticks.items();
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
        return ticks.countProperty();
    }

    /** The ticked people in the order they were ticked (read only; tick and untick through the items). */
    public ObservableList<Item> tickedInOrder() {
        return ticks.inOrder();
    }

    public ReadOnlyStringProperty filterStatusProperty() {
        return filterStatus;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    public ReadOnlyStringProperty recordTextProperty() {
        return recordText;
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
