package uk.schoolcompliance.tracker.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
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
import uk.schoolcompliance.tracker.app.AuditText;
import uk.schoolcompliance.tracker.app.BackupService;
import uk.schoolcompliance.tracker.app.RestorePlan;
import uk.schoolcompliance.tracker.app.RetentionService;
import uk.schoolcompliance.tracker.app.SubjectAccessService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ActionMessages;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The Audit log page: entries filtered by record type, date range, user and text, newest first; the selected
 * entry's before/after field by field. Also the data-protection actions that live beside it: back up, restore,
 * retention erasure, subject access export. Read-only: nothing here edits the log.
 */
public final class AuditViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    public static final int LIMIT = 2_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    /** One row of the table. */
    public record Row(long id, String when, String osUser, String operator, String record, String action,
                      String summary, String redacted, AuditRecord source) {

        /** Who did it: on a trust's server the login that wrote the line (#19), on a file the computer's user. */
        public String who() {
            return source.entry().who();
        }
    }

    /** True on a trust's server: the "who" column is the server's login (audit_log.login), not the computer's user. */
    public boolean whoIsLogin() {
        TrackerServices s = ctx.services();
        return s != null && s.isServer();
    }

    private final UiContext ctx;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObservableList<AuditText.Change> changes = FXCollections.observableArrayList();
    private final StringProperty entity = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    /** Issue #15: each action clears what the last one said. */
    private final ActionMessages banners = new ActionMessages(status, error);
    private final StringProperty notice = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public AuditViewModel(UiContext ctx) {
        this(ctx, ZoneId.systemDefault());
    }

    public AuditViewModel(UiContext ctx, ZoneId zone) {
        this.ctx = ctx;
        this.zone = zone;
        selected.addListener((o, a, row) -> changes.setAll(row == null ? List.of()
                : AuditText.changes(row.source().entry().before(), row.source().entry().after())));
        // the search is live like the other filters: every change of the text asks again (the page debounces)
        text.addListener((o, a, b) -> typed.accept(this::refresh));
    }

    /** How a change of the search text runs its refresh: at once here, after a pause in typing on the page. */
    private java.util.function.Consumer<Runnable> typed = Runnable::run;
    /** The newest refresh asked for; an older one's answer arriving later is dropped. */
    private long asked;

    /** The page's debounce: {@code debounce} runs the refresh once the user pauses typing. */
    public void debounceSearch(java.util.function.Consumer<Runnable> debounce) {
        this.typed = debounce;
    }

    private record Loaded(List<Row> rows, List<String> entities, List<String> users, String readOnly) {
    }

    public void refresh() {
        TrackerServices s = ctx.services();
        if (s == null) {
            return;
        }
        AuditFilter filter = new AuditFilter(blankToNull(entity.get()), from.get(), to.get(), blankToNull(user.get()),
                blankToNull(text.get()), LIMIT).forSchool(ctx.school().orElse(null));
        loading.set(true);
        long ask = ++asked;
        latest.run(ctx.executor(), () -> {
            List<Row> out = new ArrayList<>();
            for (AuditRecord r : s.auditLog().search(filter)) {
                out.add(row(r));
            }
            return new Loaded(out, s.auditLog().entities(), s.auditLog().users(), s.readOnlyReason());
        }, loaded -> {
            if (ask != asked) {
                return; // the user typed on: a newer answer is on its way
            }
            loading.set(false);
            Row keep = selected.get();
            rows.setAll(loaded.rows());
            if (!entities.equals(loaded.entities())) {
                entities.setAll(loaded.entities());
            }
            if (!users.equals(loaded.users())) {
                users.setAll(loaded.users());
            }
            notice.set(loaded.readOnly());
            status.set(loaded.rows().size() >= LIMIT ? I18n.t("audit.status.limited", LIMIT)
                    : I18n.t("audit.status", loaded.rows().size()));
            selected.set(keep == null ? null
                    : loaded.rows().stream().filter(r -> r.id() == keep.id()).findFirst().orElse(null));
        }, e -> {
            if (ask != asked) {
                return;
            }
            loading.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    private Row row(AuditRecord r) {
        var e = r.entry();
        String record = AuditText.recordName(r);
        String line = AuditText.changeLine(e.before(), e.after());
        String summary = e.before() == null ? ("create".equals(e.action()) ? I18n.t("audit.summary.created", line) : line)
                : e.after() == null ? I18n.t("audit.summary.removed")
                : line.isEmpty() ? I18n.t("audit.summary.none")
                : line;
        return new Row(e.id(), e.at().atZone(zone).format(WHEN), e.osUser(), e.operator() == null ? "" : e.operator(),
                record, e.action(), summary, r.redactedOn() == null ? "" : I18n.t("audit.redacted.on",
                        uk.schoolcompliance.tracker.domain.Dates.forPeople(r.redactedOn())), r);
    }

    public void clearFilters() {
        entity.set(null);
        from.set(null);
        to.set(null);
        user.set(null);
        text.set("");
        refresh();
    }

    // --- data protection actions -------------------------------------------------------------------------

    public void backupNow() {
        banners.starting();
        TrackerServices s = ctx.services();
        ctx.executor().run(() -> s.backups().backupNow(), b -> status.set(I18n.t("safety.backup.done", b.file())),
                e -> error.set(Dialogs.describe(e)));
    }

    public void listBackups(Consumer<List<Backup>> onLoaded) {
        TrackerServices s = ctx.services();
        ctx.executor().run(() -> s.backups().list(), onLoaded, e -> error.set(Dialogs.describe(e)));
    }

    public Path backupFolder() {
        return ctx.services().backups().folder();
    }

    /**
     * What restoring {@code backup} over the open database would undo (changes, erasures, imports), worked out off
     * the FX thread; the restore dialog lists it and asks before {@link #restore(Path, RestorePlan, boolean, Consumer)}.
     */
    public void planRestore(Path backup, Consumer<RestorePlan> onPlanned) {
        banners.starting();
        TrackerServices s = ctx.services();
        Path file = s.databaseFile();
        ctx.executor().run(() -> BackupService.planRestore(file, backup, ctx.clock()), onPlanned,
                e -> error.set(Dialogs.describe(e)));
    }

    /** Restores without a confirmed list, erasing again whoever was erased since the backup. */
    public void restore(Path backup, Consumer<String> onDone) {
        restore(backup, null, true, onDone);
    }

    /**
     * Restores a backup over the open database (audited; the people erased since the backup are erased again unless
     * {@code reapplyErasures} is false; refused if the database changed since {@code confirmed} was worked out), then
     * reopens it; {@code onDone} gets the status message.
     */
    public void restore(Path backup, RestorePlan confirmed, boolean reapplyErasures, Consumer<String> onDone) {
        banners.starting();
        TrackerServices s = ctx.services();
        Path file = s.databaseFile();
        ctx.executor().run(() -> {
            BackupService.RestoreOutcome done = BackupService.restore(file, backup, ctx.clock(), ctx.actor(), reapplyErasures,
                    confirmed);
            TrackerServices reopened = TrackerServices.open(file, ctx::actor, ctx.clock()); // who is using the app, as before
            return new Object[] {reopened, done};
        }, result -> {
            ctx.servicesProperty().set((TrackerServices) result[0]);
            BackupService.RestoreOutcome done = (BackupService.RestoreOutcome) result[1];
            String message = I18n.t("safety.restore.done", backup.getFileName(),
                    done.kept().map(Path::toString).orElse(""));
            if (!done.reapplied().isEmpty()) {
                message += " " + I18n.t("safety.restore.erasedAgain", done.reapplied().size());
            }
            if (!done.notReapplied().isEmpty()) {
                message += " " + I18n.t("safety.restore.notErasedAgain", done.notReapplied().size());
            }
            status.set(message);
            ctx.dataChanged();
            onDone.accept(message);
        }, e -> error.set(Dialogs.describe(e)));
    }

    public void retentionDue(Consumer<List<RetentionService.Candidate>> onLoaded) {
        TrackerServices s = ctx.services();
        LocalDate today = ctx.today();
        ctx.executor().run(() -> s.retention().due(today), onLoaded, e -> error.set(Dialogs.describe(e)));
    }

    public int retentionYears() {
        return ctx.services().retention().retentionYears();
    }

    /** Erases the people ticked, as of today by the app's clock (never the page's as-of date). */
    public void erase(Collection<Long> staffIds, Consumer<Integer> onDone) {
        erase(staffIds, onDone, e -> error.set(e));
    }

    /**
     * Erases the leavers off the FX thread: then {@code onDone} with how many records were redacted, or
     * {@code onRefused} with the one line why not (the retention dialog says it and stays open, issue #18).
     */
    public void erase(Collection<Long> staffIds, Consumer<Integer> onDone, Consumer<String> onRefused) {
        banners.starting();
        TrackerServices s = ctx.services();
        List<Long> ids = List.copyOf(staffIds);
        ctx.executor().run(() -> s.retention().erase(ids), redacted -> {
            status.set(I18n.t("safety.retention.done", ids.size(), redacted));
            ctx.dataChanged();
            onDone.accept(redacted);
        }, e -> onRefused.accept(Dialogs.describe(e)));
    }

    public void staff(Consumer<List<StaffMember>> onLoaded) {
        TrackerServices s = ctx.services();
        ctx.executor().run(() -> s.allStaff(), onLoaded, e -> error.set(Dialogs.describe(e)));
    }

    /**
     * The person a typed staff reference, e-mail or #ID stands for, by the one rule every command uses
     * ({@code StaffService.identify}); {@code onProblem} gets the one-line reason when nobody or several match.
     */
    public void identifyStaff(String key, Consumer<StaffMember> onFound, Consumer<String> onProblem) {
        TrackerServices s = ctx.services();
        String field = I18n.t("safety.sar.staff.field");
        ctx.executor().run(() -> s.staffService().identify(key, field), onFound, e -> onProblem.accept(Dialogs.describe(e)));
    }

    public void exportSubjectAccess(long staffId, Path folder, Consumer<SubjectAccessService.Export> onDone) {
        banners.starting();
        TrackerServices s = ctx.services();
        LocalDate today = ctx.today();
        ctx.executor().run(() -> s.subjectAccess().export(staffId, today, folder), export -> {
            status.set(I18n.t("safety.sar.done", export.pdf(), export.csv()));
            onDone.accept(export);
        }, e -> error.set(Dialogs.describe(e)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals(I18n.t("audit.filter.all")) ? null : s.trim();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObservableList<String> users() {
        return users;
    }

    public ObservableList<AuditText.Change> changes() {
        return changes;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Set when the database is open read-only (another copy holds it). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
