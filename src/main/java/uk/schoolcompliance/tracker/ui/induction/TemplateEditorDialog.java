package uk.schoolcompliance.tracker.ui.induction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ColumnFit;

/**
 * Edit the induction template of each staff category: ordered items, each "read and acknowledge a
 * policy" or a task, due N days after the start date. Changes apply to plans made from now on.
 */
final class TemplateEditorDialog extends Dialog<Void> {

    private final InductionViewModel vm;
    private final ComboBox<StaffCategory> category = new ComboBox<>();
    private final TableView<InductionTemplateItem> table = new TableView<>();
    private final ComboBox<Policy> policy = new ComboBox<>();
    private final TextField title = new TextField();
    private final Spinner<Integer> days = new Spinner<>(0, 365, 7);
    private final Label status = new Label();
    private final Map<Long, Policy> policies = new HashMap<>();
    private boolean dirty;
    private boolean updating;

    TemplateEditorDialog(Window owner, InductionViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        setTitle(I18n.t("induction.templates.title"));
        setHeaderText(I18n.t("induction.templates.header"));
        setResizable(true);
        category.setId("template-category");
        category.getItems().setAll(StaffCategory.values());
        category.setConverter(converter(StaffCategory::label));
        policy.setConverter(converter(Policy::title));
        policy.setMaxWidth(Double.MAX_VALUE);
        days.setEditable(true);
        days.setPrefWidth(90);

        TableColumn<InductionTemplateItem, Number> pos = new TableColumn<>("#");
        pos.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(table.getItems().indexOf(c.getValue()) + 1));
        pos.setPrefWidth(40);
        pos.setSortable(false);
        TableColumn<InductionTemplateItem, String> kind = new TableColumn<>(I18n.t("induction.templates.col.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(kindText(c.getValue().kind())));
        kind.setPrefWidth(80);
        kind.setSortable(false);
        TableColumn<InductionTemplateItem, String> what = new TableColumn<>(I18n.t("induction.templates.col.item"));
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        what.setPrefWidth(560);
        what.setSortable(false);
        what.setCellFactory(ColumnFit.tooltipCells()); // a long title in full on hover
        TableColumn<InductionTemplateItem, Number> due = new TableColumn<>(I18n.t("induction.templates.col.days"));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dueDays()));
        due.setPrefWidth(110);
        due.setSortable(false);
        table.getColumns().addAll(List.of(pos, kind, what, due));
        table.setId("template-items");
        pos.setMaxWidth(50);
        pos.setMinWidth(40);
        ColumnFit.keepWhole(kind, List.of(kindText(InductionItemKind.TASK), kindText(InductionItemKind.POLICY)), 0);
        kind.setMaxWidth(kind.getMinWidth() + 20);
        due.setMinWidth(110);
        ColumnFit.headerWhole(due); // "Due after (days)" whole
        due.setMaxWidth(due.getMinWidth() + 20);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(200); // the rows scroll; the dialog opens whole at 1024 × 640 (125 %)

