package uk.schoolcompliance.tracker.ui.policies;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Columns;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel.Badge;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel.Row;

/**
 * The policy library's list: the filter bar (text, status, count) above the table of policies. The status, the
 * statutory mark (a column of its own) and the title are never shortened: the title wraps; the owner and the
 * approving body give way first and show their whole text on hover. Choosing a row chooses the policy in the
 * view model; Enter edits it, Delete retires it, the context menu offers both and a new version.
 */
public final class PolicyTablePane {

    private final PoliciesViewModel vm;
    private final PolicyDetailPane.Actions actions;
    private final TableView<Row> table = new TableView<>();
    private final VBox root;

    public PolicyTablePane(PoliciesViewModel vm, PolicyDetailPane.Actions actions) {
        this.vm = vm;
        this.actions = actions;
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, filterBar(), table);
        root.getStylesheets().add(PolicyBadges.stylesheet());
        vm.rows().addListener((ListChangeListener<Row>) c -> {
            Long id = pendingSelect != null ? pendingSelect : vm.selectedId();
            pendingSelect = null;
            if (id != null) {
                vm.rows().stream().filter(r -> r.policy().id() == id).findFirst().ifPresent(this::selectRow);
            }
        });
    }

    public Node node() {
        return root;
    }

    public TableView<Row> table() {
        return table;
    }

    private Long pendingSelect;

    /** Chooses a policy's row, now or as soon as the list holds it. */
    public void select(long id) {
        vm.rows().stream().filter(r -> r.policy().id() == id).findFirst().ifPresentOrElse(this::selectRow,
                () -> pendingSelect = id);
    }

    private void selectRow(Row r) {
        table.getSelectionModel().select(r);
        table.scrollTo(r);
    }

    private Node filterBar() {
        CustomTextField search = new CustomTextField();
        search.setId("policies-filter");
        search.setPromptText(I18n.t("policies.filter.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(320);
        search.setMinWidth(160);
        search.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<Badge> badge = new ComboBox<>();
        badge.setId("policies-badge-filter");
        badge.getItems().add(null);
        badge.getItems().addAll(Badge.values());
        badge.setConverter(Converters.<Badge>display(b -> b.label(), I18n.t("policies.filter.all")));
        badge.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Badge item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : badge.getConverter().toString(item));
            }
        });
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.valueProperty().bindBidirectional(vm.filterBadgeProperty());
        Label count = new Label();
        count.setId("policies-count");
        count.getStyleClass().add("hint");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("policies.filter.count", vm.filteredRows().size(), vm.rows().size()),
                vm.filteredRows(), vm.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, search, badge, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void buildTable() {
        table.setId("policies-table");
        table.setPlaceholder(new Label(I18n.t("policies.table.empty")));
        TableColumn<Row, Badge> badge = new TableColumn<>(I18n.t("policies.col.status"));
        badge.setId("policies-col-status");
        badge.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().badge()));
        badge.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Badge b, boolean empty) {
                super.updateItem(b, empty);
                setText(null);
                setGraphic(empty || b == null ? null : PolicyBadges.badge(b));
            }
        });
        badge.setComparator(Comparator.comparingInt(Badge::ordinal));
        TableColumn<Row, Boolean> statutory = new TableColumn<>("\u2696");
        statutory.setId("policies-col-statutory");
        statutory.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().policy().statutory()));
        statutory.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean s, boolean empty) {
                super.updateItem(s, empty);
                boolean yes = !empty && Boolean.TRUE.equals(s);
                setText(yes ? "\u2696" : null);
                setTooltip(yes ? new Tooltip(I18n.t("policies.statutory.yes")) : null);
                setAlignment(Pos.CENTER);
            }
        });
        TableColumn<Row, String> name = new TableColumn<>(I18n.t("policies.col.title"));
        name.setId("policies-col-title");
        name.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().title()
                + (cd.getValue().policy().statutory() ? "  \u2696" : "")));
        name.setCellFactory(col -> wrapping(col));
        TableColumn<Row, String> owner = Columns.shrinking(I18n.t("policies.col.owner"), r -> r.policy().owner());
        owner.setId("policies-col-owner");
        TableColumn<Row, String> body = Columns.shrinking(I18n.t("policies.col.approvingBody"),
                r -> r.policy().approvingBody());
        body.setId("policies-col-body");
        TableColumn<Row, LocalDate> next = new TableColumn<>(I18n.t("policies.col.nextReview"));
        next.setId("policies-col-next");
        next.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().standing().nextDue()));
        next.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d == null ? "\u2014" : Dates.forPeople(d));
            }
        });
        next.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        table.getColumns().setAll(List.of(badge, statutory, name, owner, body, next));
        // what must stay whole keeps its width; the title takes the rest, the owner and body give way first
        Columns.fits(badge, java.util.Arrays.stream(Badge.values()).map(b -> "\u2003 " + b.label()).toList());
        badge.setMaxWidth(badge.getMinWidth() + 8);
        statutory.setMinWidth(30);
        statutory.setMaxWidth(30);
        name.setMinWidth(170);
        Columns.headerFits(name);
        name.setPrefWidth(300);
        owner.setPrefWidth(120);
        body.setPrefWidth(140);
        Columns.fits(next, List.of("00/00/0000"));
        next.setMaxWidth(next.getMinWidth() + 10);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        // beside a policy's page (which shows them) the approving body, then the owner, make room
        Columns.giveWay(table, List.of(body, owner));
        SortedList<Row> sorted = new SortedList<>(vm.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.select(row.policy().id());
            }
        });
        table.setOnKeyPressed(e -> {
            Row r = table.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                actions.edit(r.policy());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.retire(r.policy());
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            TableRow<Row> row = new TableRow<>();
            MenuItem edit = new MenuItem(I18n.t("policies.action.edit"));
            edit.setOnAction(e -> actions.edit(row.getItem().policy()));
            MenuItem version = new MenuItem(I18n.t("policies.action.addVersion"));
            version.setOnAction(e -> actions.addVersion(row.getItem().policy()));
            MenuItem retire = new MenuItem(I18n.t("policies.action.retire"));
            retire.setOnAction(e -> actions.retire(row.getItem().policy()));
            ContextMenu menu = new ContextMenu(edit, version, retire);
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(menu));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit(row.getItem().policy());
                }
            });
            return row;
        });
    }

    /** A cell whose text wraps onto a second line rather than being shortened. */
    static <S> TableCell<S, String> wrapping(TableColumn<S, String> col) {
        TableCell<S, String> cell = new TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(col.widthProperty().subtract(14));
                text.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                text.setText(empty ? null : s);
                setGraphic(empty ? null : text);
            }
        };
        return cell;
    }
}
