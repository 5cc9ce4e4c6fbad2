package uk.schoolcompliance.tracker.ui.induction;

import java.io.File;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * Every new starter with a progress bar, days since start, the next item due and overdue items in
 * red ({@link PlansTable}); selecting one opens their checklist beside it ({@link ChecklistPane}), where tasks are
 * ticked off (and un-ticked with a reason). Until someone is chosen the list has the whole width.
 */
public final class InductionView implements Page {

    private final UiContext ctx;
    private final InductionViewModel vm;
    private final BorderPane root = new BorderPane();
    private final PlansTable plans;
    private final ChecklistPane checklist;
    private final SplitPane split = new SplitPane();

    public InductionView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new InductionViewModel(ctx);
        root.getStylesheets().add(stylesheet());
        Label title = new Label(I18n.t("induction.title"));
        title.getStyleClass().add("page-title");
        CheckBox showComplete = new CheckBox(I18n.t("induction.showComplete"));
        showComplete.setId("induction-show-complete");
        showComplete.setMinWidth(Region.USE_PREF_SIZE);
        showComplete.selectedProperty().bindBidirectional(vm.showCompleteProperty());
        Button templates = new Button(I18n.t("induction.action.templates"), new FontIcon(MaterialDesignF.FORMAT_LIST_CHECKS));
        templates.setId("induction-templates");
        templates.setMinWidth(Region.USE_PREF_SIZE);
        templates.setOnAction(e -> new TemplateEditorDialog(root.getScene().getWindow(), vm).show());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label none = new Label(I18n.t("induction.checklist.none"));
        none.setId("induction-choose-hint");
        none.getStyleClass().add("muted");
        none.setMinWidth(Region.USE_PREF_SIZE);
        none.visibleProperty().bind(vm.checklistProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        HBox bar = new HBox(16, showComplete, none, spacer, templates);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(10, title, bar, error);
        top.setPadding(new Insets(20, 20, 10, 20));
        root.setTop(top);

        plans = new PlansTable(vm);
        checklist = new ChecklistPane(vm, this::printChecklist, () -> ctx.navigate(new Destination.Person(vm.selectedId())));
        split.setId("induction-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(plans, checklist);
        checklist.setMinWidth(0); // collapses to nothing while nobody is chosen
        showChecklist(null);
        BorderPane.setMargin(split, new Insets(0, 20, 20, 20));
        root.setCenter(split);
        vm.checklistProperty().addListener((o, a, c) -> showChecklist(c));
    }

    /** The stylesheet of the page, its panes and its dialogs. */
    static String stylesheet() {
        return InductionView.class.getResource("induction.css").toExternalForm();
    }

    /**
     * The checklist beside the list while someone is chosen; while no one is, the divider moves to the right edge
     * and the list has the whole width (the checklist hidden, so nothing of it shows squeezed).
     */
    private void showChecklist(InductionService.Checklist c) {
        if (c == null) {
            checklist.setVisible(false);
            split.setDividerPositions(1.0);
            return;
        }
        if (!checklist.isVisible()) {
            checklist.setVisible(true);
            split.setDividerPositions(0.4); // the checklist's items need the room more than the list's columns
        }
        for (InductionProgress p : plans.getItems()) {
            if (p.staff().id() == c.staff().id() && plans.getSelectionModel().getSelectedItem() != p) {
                plans.getSelectionModel().select(p);
            }
        }
    }

    private void printChecklist() {
        InductionService.Checklist c = vm.checklistProperty().get();
        if (c == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("induction.action.print"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("Induction checklist - " + c.staff().fullName().replaceAll("[\\\\/:*?\"<>|]", "") + ".pdf");
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.writePdf(c.staff().id(), f.toPath(),
                    path -> ctx.fileOpener().open(path, () -> { }, vm.errorProperty()::set));
        }
    }

    public InductionViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
    }

    /** Opens a staff member's checklist (from the staff page or the global search). */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.InductionOf person) {
            vm.select(person.staffId());
        } else if (destination instanceof Drill d && d.kind() == Drill.Kind.INDUCTIONS_IN_PROGRESS) {
            // from a dashboard figure: the inductions still in progress, and the person it names
            vm.showCompleteProperty().set(false);
            if (d.staffId() != null) {
                vm.select(d.staffId());
            }
        }
    }
}
