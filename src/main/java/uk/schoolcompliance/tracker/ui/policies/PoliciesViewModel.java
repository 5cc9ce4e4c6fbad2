package uk.schoolcompliance.tracker.ui.policies;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.app.PolicyScheduleImport;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ActionMessages;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The policy library: every policy with its badge (review overdue / due soon / in date / no date /
 * draft / retired), filtered by text and badge; the selected policy's page; and the writes (add,
 * edit, retire, versions, catalogue, imports), each run off the FX thread and followed by
 * {@code ctx.dataChanged()}.
 */
public final class PoliciesViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    /** The status badge of a policy in the library. */
    public enum Badge {
        OVERDUE("policies.badge.overdue"), DUE_SOON("policies.badge.dueSoon"), IN_DATE("policies.badge.inDate"),
        NO_DATE("policies.badge.noDate"), DRAFT("policies.badge.draft"), RETIRED("policies.badge.retired");

        private final String key;

        Badge(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public String label() {
            return I18n.t(key);
        }

        static Badge of(Policy p, ReviewStanding s) {
            if (p.status() == PolicyStatus.DRAFT) {
                return DRAFT;
            }
            if (p.status() == PolicyStatus.RETIRED) {
                return RETIRED;
            }
            return switch (s.status()) {
                case OVERDUE -> OVERDUE;
                case DUE_SOON -> DUE_SOON;
                case IN_DATE -> IN_DATE;
                case NO_DATE -> NO_DATE;
            };
        }
    }

    /** One line of the library table. */
    public record Row(Policy policy, ReviewStanding standing, Badge badge, PolicyVersion current) {
        public String title() {
            return policy.title();
        }
    }

    private final UiContext ctx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Badge> filterBadge = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicyService.Detail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty();
    /** Issue #15: each action clears what the last one said. */
    private final ActionMessages banners = new ActionMessages(message, error);
    private Long selectedId;

    public PoliciesViewModel(UiContext ctx) {
        this.ctx = ctx;
        filterText.addListener((o, a, b) -> applyFilter());
        filterBadge.addListener((o, a, b) -> applyFilter());
    }

    private void applyFilter() {
        String q = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Badge b = filterBadge.get();
        filtered.setPredicate(r -> (b == null || r.badge() == b) && (q.isEmpty()
                || (r.policy().title() + " " + nz(r.policy().referenceCode()) + " " + nz(r.policy().owner()) + " "
                + nz(r.policy().area()) + " " + nz(r.policy().approvingBody())).toLowerCase(Locale.ROOT).contains(q)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        LocalDate asOf = ctx.asOf();
        loading.set(true);
        var school = ctx.school();
        latest.run(ctx.executor(), () -> {
            ComplianceCalculator calc = services.compliance().calculator(asOf, school);
            List<Row> out = new ArrayList<>();
            for (Policy p : calc.data().policies()) {
                List<PolicyVersion> versions = calc.data().versions(p.id());
                ReviewStanding s = ReviewRules.standing(p, versions, calc.data().reviews(p.id()), asOf);
                PolicyVersion current = null;
                for (PolicyVersion v : versions.stream().sorted(PolicyVersion.CHRONOLOGICAL).toList()) {
                    if (!v.effectiveFrom().isAfter(asOf)) {
                        current = v;
                    }
                }
                out.add(new Row(p, s, Badge.of(p, s), current));
            }
            return out;
        }, list -> {
            rows.setAll(list);
            loading.set(false);
            error.set(null);
            if (selectedId != null) {
                select(selectedId);
            }
        }, this::fail);
    }

    /** Loads the page of one policy (null clears it). */
    public void select(Long policyId) {
        selectedId = policyId;
        TrackerServices services = ctx.services();
        if (policyId == null || services == null) {
            detail.set(null);
            return;
        }
        LocalDate asOf = ctx.asOf();
        ctx.executor().run(() -> services.policyService().detail(policyId, asOf), detail::set, this::fail);
    }

    public Long selectedId() {
        return selectedId;
    }

    private void fail(Throwable t) {
        loading.set(false);
        error.set(Dialogs.describe(t));
    }

    /** Runs a write in the background; on success tells every page and reports {@code done}'s message. */
    private <T> void write(java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> done,
                           Consumer<T> after) {
        write(work, done, after, () -> { }, this::failWith);
    }

    /**
     * As {@link #write(java.util.concurrent.Callable, java.util.function.Function, Consumer)}, then {@code onSaved};
     * a refusal goes to {@code onRefused} (a dialog that saves while open says it and stays open, issue #18).
     */
    private <T> void write(java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> done,
                           Consumer<T> after, Runnable onSaved, Consumer<String> onRefused) {
        banners.starting();
        ctx.executor().run(work, result -> {
            message.set(done.apply(result));
            error.set(null);
            if (after != null) {
                after.accept(result);
            }
            ctx.dataChanged();
            onSaved.run();
        }, e -> {
            loading.set(false);
            onRefused.accept(Dialogs.describe(e));
        });
    }

    private void failWith(String message) {
        loading.set(false);
        error.set(message);
    }

    /**
     * What the policy form offers under "Applies to" (issue 16), off the FX thread: on a trust's file the whole trust
     * then each school, starting on the school chosen in the top bar (the central team or all schools: the whole
     * trust); an existing policy shows its owner, not to be changed. A single school's file: nothing to choose.
     */
    public void appliesTo(Policy existing, Consumer<PolicyDialogs.AppliesTo> then) {
        TrackerServices services = ctx.services();
        if (services == null) {
            then.accept(PolicyDialogs.AppliesTo.NONE);
            return;
        }
        java.util.Optional<uk.schoolcompliance.tracker.domain.School> chosen = ctx.school();
        ctx.executor().run(() -> {
            if (!services.schoolService().isTrust()) {
                return PolicyDialogs.AppliesTo.NONE;
            }
            List<uk.schoolcompliance.tracker.domain.School> choices = new ArrayList<>();
            services.schoolService().choices().stream().filter(uk.schoolcompliance.tracker.domain.School::isTrust)
                    .forEach(choices::add);
            services.schoolService().choices().stream().filter(x -> !x.isTrust()).forEach(choices::add);
            uk.schoolcompliance.tracker.domain.School trust = choices.get(0);
            uk.schoolcompliance.tracker.domain.School initial;
            if (existing != null) {
                initial = existing.schoolId() == null ? trust
                        : choices.stream().filter(x -> !x.isTrust() && x.id() == existing.schoolId()).findFirst().orElse(null);
            } else {
                initial = chosen.filter(c -> !c.isTrust())
                        .flatMap(c -> choices.stream().filter(x -> !x.isTrust() && x.id() == c.id()).findFirst())
                        .orElse(trust);
            }
            return new PolicyDialogs.AppliesTo(choices, initial, existing == null);
        }, then, this::fail);
    }

    public void save(Policy p) {
        write(() -> ctx.services().policyService().save(p), saved -> I18n.t("policies.msg.saved", saved.title()),
                saved -> selectedId = saved.id());
    }

    /**
     * Reads a policy as it stands, with its version, off the FX thread, for the edit form (issue #19): the form hands
     * the version back to {@link #save(Policy, Long, Consumer, Consumer)}.
     */
    public void openForEdit(long policyId, Consumer<uk.schoolcompliance.tracker.domain.Editing<Policy>> onOpened) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.policyService().openForEdit(policyId), onOpened, this::fail);
    }

    /**
     * Adds ({@code p.id() == 0}) or saves a policy for a form that stays open until it is saved: an edit with
     * {@code openedVersion} is refused ({@code onError}, the form keeps its values) when someone else changed the
     * policy since it was opened ("changed by LOGIN at HH:MM since you opened it ...").
     */
    public void save(Policy p, Long openedVersion, Consumer<Policy> onSaved, Consumer<String> onError) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> p.id() == 0 || openedVersion == null ? services.policyService().save(p)
                        : services.policyService().save(p, openedVersion),
                saved -> {
                    message.set(I18n.t("policies.msg.saved", saved.title()));
                    error.set(null);
                    selectedId = saved.id();
                    ctx.dataChanged();
                    onSaved.accept(saved);
                }, e -> onError.accept(Dialogs.describe(e)));
    }

    public void retire(long id) {
        write(() -> ctx.services().policyService().retire(id), p -> I18n.t("policies.msg.retired", p.title()), null);
    }

    public void reinstate(long id) {
        write(() -> ctx.services().policyService().reinstate(id), p -> I18n.t("policies.msg.reinstated", p.title()), null);
    }

    public void addVersion(PolicyService.NewVersion v) {
        addVersion(v, () -> { }, this::failWith);
    }

    /** As {@link #addVersion(PolicyService.NewVersion)}, for the dialog that saves while open (issue #18). */
    public void addVersion(PolicyService.NewVersion v, Runnable onSaved, Consumer<String> onRefused) {
        write(() -> ctx.services().policyService().addVersion(v), saved -> I18n.t("policies.msg.versionAdded",
                saved.label()), null, onSaved, onRefused);
    }

    /** Records the approval of a version awaiting approval (blank body: the policy's approving body). */
    public void approveVersion(long versionId, String approvedBy, LocalDate approvedOn, String minuteRef, String label) {
        approveVersion(versionId, approvedBy, approvedOn, minuteRef, label, () -> { }, this::failWith);
    }

    /** As {@link #approveVersion(long, String, LocalDate, String, String)}, for the dialog that saves while open. */
    public void approveVersion(long versionId, String approvedBy, LocalDate approvedOn, String minuteRef, String label,
            Runnable onSaved, Consumer<String> onRefused) {
        write(() -> ctx.services().policyService().approveVersion(versionId, approvedBy, approvedOn, minuteRef),
                v -> I18n.t("policies.msg.versionApproved", label), null, onSaved, onRefused);
    }

    public void addFromCatalogue(List<PolicyCatalogue.Entry> entries) {
        addFromCatalogue(entries, () -> { }, this::failWith);
    }

    /** As {@link #addFromCatalogue(List)}, for the dialog that saves while open (issue #18). */
    public void addFromCatalogue(List<PolicyCatalogue.Entry> entries, Runnable onSaved, Consumer<String> onRefused) {
        write(() -> ctx.services().policyService().addFromCatalogue(entries),
                added -> I18n.t("policies.msg.catalogueAdded", added.size()), null, onSaved, onRefused);
    }

    /** Reads a document and extracts its cover, then hands the preview to {@code show} (the confirm step). */
    public void previewDocument(Path file, Consumer<PolicyService.DocumentPreview> show) {
        banners.starting();
        TrackerServices services = ctx.services();
        LocalDate today = ctx.today();
        ctx.executor().run(() -> services.policyService().preview(file, today), show, this::fail);
    }

    public void importDocument(PolicyService.DocumentImport confirmed) {
        importDocument(confirmed, () -> { }, this::failWith);
    }

    /** Imports the document as confirmed, for the dialog that saves while open (issue #18). */
    public void importDocument(PolicyService.DocumentImport confirmed, Runnable onSaved, Consumer<String> onRefused) {
        write(() -> ctx.services().policyService().importDocument(confirmed),
                r -> I18n.t(r.createdPolicy() ? "policies.msg.importedNew" : "policies.msg.importedVersion",
                        r.policy().title(), r.version().label()), r -> selectedId = r.policy().id(), onSaved, onRefused);
    }

    public void planSchedule(Path file, Consumer<PolicyScheduleImport.Plan> show) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.policySchedule().plan(file), show, this::fail);
    }

    /** Applies a schedule import's plan, for the dialog that saves while open (issue #18). */
    public void applySchedule(PolicyScheduleImport.Plan plan, Runnable onSaved, Consumer<String> onRefused) {
        write(() -> ctx.services().policySchedule().apply(plan), p -> I18n.t("policies.msg.scheduleImported", p.tally()),
                null, onSaved, onRefused);
    }

    public void applySchedule(PolicyScheduleImport.Plan plan) {
        applySchedule(plan, () -> { }, this::failWith);
    }

    /** Writes the version's document to a temporary file and hands it to {@code open}. */
    public void openDocument(long versionId, Consumer<Path> open) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.policyService().exportForViewing(versionId), open, this::fail);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public FilteredList<Row> filteredRows() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Badge> filterBadgeProperty() {
        return filterBadge;
    }

    public ObjectProperty<PolicyService.Detail> detailProperty() {
        return detail;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The badge of a review status, for other views. */
    public static Badge badgeOf(ReviewStatus status) {
        return switch (status) {
            case OVERDUE -> Badge.OVERDUE;
            case DUE_SOON -> Badge.DUE_SOON;
            case IN_DATE -> Badge.IN_DATE;
            case NO_DATE -> Badge.NO_DATE;
        };
    }
}
