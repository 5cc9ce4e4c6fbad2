package uk.schoolcompliance.tracker.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ActionMessages;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The Reports page's state: as-of date, term, names on or off, where the PDF and the workbook go,
 * a preview of the pack's figures and sections, and the build itself in three background steps
 * (figures, PDF, workbook) so the progress bar moves and the window never freezes.
 */
public final class ReportsViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    private final UiContext ctx;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<Term> term = new SimpleObjectProperty<>();
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final BooleanProperty names = new SimpleBooleanProperty(false);
    private final BooleanProperty makePdf = new SimpleBooleanProperty(true);
    private final BooleanProperty makeXlsx = new SimpleBooleanProperty(true);
    private final StringProperty pdfPath = new SimpleStringProperty();
    private final StringProperty xlsxPath = new SimpleStringProperty();
    private final BooleanProperty openAfter = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    /** Issue #15: each action clears what the last one said. */
    private final ActionMessages banners = new ActionMessages(status, error);
    private final ObjectProperty<GovernorsPack> preview = new SimpleObjectProperty<>();
    /** On a trust's file with "All schools" chosen: the trust board's pack (and {@link #preview} is null). */
    private final ObjectProperty<TrustPack> trustPreview = new SimpleObjectProperty<>();
    private final List<Path> lastSaved = new ArrayList<>();
    private Consumer<List<Path>> opener = paths -> { };
    private final Path folder;
    private int previewRequest;
    /** The default file names, following the term and the pack the picker chooses. */
    private final PackFileNames fileNames;

    public ReportsViewModel(UiContext ctx) {
        this(ctx, defaultFolder());
    }

    public ReportsViewModel(UiContext ctx, Path folder) {
        this.ctx = ctx;
        this.folder = folder;
        asOf.set(ctx.asOf());
        choose(ctx.asOf());
        fileNames = new PackFileNames(pdfPath, xlsxPath, folder,
                ctx.services() == null ? null : ctx.services().schoolName(), term.get());
        ctx.asOfProperty().addListener((o, a, d) -> {
            if (d != null && !busy.get()) {
                asOf.set(d);
            }
        });
        asOf.addListener((o, a, d) -> {
            if (d != null) {
                Term old = term.get();
                choose(d);
                if (old != null && !old.equals(term.get())) {
                    fileNames.termChanged(old, term.get());
                }
                refreshPreview();
            }
        });
        term.addListener((o, a, t) -> {
            if (a != null && t != null) {
                fileNames.termChanged(a, t);
            }
            refreshPreview();
        });
        names.addListener((o, a, b) -> refreshPreview());
    }

    static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path docs = home.resolve("Documents");
        return Files.isDirectory(docs) ? docs : home;
    }

    /** The terms offered: the as-of date's, the three before it and the next one; picks the as-of date's. */
    private void choose(LocalDate date) {
        Term current = Term.containing(date);
        Term chosen = term.get();
        List<Term> around = current.previous().previous().previous().andFollowing(5);
        if (!terms.equals(around)) {
            terms.setAll(around);
        }
        if (chosen == null || !chosen.equals(current)) {
            term.set(current);
        }
    }

    /** Rebuilds the preview (the pack's figures, not its files) for the current choices. */
    public void refreshPreview() {
        TrackerServices services = ctx.services();
        if (services == null || asOf.get() == null || term.get() == null) {
            return;
        }
        int request = ++previewRequest;
        LocalDate date = asOf.get();
        Term t = term.get();
        boolean withNames = names.get();
        var chosenSchool = ctx.school();
        // the picker decides: a school is its governors' pack; "All schools" on a trust's file the trust board's
        latest.run(ctx.executor(), () -> chosenSchool.isEmpty() && services.governorsPack().isTrust()
                ? services.governorsPack().buildTrust(date, t, withNames)
                : services.governorsPack().build(date, t, withNames, chosenSchool), pack -> {
            if (request == previewRequest) {
                show(pack, t);
            }
        }, e -> error.set(Dialogs.describe(e)));
    }

    /** Shows a built pack (a school's or the trust board's) and makes the default file names follow it. */
    private void show(Object pack, Term t) {
        if (pack instanceof TrustPack board) {
            fileNames.follow(true, board.trustName(), t);
            preview.set(null);
            trustPreview.set(board);
        } else if (pack instanceof GovernorsPack one) {
            fileNames.follow(false, one.schoolName(), t);
            trustPreview.set(null);
            preview.set(one);
        }
    }

    /** The chosen files that already exist (the view asks before replacing them). */
    public List<Path> existingTargets() {
        List<Path> out = new ArrayList<>();
        for (Path p : targets()) {
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private List<Path> targets() {
        List<Path> out = new ArrayList<>();
        if (makePdf.get() && pdfPath.get() != null && !pdfPath.get().isBlank()) {
            out.add(Path.of(pdfPath.get().trim()));
        }
        if (makeXlsx.get() && xlsxPath.get() != null && !xlsxPath.get().isBlank()) {
            out.add(Path.of(xlsxPath.get().trim()));
        }
        return out;
    }

    /** A problem with the choices, or null when the pack can be built. */
    public String validate() {
        if (ctx.services() == null) {
            return I18n.t("reports.error.noDatabase");
        }
        if (asOf.get() == null) {
            return I18n.t("reports.error.asOf");
        }
        if (!makePdf.get() && !makeXlsx.get()) {
            return I18n.t("reports.error.nothing");
        }
        if (makePdf.get() && (pdfPath.get() == null || pdfPath.get().isBlank())) {
            return I18n.t("reports.error.pdfPath");
        }
        if (makeXlsx.get() && (xlsxPath.get() == null || xlsxPath.get().isBlank())) {
            return I18n.t("reports.error.xlsxPath");
        }
        for (Path p : targets()) {
            Path parent = p.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                return I18n.t("reports.error.folder", p, parent);
            }
        }
        return null;
    }

    /** Builds the pack and writes the chosen files: figures, then PDF, then workbook, each off the FX thread. */
    public void generate() {
        banners.starting();
        String problem = validate();
        if (problem != null) {
            error.set(problem);
            return;
        }
        TrackerServices services = ctx.services();
        LocalDate date = asOf.get();
        Term t = term.get();
        boolean withNames = names.get();
        busy.set(true);
        error.set(null);
        lastSaved.clear();
        progress.set(0.05);
        status.set(I18n.t("reports.status.figures"));
        var school = ctx.school();
        // issue 16: "All schools" on a trust's file is the trust board's pack (as `report` without --school)
        ctx.executor().run(() -> school.isEmpty() && services.governorsPack().isTrust()
                ? services.governorsPack().buildTrust(date, t, withNames)
                : services.governorsPack().build(date, t, withNames, school), pack -> {
            show(pack, t); // the default names follow the pack even when no preview was shown yet
            Path pdf = makePdf.get() ? Path.of(pdfPath.get().trim()) : null;
            Path xlsx = makeXlsx.get() ? Path.of(xlsxPath.get().trim()) : null;
            progress.set(0.35);
            if (pack instanceof TrustPack board) {
                writeTrustPack(services, board, pdf, xlsx);
            } else {
                writePdf(services, (GovernorsPack) pack, pdf, xlsx);
            }
        }, this::failed);
    }

    private void writeTrustPack(TrackerServices services, TrustPack pack, Path pdf, Path xlsx) {
        ctx.executor().run(() -> {
            List<Path> written = new ArrayList<>();
            if (pdf != null) {
                services.governorsPack().writePdf(pack, pdf);
                written.add(pdf);
            }
            if (xlsx != null) {
                services.governorsPack().writeXlsx(pack, xlsx);
                written.add(xlsx);
            }
            return written;
        }, written -> {
            lastSaved.addAll(written);
            done();
        }, this::failed);
    }

    private void writePdf(TrackerServices services, GovernorsPack pack, Path pdf, Path xlsx) {
        if (pdf == null) {
            writeXlsx(services, pack, xlsx);
            return;
        }
        status.set(I18n.t("reports.status.pdf", pdf.getFileName()));
        ctx.executor().run(() -> services.governorsPack().writePdf(pack, pdf), pages -> {
            lastSaved.add(pdf);
            progress.set(0.65);
            writeXlsx(services, pack, xlsx);
        }, this::failed);
    }

    private void writeXlsx(TrackerServices services, GovernorsPack pack, Path xlsx) {
        if (xlsx == null) {
            done();
            return;
        }
        status.set(I18n.t("reports.status.xlsx", xlsx.getFileName()));
        ctx.executor().run(() -> {
            services.governorsPack().writeXlsx(pack, xlsx);
            return xlsx;
        }, saved -> {
            lastSaved.add(saved);
            done();
        }, this::failed);
    }

    private void done() {
        progress.set(1.0);
        busy.set(false);
        StringBuilder files = new StringBuilder();
        for (Path p : lastSaved) {
            files.append(files.isEmpty() ? "" : ", ").append(p.getFileName());
        }
        status.set(I18n.t("reports.status.saved", files, Dates.forPeople(asOf.get())));
        if (openAfter.get() && !lastSaved.isEmpty()) {
            opener.accept(List.copyOf(lastSaved));
        }
    }

    private void failed(Throwable e) {
        busy.set(false);
        progress.set(0);
        status.set(I18n.t("reports.status.failed"));
        error.set(Dialogs.describe(e));
    }

    /** Who opens the saved files when "open after saving" is ticked (the view sets the desktop's). */
    public void setOpener(Consumer<List<Path>> opener) {
        this.opener = opener;
    }

    public List<Path> lastSaved() {
        return List.copyOf(lastSaved);
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Term> termProperty() {
        return term;
    }

    public ObservableList<Term> terms() {
        return terms;
    }

    public BooleanProperty namesProperty() {
        return names;
    }

    public BooleanProperty makePdfProperty() {
        return makePdf;
    }

    public BooleanProperty makeXlsxProperty() {
        return makeXlsx;
    }

    public StringProperty pdfPathProperty() {
        return pdfPath;
    }

    public StringProperty xlsxPathProperty() {
        return xlsxPath;
    }

    public BooleanProperty openAfterProperty() {
        return openAfter;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<GovernorsPack> previewProperty() {
        return preview;
    }

    /** The trust board's pack previewed ("All schools" on a trust's file), else null. */
    public ObjectProperty<TrustPack> trustPreviewProperty() {
        return trustPreview;
    }
}
