package uk.schoolcompliance.tracker.ui.induction;

import java.time.LocalDate;
import java.io.OutputStream;
import java.nio.file.Files;
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
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ActionMessages;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * New starters' induction as of the chosen date: every plan with its progress, the selected
 * person's checklist, ticking and un-ticking tasks, the printable checklist and the templates.
 */
public final class InductionViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    private final UiContext ctx;
    private final ObservableList<InductionProgress> plans = FXCollections.observableArrayList();
    private final ObjectProperty<InductionService.Checklist> checklist = new SimpleObjectProperty<>();
    private final BooleanProperty showComplete = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty();
    /** Issue #15: each action clears what the last one said. */
    private final ActionMessages banners = new ActionMessages(message, error);
    private List<InductionProgress> all = List.of();
    private long selectedId;

    public InductionViewModel(UiContext ctx) {
        this.ctx = ctx;
        showComplete.addListener((o, a, b) -> applyFilter());
    }

    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        java.util.Set<Long> schools = uk.schoolcompliance.tracker.ui.trust.SchoolFilter.staffSchools(ctx.school());
        latest.run(ctx.executor(), () -> services.inductionService().progress(ctx.asOf()).stream()
                .filter(p -> schools == null || schools.contains(p.staff().schoolId())).toList(), list -> {
            all = list;
            applyFilter();
            error.set(null);
            if (selectedId != 0) {
                select(selectedId);
            }
        }, e -> error.set(Dialogs.describe(e)));
    }

    private void applyFilter() {
        plans.setAll(showComplete.get() ? all : all.stream().filter(p -> !p.complete()).toList());
    }

    public void select(long staffId) {
        TrackerServices services = ctx.services();
        selectedId = staffId;
        if (services == null || staffId == 0) {
            checklist.set(null);
            return;
        }
        ctx.executor().run(() -> services.inductionService().checklist(staffId, ctx.asOf()), c -> {
            if (selectedId == staffId) {
                checklist.set(c);
            }
        }, e -> error.set(Dialogs.describe(e)));
    }

    /** The date a tick starts with: today by the app's clock (not the page's as-of date). */
    public LocalDate tickDefault() {
        return ctx.today();
    }

    /** Why a tick dated {@code doneOn} cannot be recorded, naming the field; null when it can. */
    public String tickProblem(LocalDate doneOn) {
        if (doneOn == null) {
            return I18n.t("induction.tick.required");
        }
        if (doneOn.isAfter(ctx.today())) {
            return I18n.t("induction.tick.future", Dates.forPeople(doneOn), Dates.forPeople(ctx.today()));
        }
        return null;
    }

    /** Ticks a task off as done on {@code doneOn} (the day it was really done), by the operator. */
    public void tick(long itemId, LocalDate doneOn) {
        tick(itemId, doneOn, () -> { }, this::refusedOnThePage);
    }

    /** A refusal with no dialog open: said on the page, which shows the task as it now is. */
    private void refusedOnThePage(String why) {
        error.set(why);
        ctx.dataChanged();
    }

    /**
     * Ticks a task off as done on {@code doneOn} off the FX thread: then {@code onSaved}, or {@code onRefused} with
     * the one line why not (the tick dialog says it and stays open, issue #18).
     */
    public void tick(long itemId, LocalDate doneOn, Runnable onSaved, Consumer<String> onRefused) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.inductionService().tick(itemId, doneOn, services.actor().displayName()),
                ticked -> {
            // issue #19: ticked already (by someone else at the same moment): the first tick stands, and it says so
            error.set(ticked ? null : I18n.t("induction.tick.already"));
            ctx.dataChanged();
            onSaved.run();
        }, e -> onRefused.accept(Dialogs.describe(e)));
    }

    /** Un-ticks a task off the FX thread: then {@code onSaved}, or {@code onRefused} with the one line why not. */
    public void untick(long itemId, String reason, Runnable onSaved, Consumer<String> onRefused) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> {
            services.inductionService().untick(itemId, reason);
            return null;
        }, x -> {
            ctx.dataChanged();
            onSaved.run();
        }, e -> onRefused.accept(Dialogs.describe(e)));
    }

    public void untick(long itemId, String reason) {
        untick(itemId, reason, () -> { }, this::refusedOnThePage);
    }

    /** Writes the selected person's printable checklist. */
    public void writePdf(long staffId, Path file, Consumer<Path> onDone) {
        banners.starting();
        TrackerServices services = ctx.services();
        LocalDate asOf = ctx.asOf();
        ctx.executor().run(() -> services.inductionService().writeChecklistPdf(staffId, asOf, file), onDone, e -> error.set(Dialogs.describe(e)));
    }

    /** A category's template and the active policies to choose from. */
    public record TemplateData(List<InductionTemplateItem> items, List<Policy> policies) {
    }

    public void loadTemplate(StaffCategory category, boolean defaults, Consumer<TemplateData> onLoaded) {
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> new TemplateData(defaults ? services.inductionService().defaultTemplate(category)
                        : services.inductionService().template(category),
                        services.allPolicies().stream().filter(Policy::isActive).toList()), onLoaded,
                e -> error.set(Dialogs.describe(e)));
    }

    public void saveTemplate(StaffCategory category, List<InductionTemplateItem> items, Runnable onSaved,
                             Consumer<String> onError) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> {
            services.inductionService().saveTemplate(category, items);
            return null;
        }, x -> {
            message.set(null);
            onSaved.run();
        }, e -> onError.accept(Dialogs.describe(e)));
    }

    public ObservableList<InductionProgress> plans() {
        return plans;
    }

    public ObjectProperty<InductionService.Checklist> checklistProperty() {
        return checklist;
    }

    public BooleanProperty showCompleteProperty() {
        return showComplete;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public UiContext context() {
        return ctx;
    }

    public long selectedId() {
        return selectedId;
    }
}
