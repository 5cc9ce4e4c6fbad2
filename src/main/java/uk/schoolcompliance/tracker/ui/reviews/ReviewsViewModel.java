package uk.schoolcompliance.tracker.ui.reviews;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ActionMessages;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The review schedule: every active policy's review standing as of the chosen date, as a list
 * (overdue, due soon, later) and grouped by school term; planning, completing and the calendar export.
 */
public final class ReviewsViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    private final UiContext ctx;
    private final ObservableList<ReviewService.Scheduled> rows = FXCollections.observableArrayList();
    private final FilteredList<ReviewService.Scheduled> filtered = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStatus> filterStatus = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty();
    /** Issue #15: each action clears what the last one said. */
    private final ActionMessages banners = new ActionMessages(message, error);
    private final StringProperty counts = new SimpleStringProperty("");

    public ReviewsViewModel(UiContext ctx) {
        this.ctx = ctx;
        filterText.addListener((o, a, b) -> applyFilter());
        filterStatus.addListener((o, a, b) -> applyFilter());
    }

    private void applyFilter() {
        String q = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        ReviewStatus st = filterStatus.get();
        filtered.setPredicate(s -> (st == null || s.standing().status() == st)
                && (q.isEmpty() || (s.policy().title() + " " + nz(s.policy().owner()) + " " + nz(s.policy().approvingBody())
                + " " + (s.planned() == null ? "" : nz(s.planned().reviewer()))).toLowerCase(Locale.ROOT).contains(q)));
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
        var school = ctx.school();
        latest.run(ctx.executor(), () -> services.reviewService().schedule(asOf, school), list -> {
            rows.setAll(list);
            long overdue = list.stream().filter(s -> s.standing().status() == ReviewStatus.OVERDUE).count();
            long soon = list.stream().filter(s -> s.standing().status() == ReviewStatus.DUE_SOON).count();
            counts.set(I18n.t("reviews.counts", overdue, soon, list.size() - overdue - soon));
            error.set(null);
        }, this::fail);
    }

    /**
     * The schedule by term: "Overdue" first (reviews already past), then each term from the as-of date's
     * onwards with the reviews due (or meetings planned) in it, then the policies with no date.
     */
    public Map<String, List<ReviewService.Scheduled>> byTerm() {
        Map<String, List<ReviewService.Scheduled>> out = new LinkedHashMap<>();
        List<ReviewService.Scheduled> overdue = new ArrayList<>();
        List<ReviewService.Scheduled> none = new ArrayList<>();
        Map<Term, List<ReviewService.Scheduled>> terms = new java.util.TreeMap<>();
        for (ReviewService.Scheduled s : filtered) {
            if (s.standing().status() == ReviewStatus.OVERDUE && (s.planned() == null || s.planned().plannedMeeting() == null)) {
                overdue.add(s);
            } else if (s.term() == null) {
                none.add(s);
            } else {
                terms.computeIfAbsent(s.term(), k -> new ArrayList<>()).add(s);
            }
        }
        if (!overdue.isEmpty()) {
            out.put(I18n.t("reviews.term.overdue"), overdue);
        }
        terms.forEach((t, l) -> out.put(I18n.t("reviews.term.label", t.label(), t.academicYearLabel()), l));
        if (!none.isEmpty()) {
            out.put(I18n.t("reviews.term.none"), none);
        }
        return out;
    }

    private void fail(Throwable t) {
        error.set(Dialogs.describe(t));
    }

    private <T> void write(java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> done) {
        banners.starting();
        ctx.executor().run(work, r -> {
            message.set(done.apply(r));
            error.set(null);
            ctx.dataChanged();
        }, this::fail);
    }

    public void plan(long policyId, LocalDate meeting, String reviewer, String title) {
        write(() -> ctx.services().reviewService().plan(policyId, meeting, reviewer),
                r -> I18n.t("reviews.msg.planned", title));
    }

    /**
     * Reads the policy's planned review as it stands, with its version, off the FX thread, for the plan dialog (issue
     * #19): the dialog hands it back to {@link #plan(long, LocalDate, String, String, Editing, Runnable, Consumer)}.
     */
    public void openPlan(long policyId, Consumer<Editing<Review>> onOpened) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.reviewService().openPlan(policyId), onOpened, this::fail);
    }

    /**
     * Plans the review as opened, for a dialog that stays open until it is saved: refused ({@code onError}, the
     * dialog keeps its values) when someone else planned or completed the review since it was opened.
     */
    public void plan(long policyId, LocalDate meeting, String reviewer, String title, Editing<Review> opened,
            Runnable onSaved, Consumer<String> onError) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.reviewService().plan(policyId, meeting, reviewer, opened), r -> {
            message.set(I18n.t("reviews.msg.planned", title));
            error.set(null);
            ctx.dataChanged();
            onSaved.run();
        }, e -> onError.accept(Dialogs.describe(e)));
    }

    /** The policy's newest review as it stands, with its version, off the FX thread, for the complete dialog (#19). */
    public void openCompletion(long policyId, Consumer<Editing<Review>> onOpened) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.reviewService().openCompletion(policyId), onOpened, this::fail);
    }

    /**
     * Records the review as opened, for a dialog that stays open until it is saved: refused ({@code onError}, the
     * dialog keeps its values) when someone else recorded or changed the policy's review since it was opened.
     */
    public void complete(ReviewService.Completion completion, String title, Editing<Review> opened, Runnable onSaved,
            Consumer<String> onError) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.reviewService().complete(completion, opened), r -> {
            message.set(I18n.t("reviews.msg.completed", title, r.outcome().label()));
            error.set(null);
            ctx.dataChanged();
            onSaved.run();
        }, e -> onError.accept(Dialogs.describe(e)));
    }

    public void complete(long policyId, LocalDate on, ReviewOutcome outcome, String notes, String reviewer, String title) {
        complete(new ReviewService.Completion(policyId, on, outcome, null, null, null, null, notes, reviewer), title);
    }

    /** Completes the review with its approval and optional next date by hand, as entered in the dialog. */
    public void complete(ReviewService.Completion completion, String title) {
        write(() -> ctx.services().reviewService().complete(completion),
                (Review r) -> I18n.t("reviews.msg.completed", title, r.outcome().label()));
    }

    public void exportCalendar(Path file, Consumer<Integer> done) {
        banners.starting();
        TrackerServices services = ctx.services();
        LocalDate asOf = ctx.asOf();
        ctx.executor().run(() -> services.reviewService().exportCalendar(asOf, file), n -> {
            message.set(I18n.t("reviews.msg.exported", n, file));
            done.accept(n);
        }, this::fail);
    }

    public ObservableList<ReviewService.Scheduled> rows() {
        return rows;
    }

    public FilteredList<ReviewService.Scheduled> filteredRows() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<ReviewStatus> filterStatusProperty() {
        return filterStatus;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty countsProperty() {
        return counts;
    }
}
