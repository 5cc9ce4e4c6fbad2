package uk.schoolcompliance.tracker.ui.induction;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.app.InductionService.ChecklistLine;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * One person's induction checklist: their name, progress and start, print and open-their-record actions, and the
 * items (a policy to acknowledge, done when the acknowledgement exists; a task, ticked off with the day it was done
 * and un-ticked with a reason). Long item titles wrap, never cut.
 */
final class ChecklistPane extends VBox {

    private final InductionViewModel vm;
    private final TableView<ChecklistLine> items = new TableView<>();
    private final Label title = new Label();
    private final Label sub = new Label();
    private final ProgressBar bar = new ProgressBar(0);

    ChecklistPane(InductionViewModel vm, Runnable print, Runnable openStaff) {
        super(10);
        this.vm = vm;
        getStylesheets().add(InductionView.stylesheet());
        title.getStyleClass().add("detail-name");
        title.setId("induction-checklist-name");
        title.setWrapText(true);
        sub.getStyleClass().add("muted");
        sub.setWrapText(true);
        bar.setPrefWidth(240);
        bar.setMinWidth(120);
        Button printButton = new Button(I18n.t("induction.action.print"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        printButton.setId("induction-print");
        printButton.setOnAction(e -> print.run());
        Button staffButton = new Button(I18n.t("induction.action.staff"), new FontIcon(MaterialDesignA.ACCOUNT_OUTLINE));
        staffButton.setId("induction-open-staff");
        staffButton.setOnAction(e -> openStaff.run());
        printButton.setMinWidth(Region.USE_PREF_SIZE);
        staffButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, printButton, staffButton);
        // the figures under the bar, wrapping: beside it they were cut at 125 % ("6 of 18 done · Teaching assistant · …")
        sub.setMinHeight(Region.USE_PREF_SIZE);
        VBox progress = new VBox(4, bar, sub);
        buildItems();
        getChildren().addAll(title, progress, actions, items);
        VBox.setVgrow(items, Priority.ALWAYS);
        setPadding(new Insets(0, 0, 0, 12));
        vm.checklistProperty().addListener((o, a, c) -> render(c));
        render(vm.checklistProperty().get());
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
                    label.setTooltip(new Tooltip(I18n.t("induction.policy.tooltip")));
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
        TableColumn<ChecklistLine, String> item = new TableColumn<>(I18n.t("induction.col.item"));
        item.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().title()));
        item.setPrefWidth(300);
        item.setMinWidth(160);
        item.setCellFactory(c -> wrapping());
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
                setTooltip(l.overdue() ? new Tooltip(I18n.t("induction.overdue")) : null);
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
        items.getColumns().addAll(List.of(done, item, due, when));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        items.setPlaceholder(new Label(I18n.t("induction.items.empty")));
    }

    /** A text cell that wraps long item titles onto a second line instead of cutting them off. */
    private static TableCell<ChecklistLine, String> wrapping() {
        TableCell<ChecklistLine, String> cell = new TableCell<>() {
            private final Text text = new Text();
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
            // the dialogs save while open (issue #18): a result means it is done; none, the box goes back
            if (new TickDialog(getScene().getWindow(), vm, item).showAndWait().isEmpty()) {
                box.setSelected(false);
            }
            return;
        }
        if (new UntickDialog(getScene().getWindow(), vm, item).showAndWait().isEmpty()) {
            box.setSelected(true);
        }
    }

    private void render(InductionService.Checklist c) {
        if (c == null) {
            return;
        }
        title.setText(c.staff().fullName());
        long days = ChronoUnit.DAYS.between(c.staff().startDate(), c.asOf());
        sub.setText(I18n.t("induction.checklist.sub", c.done(), c.lines().size(), c.staff().category().label(),
                Dates.forPeople(c.staff().startDate()), days));
        bar.setProgress(c.lines().isEmpty() ? 1 : (double) c.done() / c.lines().size());
        items.getItems().setAll(c.lines());
    }

    TableView<ChecklistLine> items() {
        return items;
    }
}
