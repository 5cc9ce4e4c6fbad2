package uk.schoolcompliance.tracker.ui.induction;

import java.io.File;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.app.InductionService.ChecklistLine;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * Every new starter with a progress bar, days since start, the next item due and overdue items in
 * red; selecting one opens their checklist, where tasks are ticked off (and un-ticked with a reason).
 */
public final class InductionView implements Page {

    private final UiContext ctx;
    private final InductionViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<InductionProgress> plans = new TableView<>();
    private final TableView<ChecklistLine> items = new TableView<>();
    private final Label checklistTitle = new Label();
    private final Label checklistSub = new Label();
    private final ProgressBar checklistBar = new ProgressBar(0);
    private final Button print = new Button(I18n.t("induction.action.print"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
    private final Button openStaff = new Button(I18n.t("induction.action.staff"), new FontIcon(MaterialDesignA.ACCOUNT_OUTLINE));

    public InductionView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new InductionViewModel(ctx);
        root.getStylesheets().add(InductionView.class.getResource("induction.css").toExternalForm());
        Label title = new Label(I18n.t("induction.title"));
        title.getStyleClass().add("page-title");
        CheckBox showComplete = new CheckBox(I18n.t("induction.showComplete"));
        showComplete.setId("induction-show-complete");
        showComplete.selectedProperty().bindBidirectional(vm.showCompleteProperty());
        Button templates = new Button(I18n.t("induction.action.templates"), new FontIcon(MaterialDesignF.FORMAT_LIST_CHECKS));
        templates.setId("induction-templates");
        templates.setOnAction(e -> new TemplateEditorDialog(root.getScene().getWindow(), vm).show());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, showComplete, spacer, templates);
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

        buildPlans();
        buildItems();
        checklistTitle.getStyleClass().add("detail-name");
        checklistTitle.setId("induction-checklist-name");
        checklistSub.getStyleClass().add("muted");
        checklistBar.setPrefWidth(240);
        print.setId("induction-print");
        print.setOnAction(e -> printChecklist());
        openStaff.setOnAction(e -> ctx.navigate(new Destination.Person(vm.selectedId())));
        HBox actions = new HBox(8, print, openStaff);
        HBox progress = new HBox(10, checklistBar, checklistSub);
        progress.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(10, checklistTitle, progress, actions, items);
        VBox.setVgrow(items, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 12));
        Label none = new Label(I18n.t("induction.checklist.none"));
        none.getStyleClass().add("muted");
        StackPane rightStack = new StackPane(none, right);
        right.visibleProperty().bind(vm.checklistProperty().isNotNull());
        none.visibleProperty().bind(vm.checklistProperty().isNull());
        SplitPane split = new SplitPane(plans, rightStack);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        BorderPane.setMargin(split, new Insets(0, 20, 20, 20));
        root.setCenter(split);
        vm.checklistProperty().addListener((o, a, c) -> renderChecklist(c));
    }

    private void buildPlans() {
        plans.setId("induction-plans");
        plans.setItems(vm.plans());
        plans.setPlaceholder(new Label(I18n.t("induction.plans.empty")));
        plans.setFixedCellSize(34);
        TableColumn<InductionProgress, String> name = new TableColumn<>(I18n.t("induction.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staff().fullName()));
        name.setPrefWidth(150);
        name.setMinWidth(125);
        TableColumn<InductionProgress, Long> days = new TableColumn<>(I18n.t("induction.col.days"));
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(ChronoUnit.DAYS.between(c.getValue().staff().startDate(), ctx.asOf())));
        days.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d >= 0 ? String.valueOf(d) : I18n.t("induction.startsIn", -d));
            }
        });
        days.setPrefWidth(76);
        days.setMinWidth(76);
        TableColumn<InductionProgress, InductionProgress> progress = new TableColumn<>(I18n.t("induction.col.progress"));
        progress.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progress.setComparator(java.util.Comparator.comparingDouble(InductionProgress::fraction));
        progress.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final HBox box = new HBox(6, bar, text);
            {
                bar.setPrefWidth(52);
                text.setMinWidth(Region.USE_PREF_SIZE);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(InductionProgress p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(p.fraction());
                text.setText(p.itemsDone() + "/" + p.items().size());
                setGraphic(box);
            }
        });
        progress.setPrefWidth(125);
        progress.setMinWidth(130);
        TableColumn<InductionProgress, InductionProgress> next = new TableColumn<>(I18n.t("induction.col.next"));
        next.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        next.setSortable(false);
        next.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InductionProgress p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove(Rag.RED.styleClass());
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (!p.overdueItems().isEmpty()) {
                    setText(I18n.t("induction.overdueCount", p.overdueItems().size()));
                    setGraphic(Rag.RED.icon());
                    getStyleClass().add(Rag.RED.styleClass());
                } else if (p.nextItem() != null) {
                    setText(Dates.forPeople(p.nextItem().dueDate()) + "  " + p.nextItem().title());
                    setGraphic(null);
                } else {
                    setText(I18n.t("induction.complete"));
                    setGraphic(Rag.GREEN.icon());
                }
            }
        });
        next.setPrefWidth(240);
        next.setMinWidth(120);
        plans.getColumns().addAll(List.of(name, days, progress, next));
        plans.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staff().fullName()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String n, boolean empty) {
                super.updateItem(n, empty);
                InductionProgress p = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || n == null ? null : n);
                setTooltip(p == null ? null : new javafx.scene.control.Tooltip(p.staff().category().label()));
            }
        });
        plans.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.select(p.staff().id());
            }
        });
    }

    private void buildItems() {
        items.setId("induction-items");
        TableColumn<ChecklistLine, ChecklistLine> done = new TableColumn<>(I18n.t("induction.col.done"));
        done.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        done.setSortable(false);
        done.setPrefWidth(56);
        done.setMinWidth(56);
        done.setMaxWidth(64);
        done.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ChecklistLine l, boolean empty) {
                super.updateItem(l, empty);
                if (empty || l == null) {
                    setGraphic(null);
                    return;
                }
                if (l.item().kind() == InductionItemKind.POLICY) {
                    Node icon = l.doneOn() != null ? Rag.GREEN.icon() : new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE);
                    Label label = new Label("", icon);
                    label.setTooltip(new javafx.scene.control.Tooltip(I18n.t("induction.policy.tooltip")));
                    setGraphic(label);
                    return;
                }
                CheckBox box = new CheckBox();
                box.setId("induction-tick-" + l.item().id());
                box.setSelected(l.doneOn() != null);
                box.setAccessibleText(l.item().title());
                box.setOnAction(e -> toggle(l, box));
                setGraphic(box);
            }
        });
        TableColumn<ChecklistLine, String> title = new TableColumn<>(I18n.t("induction.col.item"));
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().title()));
        title.setPrefWidth(300);
        title.setCellFactory(c -> wrapping());
        TableColumn<ChecklistLine, ChecklistLine> due = new TableColumn<>(I18n.t("induction.col.due"));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        due.setSortable(false);
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ChecklistLine l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().remove(Rag.RED.styleClass());
                if (empty || l == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(Dates.forPeople(l.item().dueDate()));
                setGraphic(l.overdue() ? Rag.RED.icon() : null);
                setTooltip(l.overdue() ? new javafx.scene.control.Tooltip(I18n.t("induction.overdue")) : null);
                if (l.overdue()) {
                    getStyleClass().add(Rag.RED.styleClass());
                }
            }
        });
        due.setPrefWidth(130);
        due.setMinWidth(126);
        due.setMaxWidth(140);
        TableColumn<ChecklistLine, String> when = new TableColumn<>(I18n.t("induction.col.when"));
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().doneOn() == null ? ""
                : Dates.forPeople(c.getValue().doneOn()) + (c.getValue().doneBy() == null
                        || c.getValue().item().kind() == InductionItemKind.POLICY ? "" : ", " + c.getValue().doneBy())));
        when.setPrefWidth(150);
        when.setMinWidth(110);
        when.setMaxWidth(200);
        when.setCellFactory(c -> wrapping());
        items.getColumns().addAll(List.of(done, title, due, when));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        items.setPlaceholder(new Label(I18n.t("induction.items.empty")));
    }

    /** A text cell that wraps long item titles onto a second line instead of cutting them off. */
    private static TableCell<ChecklistLine, String> wrapping() {
        TableCell<ChecklistLine, String> cell = new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.getStyleClass().add("wrapping-text");
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        };
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    private void toggle(ChecklistLine l, CheckBox box) {
        InductionItem item = l.item();
        if (box.isSelected()) {
            // dated the day it was really done: today unless changed, never after today
            new TickDialog(root.getScene().getWindow(), vm, item).showAndWait()
                    .ifPresentOrElse(doneOn -> vm.tick(item.id(), doneOn), () -> box.setSelected(false));
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(I18n.t("induction.untick.title"));
        ask.setHeaderText(I18n.t("induction.untick.header", item.title()));
        ask.setContentText(I18n.t("induction.untick.reason"));
        ask.getEditor().setId("induction-untick-reason");
        javafx.scene.Node ok = ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.disableProperty().bind(ask.getEditor().textProperty().isEmpty());
        ask.showAndWait().filter(r -> !r.isBlank()).ifPresentOrElse(r -> vm.untick(item.id(), r), () -> box.setSelected(true));
    }

    private void renderChecklist(InductionService.Checklist c) {
        if (c == null) {
            return;
        }
        checklistTitle.setText(c.staff().fullName());
        long days = ChronoUnit.DAYS.between(c.staff().startDate(), c.asOf());
        checklistSub.setText(I18n.t("induction.checklist.sub", c.done(), c.lines().size(), c.staff().category().label(),
                Dates.forPeople(c.staff().startDate()), days));
        checklistBar.setProgress(c.lines().isEmpty() ? 1 : (double) c.done() / c.lines().size());
        items.getItems().setAll(c.lines());
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
            vm.writePdf(c.staff().id(), f.toPath(), path -> {
                try {
                    if (java.awt.Desktop.isDesktopSupported()) {
                        java.awt.Desktop.getDesktop().open(path.toFile());
                    }
                } catch (Exception | Error ignored) {
                    // the file is written; opening it is a convenience
                }
            });
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
