package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Columns;
import uk.schoolcompliance.tracker.ui.common.Converters;

/**
 * The staff register's list: the filter bar (text, category, status, "no e-mail", count) above the sortable table
 * of everyone. The name and the status are never shortened; the job title and the e-mail give way first and show
 * their whole text on hover. Choosing a row chooses the person in the view model; Enter or F2 and a double click
 * edit, the context menu offers the person's actions.
 */
public final class StaffTablePane {

    /** What the rows' menu and keys ask of the page. */
    public interface Actions {
        void edit();

        void markLeaver();

        void recordAbsence();

        void induction(StaffMember s);
    }

    private final StaffViewModel vm;
    private final Actions actions;
    private final Supplier<LocalDate> asOf;
    private final TableView<StaffViewModel.Row> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final VBox root;

    public StaffTablePane(StaffViewModel vm, Supplier<LocalDate> asOf, Actions actions) {
        this.vm = vm;
        this.asOf = asOf;
        this.actions = actions;
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, filterBar(), table);
        vm.filtered().addListener((ListChangeListener<StaffViewModel.Row>) c -> updateCount());
        vm.rows().addListener((ListChangeListener<StaffViewModel.Row>) c -> updateCount());
        updateCount();
    }

    public Node node() {
        return root;
    }

    public TableView<StaffViewModel.Row> table() {
        return table;
    }

    public StaffMember selected() {
        StaffViewModel.Row row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.staff();
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    private void updateCount() {
        count.setText(I18n.t("staff.count", vm.filtered().size(), vm.rows().size()));
    }

    private Node filterBar() {
        filter.setId("staff-filter");
        filter.setPromptText(I18n.t("staff.filter.prompt"));
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        filter.setPrefWidth(300);
        filter.setMinWidth(160);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<StaffCategory> category = new ComboBox<>();
        category.setId("staff-category-filter");
        category.getItems().add(null);
        category.getItems().addAll(StaffCategory.values());
        category.setConverter(Converters.<StaffCategory>display(c -> c.label(), I18n.t("staff.filter.allCategories")));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        ComboBox<StaffViewModel.Status> status = new ComboBox<>();
        status.setId("staff-status-filter");
        status.getItems().setAll(StaffViewModel.Status.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffViewModel.Status s) {
                if (s == null) {
                    return "";
                }
                String key = "staff.status." + s.name();
                return I18n.t(key);
            }

            @Override
            public StaffViewModel.Status fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        count.getStyleClass().add("muted");
        count.setId("staff-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox noEmail = new CheckBox(I18n.t("staff.filter.noEmail"));
        noEmail.setId("staff-filter-no-email");
        noEmail.setMinWidth(Region.USE_PREF_SIZE);
        noEmail.selectedProperty().bindBidirectional(vm.noEmailOnlyProperty());
        // wraps onto a second row beside a person's page rather than pushing the page past the window
        FlowPane filters = new FlowPane(8, 8, filter, category, status, noEmail, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private void buildTable() {
        table.setId("staff-table");
        table.setItems(vm.sorted());
        vm.sorted().comparatorProperty().bind(table.comparatorProperty());
        table.setPlaceholder(new Label(I18n.t("staff.table.empty")));
        table.setFixedCellSize(30);
        TableColumn<StaffViewModel.Row, String> name = text("staff.col.name", "staff-col-name", s -> s.sortName());
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        TableColumn<StaffViewModel.Row, String> category = text("staff.col.category", "staff-col-category",
                s -> s.category().label());
        TableColumn<StaffViewModel.Row, String> job = Columns.shrinking(I18n.t("staff.col.job"),
                r -> nz(r.staff().jobTitle()));
        job.setId("staff-col-job");
        TableColumn<StaffViewModel.Row, String> ref = text("staff.col.ref", "staff-col-ref", s -> nz(s.staffRef()));
        TableColumn<StaffViewModel.Row, LocalDate> start = new TableColumn<>(I18n.t("staff.col.start"));
        start.setId("staff-col-start");
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staff().startDate()));
        start.setCellFactory(c -> dateCell());
        TableColumn<StaffViewModel.Row, String> state = text("staff.col.status", "staff-col-status",
                s -> StaffWords.status(s, asOf.get()));
        TableColumn<StaffViewModel.Row, String> email = Columns.shrinking(I18n.t("staff.col.email"),
                r -> nz(r.staff().email()));
        email.setId("staff-col-email");
        table.getColumns().addAll(List.of(name, category, job, ref, start, state, email));
        table.getSortOrder().add(name);
        // the name and status stay whole (sized to what the register holds); the job title and e-mail give way
        vm.rows().addListener((ListChangeListener<StaffViewModel.Row>) c -> {
            Columns.fits(name, vm.rows().stream().map(r -> r.staff().sortName()).toList());
            Columns.fits(state, vm.rows().stream().map(r -> StaffWords.status(r.staff(), asOf.get())).toList());
            Columns.fits(ref, vm.rows().stream().map(r -> nz(r.staff().staffRef())).toList());
            for (TableColumn<StaffViewModel.Row, ?> col : List.of(name, category, ref, start, state)) {
                col.setMaxWidth(col.getMinWidth() + 24); // what is left goes to the job title and e-mail
            }
        });
        Columns.fits(category, java.util.Arrays.stream(StaffCategory.values()).map(StaffCategory::label).toList());
        Columns.fits(start, List.of("00/00/0000"));
        Columns.headerFits(ref);
        job.setPrefWidth(190);
        email.setPrefWidth(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        // beside a person's page (which shows them) the staff reference, the category, the e-mail and then the
        // job title make room, so that the name, start date and status always show whole
        Columns.giveWay(table, List.of(ref, category, email, job));
        table.setRowFactory(t -> {
            TableRow<StaffViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit();
                }
            });
            MenuItem editItem = new MenuItem(I18n.t("staff.action.edit"));
            editItem.setOnAction(e -> actions.edit());
            MenuItem leaverItem = new MenuItem(I18n.t("staff.action.leaver"));
            leaverItem.setOnAction(e -> actions.markLeaver());
            MenuItem absenceItem = new MenuItem(I18n.t("staff.action.absence"));
            absenceItem.setOnAction(e -> actions.recordAbsence());
            MenuItem inductionItem = new MenuItem(I18n.t("staff.action.induction"));
            inductionItem.setOnAction(e -> actions.induction(row.getItem().staff()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(new ContextMenu(editItem, leaverItem, absenceItem, inductionItem)));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                actions.edit();
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.select(row.staff().id());
            }
        });
    }

    private static TableColumn<StaffViewModel.Row, String> text(String key, String id,
                                                                Function<StaffMember, String> value) {
        TableColumn<StaffViewModel.Row, String> c = new TableColumn<>(I18n.t(key));
        c.setId(id);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue().staff())));
        return c;
    }

    static <S> TableCell<S, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Dates.forPeople(item));
            }
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