        Button addTask = new Button(I18n.t("induction.templates.addTask"));
        addTask.setOnAction(e -> addItem(InductionItemKind.TASK));
        Button addPolicy = new Button(I18n.t("induction.templates.addPolicy"));
        addPolicy.setOnAction(e -> addItem(InductionItemKind.POLICY));
        Button remove = new Button(I18n.t("induction.templates.remove"));
        remove.setOnAction(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                table.getItems().remove(i);
                changed();
            }
        });
        Button up = new Button("\u2191");
        up.setOnAction(e -> move(-1));
        Button down = new Button("\u2193");
        down.setOnAction(e -> move(1));
        Button defaults = new Button(I18n.t("induction.templates.defaults"));
        defaults.setOnAction(e -> vm.loadTemplate(category.getValue(), true, d -> {
            show(d);
            changed();
        }));
        HBox buttons = new HBox(6, addTask, addPolicy, remove, up, down, defaults);
        buttons.setAlignment(Pos.CENTER_LEFT);

        GridPane edit = new GridPane();
        edit.setHgap(10);
        edit.setVgap(6);
        edit.addRow(0, new Label(I18n.t("induction.templates.task")), title);
        edit.addRow(1, new Label(I18n.t("induction.templates.policy")), policy);
        edit.addRow(2, new Label(I18n.t("induction.templates.days")), days);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setHgrow(policy, Priority.ALWAYS);
        title.textProperty().addListener((o, a, b) -> editSelected());
        policy.valueProperty().addListener((o, a, b) -> editSelected());
        days.valueProperty().addListener((o, a, b) -> editSelected());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> showSelected(item));
        showSelected(null);

        status.getStyleClass().add("muted");
        status.setWrapText(true);
        HBox top = new HBox(10, new Label(I18n.t("induction.templates.category")), category);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, top, table, buttons, edit, status);
        content.setPadding(new Insets(12, 16, 8, 16));
        content.setPrefWidth(920); // the longest items ("Read and acknowledge: Keeping Children Safe ...") whole
        getDialogPane().setPrefWidth(950);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType(I18n.t("induction.templates.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CLOSE);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("template-save");
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            StaffCategory c = category.getValue();
            vm.saveTemplate(c, new ArrayList<>(table.getItems()), () -> {
                dirty = false;
                status.setText(I18n.t("induction.templates.saved", c.label()));
            }, message -> status.setText(message));
        });
        category.valueProperty().addListener((o, a, c) -> {
            if (c != null) {
                vm.loadTemplate(c, false, this::show);
            }
        });
        category.setValue(StaffCategory.TEACHER);
        setResultConverter(b -> null);
    }

    private void show(InductionViewModel.TemplateData d) {
        policies.clear();
        d.policies().forEach(p -> policies.put(p.id(), p));
        policy.getItems().setAll(d.policies());
        table.getItems().setAll(d.items());
        dirty = false;
        status.setText(I18n.t("induction.templates.count", d.items().size()));
    }

    private void addItem(InductionItemKind kind) {
        Policy first = policy.getItems().isEmpty() ? null : policy.getItems().get(0);
        if (kind == InductionItemKind.POLICY && first == null) {
            status.setText(I18n.t("induction.templates.noPolicies"));
            return;
        }
        InductionTemplateItem item = kind == InductionItemKind.POLICY
                ? new InductionTemplateItem(0, category.getValue(), 0, kind, first.id(), "Read and acknowledge: " + first.title(), 7)
                : new InductionTemplateItem(0, category.getValue(), 0, kind, null, I18n.t("induction.templates.newTask"), 7);
        table.getItems().add(item);
        table.getSelectionModel().select(item);
        changed();
        (kind == InductionItemKind.TASK ? title : policy).requestFocus();
    }

    private void move(int delta) {
        int i = table.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= table.getItems().size()) {
            return;
        }
        InductionTemplateItem item = table.getItems().remove(i);
        table.getItems().add(j, item);
        table.getSelectionModel().select(j);
        table.refresh();
        changed();
    }

    private void showSelected(InductionTemplateItem item) {
        updating = true;
        boolean none = item == null;
        title.setDisable(none || item.kind() != InductionItemKind.TASK);
        policy.setDisable(none || item.kind() != InductionItemKind.POLICY);
        days.setDisable(none);
        title.setText(none || item.kind() != InductionItemKind.TASK ? "" : item.title());
        policy.setValue(none || item.policyId() == null ? null : policies.get(item.policyId()));
        days.getValueFactory().setValue(none ? 7 : item.dueDays());
        updating = false;
    }

    private void editSelected() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (updating || i < 0) {
            return;
        }
        InductionTemplateItem old = table.getItems().get(i);
        InductionTemplateItem now;
        if (old.kind() == InductionItemKind.POLICY) {
            Policy p = policy.getValue();
            now = new InductionTemplateItem(old.id(), old.category(), old.position(), old.kind(),
                    p == null ? null : p.id(), p == null ? old.title() : "Read and acknowledge: " + p.title(), days.getValue());
        } else {
            now = new InductionTemplateItem(old.id(), old.category(), old.position(), old.kind(), null, title.getText(),
                    days.getValue());
        }
        updating = true;
        table.getItems().set(i, now);
        table.getSelectionModel().select(i);
        updating = false;
        changed();
    }

    private void changed() {
        dirty = true;
        status.setText(I18n.t("induction.templates.unsaved"));
    }

    private static String kindText(InductionItemKind kind) {
        String key = "induction.kind." + kind.code();
        return I18n.t(key);
    }

    boolean dirty() {
        return dirty;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return Converters.display(f, "");
    }
}
