package uk.schoolcompliance.tracker.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.schoolcompliance.tracker.app.BackupService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;

/**
 * The main window's state: which file is open, the school's name, the counts on the navigation
 * rail, the status line and the global search.
 */
public final class MainViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final LatestLoad latest = new LatestLoad();

    /** A global-search hit. */
    public record SearchHit(Destination destination, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final UiContext ctx;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(I18n.t("app.title"));
    private final ReadOnlyStringWrapper schoolName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openFile = new ReadOnlyStringWrapper("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final Map<Section, IntegerProperty> counts = new EnumMap<>(Section.class);
    private List<StaffMember> staff = List.of();
    private List<Policy> policies = List.of();
    private final BooleanProperty askUserName = new SimpleBooleanProperty();
    private final StringBinding currentUser;

    public MainViewModel(UiContext ctx) {
        this.ctx = ctx;
        for (Section s : Section.values()) {
            counts.put(s, new SimpleIntegerProperty(0));
        }
        ctx.revisionProperty().addListener((o, a, b) -> refreshCounts());
        ctx.asOfProperty().addListener((o, a, b) -> refreshCounts());
        ctx.connectionWatch().lostProperty().addListener((o, a, lost) -> {
            if (lost != null) {
                status.set(lost);
            }
        });
        ctx.connectionWatch().backProperty().addListener((o, a, back) -> {
            if (back != null) {
                status.set(back);
            }
        });
        currentUser = Bindings.createStringBinding(() -> ctx.userName() == null
                ? I18n.t("user.current.login", ctx.login()) : I18n.t("user.current", ctx.userName()), ctx.userNameProperty());
    }

    /** Opens a database; with {@code demoIfMissing} a missing file is first built as the demo school. */
    public void open(Path file, boolean demoIfMissing) {
        status.set(I18n.t("status.opening", file));
        ctx.executor().run(() -> {
            boolean build = demoIfMissing && !Files.exists(file);
            // every write asks the context who is doing it: the name chosen in the window, changeable at any time
            // the quick check runs unless this very file passed it today and is unchanged since (issue 17)
            uk.schoolcompliance.tracker.app.QuickCheckMemory checks =
                    uk.schoolcompliance.tracker.app.QuickCheckMemory.forThisComputer();
            TrackerServices services = build ? TrackerServices.open(file, ctx::actor, ctx.clock(), checks)
                    : TrackerServices.openExisting(file, ctx::actor, ctx.clock(), checks);
            if (build && file.getFileName().toString().equals(uk.schoolcompliance.tracker.app.AppPaths.DEMO_TRUST_FILE)) {
                services.demoTrust().build(ctx.today()); // issue 16
            } else if (build) {
                services.demoSchool().build(ctx.today());
            }
            return services;
        }, services -> {
            replaceServices(services);
            openFile.set(file.toAbsolutePath().toString());
            title.set(I18n.t("app.title.file", file.getFileName()));
            status.set(services.notices().isEmpty() ? I18n.t("status.opened", file.toAbsolutePath())
                    : String.join("; ", services.notices()));
            ctx.dataChanged();
            afterOpen(services);
            if (ctx.shouldAskUserName()) {
                askUserName.set(true);
            }
        }, e -> {
            status.set(I18n.t("status.open.failed"));
            error.set(I18n.t("error.open", file, uk.schoolcompliance.tracker.ui.common.Dialogs.describe(e)));
            BackupService.unreadable(e).ifPresent(u -> restoreOffer.set(new RestoreOffer(u.file(),
                    u.newestBackup().file(),
                    u.newestBackup().takenAt().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")))));
        });
    }

    /**
     * Connects to the trust's server {@code --db postgresql://USER@HOST/DB} names (the password from
     * {@code PGPASSWORD} or the password file, as on the command line); a failure is the store's one line.
     */
    public void connect(String server) {
        status.set(I18n.t("status.opening", server));
        ctx.executor().run(() -> TrackerServices.openTarget(server, ctx::actor, ctx.clock(), false), this::useServer,
                e -> {
                    status.set(I18n.t("status.open.failed"));
                    error.set(I18n.t("error.open", server, uk.schoolcompliance.tracker.ui.common.Dialogs.describe(e)));
                });
    }

    private void replaceServices(TrackerServices services) {
        TrackerServices previous = ctx.services();
        ctx.connectionWatch().stop(); // a lost server we leave is no longer watched
        ctx.servicesProperty().set(services);
        if (previous != null && previous != services) {
            previous.close(); // gives up the write lock of the file we leave
        }
    }

    /**
     * Shows a trust's server that File > Connect to trust server… connected to: the title and status bar say which
     * server and user ("tracker on dbhost as office_jane"), as they say the file.
     */
    public void useServer(TrackerServices services) {
        replaceServices(services);
        String name = services.serverDetails().map(d -> d.describe()).orElse(services.databaseLocation());
        openFile.set(services.databaseLocation());
        title.set(I18n.t("app.title.server", name));
        status.set(services.notices().isEmpty() ? I18n.t("status.server.connected", name)
                : String.join("; ", services.notices()));
        ctx.dataChanged();
        afterOpen(services);
        if (ctx.shouldAskUserName()) {
            askUserName.set(true);
        }
    }

    /** A file that could not be opened and the newest backup of it, offered for restoring. */
    public record RestoreOffer(Path file, Path backup, String takenAt) {
    }

    private final ObjectProperty<RestoreOffer> restoreOffer = new SimpleObjectProperty<>();

    public ObjectProperty<RestoreOffer> restoreOfferProperty() {
        return restoreOffer;
    }

    /** Restores the offered backup over the unreadable file (keeping that file among the backups), then opens it. */
    public void acceptRestore(RestoreOffer offer) {
        ctx.executor().run(() -> BackupService.restore(offer.file(), offer.backup(), ctx.clock()), kept -> open(offer.file(), false),
                e -> error.set(uk.schoolcompliance.tracker.ui.common.Dialogs.describe(e)));
    }

    private final StringProperty done = new SimpleStringProperty();

    /** Set when an action the user asked for succeeded and says where ("Backed up to …"); the view shows it and clears it. */
    public StringProperty doneProperty() {
        return done;
    }

    /**
     * "Back up now…" to a folder the user chose (a USB stick, a OneDrive folder), off the FX thread: the status line
     * says it is under way, then where the backup is; a refusal (the database's own folder, one it cannot write) is
     * shown as the error, and nothing is written.
     */
    public void backUpTo(Path folder) {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        status.set(I18n.t("help.backup.running", folder));
        ctx.executor().run(() -> services.backups().backupToFolder(folder), written -> {
            status.set(I18n.t("help.backup.done", written));
            done.set(I18n.t("help.backup.done", written));
        }, e -> {
            String why = uk.schoolcompliance.tracker.ui.common.Dialogs.describe(e);
            status.set(I18n.t("help.backup.failed", why));
            error.set(why);
        });
    }

    /** Read-only when another copy holds the file; otherwise the daily backup (at most one a day). */
    private void afterOpen(TrackerServices services) {
        if (services.isReadOnly()) {
            status.set(I18n.t("safety.readOnly.status"));
            title.set(title.get() + " — " + I18n.t("safety.readOnly.title"));
            error.set(services.readOnlyReason());
            return;
        }
        ctx.executor().run(() -> services.backups().backupOnOpen(ctx.today()), b -> { },
                e -> status.set(uk.schoolcompliance.tracker.ui.common.Dialogs.describe(e)));
    }

    public void refreshCounts() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        LocalDate asOf = ctx.asOf();
        // a governor's login (#19) may read no table of people: its counts and the policies of its schedule only
        latest.run(ctx.executor(), () -> services.compliance().governorOnly()
                ? new Loaded(services.schoolName(), services.compliance().summary(asOf), java.util.List.of(),
                        services.compliance().calculator(asOf).data().policies())
                : new Loaded(services.schoolName(), services.compliance().summary(asOf),
                services.allStaff(), services.allPolicies()), loaded -> {
                    schoolName.set(loaded.school());
                    Summary s = loaded.summary();
                    counts.get(Section.ACKNOWLEDGEMENTS).set(s.ackOverdue());
                    counts.get(Section.REVIEWS).set(s.reviewsOverdue() + s.reviewsDueSoon());
                    counts.get(Section.INDUCTION).set(s.inductionOverdueItems());
                    counts.get(Section.DASHBOARD).set(s.dataWarnings());
                    staff = loaded.staff();
                    policies = loaded.policies();
                }, e -> error.set(uk.schoolcompliance.tracker.ui.common.Dialogs.describe(e)));
    }

    private record Loaded(String school, Summary summary, List<StaffMember> staff, List<Policy> policies) {
    }

    /** Staff and policies whose name, reference or email contain the text (at most 12). */
    public List<SearchHit> search(String text) {
        List<SearchHit> hits = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return hits;
        }
        String q = text.trim().toLowerCase(Locale.ROOT);
        for (StaffMember s : staff) {
            if (hits.size() >= 8) {
                break;
            }
            if ((s.fullName() + " " + s.staffRef() + " " + s.email()).toLowerCase(Locale.ROOT).contains(q)) {
                hits.add(new SearchHit(new Destination.Person(s.id()), I18n.t("search.staff", s.fullName(), s.category().label())));
            }
        }
        for (Policy p : policies) {
            if (hits.size() >= 12) {
                break;
            }
            if ((p.title() + " " + p.referenceCode()).toLowerCase(Locale.ROOT).contains(q)) {
                hits.add(new SearchHit(new Destination.PolicyRecord(p.id()), I18n.t("search.policy", p.title())));
            }
        }
        return hits;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty schoolNameProperty() {
        return schoolName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openFileProperty() {
        return openFile.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Set when something failed that the user must be told about; the view shows it and clears it. */
    public StringProperty errorProperty() {
        return error;
    }

    public IntegerProperty count(Section section) {
        return counts.get(section);
    }

    // ---- who is using the app

    /**
     * Set once a file is open and no name is known on this computer (once per run): the window asks "Who is
     * using Compliance Tracker?" and clears it.
     */
    public BooleanProperty askUserNameProperty() {
        return askUserName;
    }

    /** "Recording as Jo Bloggs", or the login while no name is known: shown in the top bar. */
    public StringBinding currentUserProperty() {
        return currentUser;
    }

    /** The answer to "Who is using Compliance Tracker?": recorded from now on and remembered on this computer. */
    public void useUserName(String name) {
        try {
            String clean = ctx.useUserName(name, reason -> error.set(I18n.t("user.notRemembered", reason)));
            status.set(I18n.t("user.status", clean));
            ctx.dataChanged(); // pages that show the name (the governors' pack cover) show the new one
        } catch (uk.schoolcompliance.tracker.app.UserException e) {
            error.set(e.getMessage());
        }
    }
}
