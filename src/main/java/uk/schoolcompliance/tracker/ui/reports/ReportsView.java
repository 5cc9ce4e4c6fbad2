package uk.schoolcompliance.tracker.ui.reports;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Dialogs;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The Reports page: the governors' pack in one action. Choices on the left (as-of date, term, names,
 * files, open after saving), a live preview of the pack's figures and sections on the right, and a
 * progress bar while it builds in the background.
 */
public final class ReportsView implements Page {

    private final UiContext ctx;
    private final ReportsViewModel vm;
    private final GridPane figures = new GridPane();
    private final VBox sections = new VBox(6);
    private final Label previewTitle = new Label();
    private final ScrollPane root;

    public ReportsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new ReportsViewModel(ctx);
        vm.setOpener(this::open);

        Label title = new Label(I18n.t("reports.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(I18n.t("reports.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("reports-intro");

        DatePicker asOf = DateFields.asOf(vm.asOfProperty().get(), ctx::today);
        asOf.setId("reports-as-of");
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        ComboBox<Term> term = new ComboBox<>(vm.terms());
        term.setId("reports-term");
        term.valueProperty().bindBidirectional(vm.termProperty());
        term.setConverter(Converters.<Term>display(t -> I18n.t("reports.term.item", t.label(), Dates.forPeople(t.start()), Dates.forPeople(t.end())), ""));
        term.setPrefWidth(340);
        // the chosen term shows whole, dates included ("Autumn 2026 (01/09/2026 – 31/12/2026)"), at 125 % too
        uk.schoolcompliance.tracker.ui.common.Combos.showWhole(term, vm.terms(), term::getConverter);
        CheckBox names = new CheckBox(I18n.t("reports.names"));
        names.setId("reports-names");
        names.selectedProperty().bindBidirectional(vm.namesProperty());
        names.setWrapText(true);
        names.setTooltip(new Tooltip(I18n.t("reports.names.tooltip")));

        CheckBox makePdf = new CheckBox(I18n.t("reports.pdf"));
        makePdf.setId("reports-make-pdf");
        makePdf.selectedProperty().bindBidirectional(vm.makePdfProperty());
        TextField pdfPath = new TextField();
        pdfPath.setId("reports-pdf-path");
        pdfPath.textProperty().bindBidirectional(vm.pdfPathProperty());
        pdfPath.disableProperty().bind(makePdf.selectedProperty().not());
        Button pdfBrowse = browse("reports-pdf-browse", pdfPath, I18n.t("reports.filter.pdf"), "*.pdf");
        pdfBrowse.disableProperty().bind(makePdf.selectedProperty().not());

        CheckBox makeXlsx = new CheckBox(I18n.t("reports.xlsx"));
        makeXlsx.setId("reports-make-xlsx");
        makeXlsx.selectedProperty().bindBidirectional(vm.makeXlsxProperty());
        TextField xlsxPath = new TextField();
        xlsxPath.setId("reports-xlsx-path");
        xlsxPath.textProperty().bindBidirectional(vm.xlsxPathProperty());
        xlsxPath.disableProperty().bind(makeXlsx.selectedProperty().not());
        Button xlsxBrowse = browse("reports-xlsx-browse", xlsxPath, I18n.t("reports.filter.xlsx"), "*.xlsx");
        xlsxBrowse.disableProperty().bind(makeXlsx.selectedProperty().not());

        CheckBox openAfter = new CheckBox(I18n.t("reports.openAfter"));
        openAfter.setId("reports-open-after");
        openAfter.selectedProperty().bindBidirectional(vm.openAfterProperty());

        Button generate = new Button(I18n.t("reports.generate"), new FontIcon(MaterialDesignF.FILE_CHART_OUTLINE));
        generate.setId("reports-generate");
        generate.setDefaultButton(true);
        generate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        generate.getStyleClass().add("accent");
        generate.disableProperty().bind(vm.busyProperty());
        generate.setOnAction(e -> generate());
        ProgressBar progress = new ProgressBar();
        progress.setId("reports-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setPrefWidth(260);
        Label status = new Label();
        status.setId("reports-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Label error = new Label();
        error.setId("reports-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(12);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.addRow(row++, label("reports.asOf", asOf), asOf);
        form.addRow(row++, label("reports.term", term), term);
        form.add(names, 1, row++);
        form.add(makePdf, 1, row++);
        form.addRow(row++, label("reports.pdf.file", pdfPath), fileRow(pdfPath, pdfBrowse));
        form.add(makeXlsx, 1, row++);
        form.addRow(row++, label("reports.xlsx.file", xlsxPath), fileRow(xlsxPath, xlsxBrowse));
        form.add(openAfter, 1, row++);
        HBox actions = new HBox(12, generate, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        form.add(actions, 1, row++);
        form.add(status, 1, row++);
        form.add(error, 1, row);

        VBox left = new VBox(16, title, intro, form);
        left.setPrefWidth(600);
        HBox.setHgrow(left, Priority.ALWAYS);

        previewTitle.getStyleClass().add("section-title");
        previewTitle.setId("reports-preview-title");
        figures.setId("reports-preview-figures");
        figures.setHgap(14);
        figures.setVgap(6);
        sections.setId("reports-preview-sections");
        Label sectionsTitle = new Label(I18n.t("reports.preview.sections"));
        sectionsTitle.getStyleClass().add("section-title");
        VBox preview = new VBox(12, previewTitle, figures, sectionsTitle, sections);
        preview.setId("reports-preview");
        preview.getStyleClass().add("reports-preview");
        preview.setPadding(new Insets(16));
        preview.setMinWidth(PREVIEW_MIN_WIDTH); // its figures whole; the title and the sections wrap
        preview.setPrefWidth(470);
        preview.setMaxWidth(560);
        previewTitle.setWrapText(true);

        // side by side when there is room; on a narrow window (125 % scaling) the preview goes under the choices, so the
        // page never needs a scroll bar sideways and the term, the files and the preview are read whole
        HBox wide = new HBox(24);
        VBox narrow = new VBox(24);
        wide.setPadding(new Insets(24));
        narrow.setPadding(new Insets(24));
        root = new ScrollPane();
        root.setFitToWidth(true);
        root.viewportBoundsProperty().addListener((o, a, b) -> arrange(wide, narrow, left, preview, b.getWidth()));
        arrange(wide, narrow, left, preview, Double.MAX_VALUE);
        root.getStyleClass().add("reports");
        root.getStylesheets().add(ReportsView.class.getResource("reports.css").toExternalForm());
        vm.previewProperty().addListener((o, a, p) -> renderPreview(p));
        vm.trustPreviewProperty().addListener((o, a, p) -> renderTrustPreview(p));
    }

    /** The narrowest the choices ever are beside the preview. */
    private static final double CHOICES_MIN_WIDTH = 420;
    /** The narrowest the preview ever is: "Acknowledgements outstanding" and its figure on one line. */
    private static final double PREVIEW_MIN_WIDTH = 400;

    private void arrange(HBox wide, VBox narrow, VBox left, VBox preview, double width) {
        double sideBySide = wide.getPadding().getLeft() + Math.max(CHOICES_MIN_WIDTH, left.minWidth(-1)) + wide.getSpacing()
                + preview.minWidth(-1) + wide.getPadding().getRight();
        javafx.scene.layout.Pane target = width > 0 && width < sideBySide ? narrow : wide;
        if (root.getContent() != target) {
            target.getChildren().setAll(left, preview);
            root.setContent(target);
        }
    }

    private static Label label(String key, Node field) {
        return uk.schoolcompliance.tracker.ui.common.Forms.label(key, field);
    }

    private static HBox fileRow(TextField field, Button browse) {
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(8, field, browse);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button browse(String id, TextField field, String filterName, String pattern) {
        Button b = new Button(I18n.t("reports.browse"));
        b.setId(id);
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.t("reports.saveAs"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
            File current = field.getText() == null || field.getText().isBlank() ? null : new File(field.getText().trim());
            if (current != null) {
                if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
                    chooser.setInitialDirectory(current.getParentFile());
                }
                chooser.setInitialFileName(current.getName());
            }
            File chosen = chooser.showSaveDialog(b.getScene().getWindow());
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        return b;
    }

    private void generate() {
        String problem = vm.validate();
        if (problem != null) {
            vm.errorProperty().set(problem);
            return;
        }
        List<Path> existing = vm.existingTargets();
        if (!existing.isEmpty() && !Dialogs.confirm(root.getScene().getWindow(), I18n.t("reports.replace.header"),
                I18n.t("reports.replace.text", existing.stream().map(Path::toString).reduce((a, b) -> a + "\n" + b).orElse("")))) {
            return;
        }
        vm.generate();
    }

    /** Opens the saved files with the computer's programs, off the FX thread; a failure in words on the banner. */
    private void open(List<Path> files) {
        for (Path p : files) {
            ctx.fileOpener().open(p, () -> { }, vm.errorProperty()::set);
        }
    }

    private void renderPreview(GovernorsPack p) {
        if (p == null) {
            return;
        }
        previewTitle.setText(I18n.t("reports.preview.schoolTitle", p.schoolName(), p.term().label(),
                Dates.forPeople(p.asOf())));
        renderHeadlines(p.headlines());
        long overdueReviews = p.reviewSchedule().stream().filter(r -> r.status() == ReviewStatus.OVERDUE).count();
        sections.getChildren().setAll(
                section(I18n.t("reports.section.cover", p.schoolName(), p.preparedBy())),
                section(I18n.t("reports.section.summary", p.headlines().size())),
                section(I18n.t("reports.section.schedule", p.reviewSchedule().size(), overdueReviews)),
                section(I18n.t("reports.section.term", p.approvalsThisTerm(), p.reviewsCompletedThisTerm())),
                section(I18n.t("reports.section.byPolicy", p.byPolicy().size())),
                section(I18n.t("reports.section.byCategory", p.byCategory().size())),
                section(I18n.t("reports.section.inductions", p.inductionsInProgress().size())),
                section(I18n.t("reports.section.warnings", p.warnings().size())),
                section(I18n.t("reports.section.workbookAbsent", p.acknowledgements().rows().size(),
                        p.acknowledgements().policies().size(), p.chased().size(), p.onAbsence().size())),
                section(I18n.t(p.names() ? "reports.section.names" : "reports.section.noNames")));
    }

    /** "All schools" on a trust's file: the trust board's pack, the trust's figures and a page per school. */
    private void renderTrustPreview(TrustPack p) {
        if (p == null) {
            return;
        }
        previewTitle.setText(I18n.t("reports.preview.trustTitle", p.trustName(), p.term().label(),
                Dates.forPeople(p.asOf())));
        renderHeadlines(p.headlines());
        long overdueReviews = p.trustWideReviews().stream().filter(r -> r.status() == ReviewStatus.OVERDUE).count();
        sections.getChildren().setAll(
                section(I18n.t("reports.section.trustCover", p.trustName(), p.preparedBy())),
                section(I18n.t("reports.section.summary", p.headlines().size())),
                section(I18n.t("reports.section.sideBySide", p.schools().size())),
                section(I18n.t("reports.section.trustReviews", p.trustWideReviews().size(), overdueReviews)),
                section(I18n.t("reports.section.schoolPages", p.schoolPacks().size())),
                section(I18n.t(p.names() ? "reports.section.names" : "reports.section.noNames")));
    }

    private void renderHeadlines(List<GovernorsPack.Headline> headlines) {
        figures.getChildren().clear();
        int row = 0;
        for (GovernorsPack.Headline h : headlines) {
            Label name = new Label(h.label());
            Label value = new Label(h.shown());
            value.getStyleClass().add("preview-value");
            value.setId("preview-" + h.key());
            Node status;
            if (h.rag() == null) {
                status = new Label(h.statusWord()); // a dash, or "Not started" / "No dates yet"
            } else {
                Rag rag = switch (h.rag()) {
                    case RED -> Rag.RED;
                    case AMBER -> Rag.AMBER;
                    case GREEN -> Rag.GREEN;
                };
                Label word = new Label(h.rag().word(), rag.icon());
                word.getStyleClass().addAll("rag-word", rag.styleClass());
                status = word;
            }
            // the preview never truncates a figure: its columns keep their natural widths
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (status instanceof Label l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            figures.addRow(row++, name, value, status);
            GridPane.setHalignment(value, HPos.RIGHT);
        }
    }

    private static Label section(String text) {
        Label l = new Label("\u2022 " + text);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setWrapText(true);
        return l;
    }

    public ReportsViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        vm.refreshPreview();
    }
}
