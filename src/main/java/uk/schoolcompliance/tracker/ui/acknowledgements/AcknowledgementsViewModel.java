package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ActionMessages;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The acknowledgements page's state: the heat map, the outstanding list and the figures, all from one
 * calculator run as of the chosen date, and the filters they share. Work runs through the executor.
 */
public final class AcknowledgementsViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    /** Figures for one row of the per-policy or per-category table. */
    public record Figure(String name, String detail, Tally tally) {
    }

    /**
     * A group of the outstanding list (a policy's gaps, or a person's), or, with {@code absent}, the one
     * group of the gaps of people on long-term absence, listed apart after the others and never chased.
     */
    public record Group(String title, List<Obligation> gaps, boolean absent) {
        public long overdue() {
            return gaps.stream().filter(o -> o.status() == ObligationStatus.OVERDUE).count();
        }
    }

    private record Loaded(MatrixModel matrix, List<Obligation> gaps, List<Figure> byPolicy, List<Figure> byCategory,
                          long millis) {
    }

    /**
     * What to tell the user after a recording from the window. {@code afterAsOf}: what was recorded is
     * dated after the page's as-of date, so the figures on screen do not include it (say so, and offer
     * to show them as of today).
     */
    public record Notice(String text, boolean afterAsOf) {
    }

    /** Mail clients refuse very long mailto links; beyond this we copy the addresses instead. */
    public static final int MAILTO_LIMIT = 1900;

    private final UiContext ctx;
    private final VisibleMatrix matrix = new VisibleMatrix();
    private final OutstandingList outstanding = new OutstandingList();
    private final AckFilters filters = new AckFilters(this::applyFilter);
    private final ObservableList<Figure> byPolicy = FXCollections.observableArrayList();
    private final ObservableList<Figure> byCategory = FXCollections.observableArrayList();
    private final ObservableList<String> areas = FXCollections.observableArrayList();
    private final ObservableList<Policy> policies = FXCollections.observableArrayList();
    private final BooleanProperty groupByStaff = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** Issue #15: each action clears what the last one said. */
    private final ActionMessages banners = new ActionMessages(message, error);
    private final RecordedNotices notices;
    private final LongProperty loadMillis = new SimpleLongProperty();

    public AcknowledgementsViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.notices = new RecordedNotices(ctx, message);
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
            long start = System.nanoTime();
            ComplianceCalculator calc = services.compliance().calculator(asOf, school);
            MatrixModel m = MatrixModel.build(calc);
            List<Obligation> gaps = calc.gaps();
            List<Figure> pol = new ArrayList<>();
            calc.tallyByPolicy().forEach((p, t) -> pol.add(new Figure(p.title(), p.area() == null ? "" : p.area(), t)));
            List<Figure> cat = new ArrayList<>();
            calc.tallyByCategory().forEach((c, t) -> cat.add(new Figure(c.label(), "", t)));
            return new Loaded(m, gaps, pol, cat, (System.nanoTime() - start) / 1_000_000);
        }, loaded -> {
            outstanding.setGaps(loaded.gaps());
            Set<String> areaSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            loaded.matrix().policies().forEach(p -> {
                if (p.area() != null && !p.area().isBlank()) {
                    areaSet.add(p.area());
                }
            });
            areas.setAll(areaSet);
            Policy chosen = filters.policy().get();
            policies.setAll(loaded.matrix().policies());
            if (chosen != null) {
                filters.policy().set(policies.stream().filter(p -> p.id() == chosen.id()).findFirst().orElse(null));
            }
            byPolicy.setAll(loaded.byPolicy());
            byCategory.setAll(loaded.byCategory());
            matrix.matrix().set(loaded.matrix());
            loadMillis.set(loaded.millis());
            applyFilter();
            error.set(null);
            loading.set(false);
        }, e -> {
            error.set(Dialogs.describe(e));
            loading.set(false);
        });
    }

    public MatrixModel.Filter filter() {
        return filters.filter();
    }

    /** Recomputes the visible rows/columns and the outstanding list from the filters (cheap; on the FX thread). */
    public void applyFilter() {
        MatrixModel.Filter f = filter();
        matrix.apply(f);
        outstanding.apply(f);
    }

    public void clearFilters() {
        filters.clear();
    }

    /**
     * The outstanding list grouped by policy (the default) or by person, groups in list order; then, apart,
     * one group of the gaps of people on long-term absence (rule 3: listed apart, not chased).
     */
    public List<Group> groups() {
        return outstanding.groups(groupByStaff.get());
    }

    /** The outstanding acknowledgements listed (with the filters): the summary's figure when none is set. */
    public long outstandingCount() {
        return outstanding.outstandingCount();
    }

    /** The gaps of people on long-term absence listed (with the filters), counted apart. */
    public long absentCount() {
        return outstanding.absentCount();
    }

    /** "189 outstanding (171 overdue), plus 3 on long-term absence, not chased", for what is listed. */
    public String countLine() {
        return outstanding.countLine();
    }

    /** The distinct email addresses to chase for these gaps (people on absence are never chased). */
    public static List<String> chaseEmails(List<Obligation> gaps) {
        return OutstandingList.chaseEmails(gaps);
    }

    /** Gaps of people with no email address (to chase another way). */
    public static long withoutEmail(List<Obligation> gaps) {
        return OutstandingList.withoutEmail(gaps);
    }

    /** A mailto link with everyone in BCC and a prepared subject. */
    public static String mailto(List<String> emails, String subject) {
        return OutstandingList.mailto(emails, subject);
    }

    /** The subject of a chase email: the policy when there is one, else a general one. */
    public String chaseSubject(List<Obligation> gaps) {
        Set<String> titles = new LinkedHashSet<>();
        gaps.forEach(o -> titles.add(o.policy().title()));
        return titles.size() == 1 ? I18n.t("acks.chase.subject.one", titles.iterator().next())
                : I18n.t("acks.chase.subject.many", Dates.forPeople(ctx.asOf()));
    }

    /** Writes the (filtered) outstanding list as CSV or XLSX (by the file's extension). */
    public void export(Path file, List<Obligation> gaps) {
        banners.starting();
        TrackerServices services = ctx.services();
        String title = I18n.t("acks.export.title", Dates.forPeople(ctx.asOf()));
        ctx.executor().run(() -> services.acknowledgementService().exportOutstanding(gaps, title, file), n -> message.set(I18n.t("acks.export.done", n, file.toAbsolutePath())),
                e -> error.set(I18n.t("acks.export.failed", file, Dialogs.describe(e))));
    }

    /** After a sign-off session: how many were recorded and, when dated after the as-of date, that the figures leave them out. */
    public static Notice sessionNotice(List<Acknowledgement> written, LocalDate asOf) {
        return RecordedNotices.session(written, asOf);
    }

    /** After "Record one": recorded (or already signed) and, when dated after the as-of date, that the figures leave it out. */
    public static Notice oneNotice(AcknowledgementService.Result r, LocalDate asOf) {
        return RecordedNotices.one(r, asOf);
    }

    /** After importing form responses: how many, and how many of them the figures as of the date leave out. */
    public static Notice importNotice(List<Acknowledgement> written, LocalDate asOf) {
        return RecordedNotices.imported(written, asOf);
    }

    /** Shows a notice as the page's message, with the offer to show today's figures when it needs one. */
    public void tell(Notice n) {
        notices.tell(n);
    }

    /** Tells what a sign-off session recorded, against the page's as-of date. */
    public void tellSession(List<Acknowledgement> written) {
        tell(sessionNotice(written, ctx.asOf()));
    }

    /** Tells what "Record one" did, against the page's as-of date. */
    public void tellOne(AcknowledgementService.Result r) {
        tell(oneNotice(r, ctx.asOf()));
    }

    /** Tells what an import of form responses recorded, against the page's as-of date. */
    public void tellImport(List<Acknowledgement> written) {
        tell(importNotice(written, ctx.asOf()));
    }

    /** "Show as of today": moves the as-of date to today, so the figures include what was just recorded. */
    public void showAsOfToday() {
        notices.showAsOfToday();
    }

    /** Voids an acknowledgement with a reason, then refreshes every page. */
    public void voidAcknowledgement(long id, String reason, Runnable done) {
        voidAcknowledgement(id, reason, done, e -> error.set(e));
    }

    /**
     * Voids an acknowledgement off the FX thread: then {@code done}, or {@code onRefused} with the one line why not
     * (the void dialog says it and stays open, issue #18).
     */
    public void voidAcknowledgement(long id, String reason, Runnable done, java.util.function.Consumer<String> onRefused) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.acknowledgementService().voidAcknowledgement(id, reason), a -> {
            message.set(I18n.t("acks.void.done"));
            ctx.dataChanged();
            done.run();
        }, e -> onRefused.accept(Dialogs.describe(e)));
    }


    /** An action the view runs itself (copying or mailing the chase list) starts: the last one's words go. */
    public void startAction() {
        banners.starting();
    }

    public UiContext context() {
        return ctx;
    }

    public ObjectProperty<MatrixModel> matrixProperty() {
        return matrix.matrix();
    }

    public ObjectProperty<int[]> visibleRowsProperty() {
        return matrix.rows();
    }

    public ObjectProperty<int[]> visibleColsProperty() {
        return matrix.cols();
    }

    public ObservableList<Obligation> outstanding() {
        return outstanding.shown();
    }

    public ObservableList<Figure> byPolicy() {
        return byPolicy;
    }

    public ObservableList<Figure> byCategory() {
        return byCategory;
    }

    public ObservableList<String> areas() {
        return areas;
    }

    public ObservableList<Policy> policies() {
        return policies;
    }

    public ObjectProperty<StaffCategory> categoryProperty() {
        return filters.category();
    }

    public ObjectProperty<String> areaProperty() {
        return filters.area();
    }

    public ObjectProperty<Policy> policyProperty() {
        return filters.policy();
    }

    public BooleanProperty overdueOnlyProperty() {
        return filters.overdueOnly();
    }

    public StringProperty nameProperty() {
        return filters.name();
    }

    public BooleanProperty groupByStaffProperty() {
        return groupByStaff;
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

    /** True while the message is a notice about a recording after the as-of date ("Show as of today" is offered). */
    public BooleanProperty offerTodayProperty() {
        return notices.offerToday();
    }

    public LongProperty loadMillisProperty() {
        return loadMillis;
    }
}
