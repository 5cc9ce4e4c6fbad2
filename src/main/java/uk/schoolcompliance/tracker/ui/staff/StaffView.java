package uk.schoolcompliance.tracker.ui.staff;

import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.acknowledgements.RecordAcknowledgementDialog;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The staff register: a filter bar (text, category, status) and toolbar above a sortable table of
 * everyone, and the selected person's page beside it (details, induction, acknowledgements, gaps).
 * Keyboard: Ctrl+N add, Enter or F2 edit, Ctrl+I import, Ctrl+L filter.
 */
public final class StaffView implements Page {

    private final UiContext ctx;
    private final StaffViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StaffTablePane tablePane;
    private final TableView<StaffViewModel.Row> table;

    public StaffView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new StaffViewModel(ctx);
        root.getStyleClass().add("staff-page");
        root.getStylesheets().add(StaffView.class.getResource("staff.css").toExternalForm());
        tablePane = new StaffTablePane(vm, ctx::asOf, new StaffTablePane.Actions() {
            @Override
            public void edit() {
                StaffView.this.edit();
            }

            @Override
            public void markLeaver() {
                StaffView.this.markLeaver();
            }

            @Override
            public void recordAbsence() {
                StaffView.this.recordAbsence();
            }

            @Override
            public void induction(StaffMember s) {
                ctx.navigate(new Destination.InductionOf(s.id()));
            }
        });
        table = tablePane.table();

        Label title = new Label(I18n.t("staff.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = toolButton("staff-add", "staff.action.add", MaterialDesignA.ACCOUNT_PLUS_OUTLINE, this::add);
        add.getStyleClass().add(Styles.ACCENT);
        Button edit = toolButton("staff-edit", "staff.action.edit", MaterialDesignA.ACCOUNT_EDIT_OUTLINE, this::edit);
        Button leaver = toolButton("staff-leaver", "staff.action.leaver", MaterialDesignE.EXIT_RUN, this::markLeaver);
        Button absence = toolButton("staff-absence", "staff.action.absence", MaterialDesignC.CALENDAR_REMOVE_OUTLINE,
                this::recordAbsence);
        Button importButton = toolButton("staff-import", "staff.action.import", MaterialDesignF.FILE_IMPORT_OUTLINE,
                this::importList);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        leaver.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        absence.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : List.of(add, edit, leaver, absence, importButton)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox titleRow = new HBox(8, title, spacer, add, edit, leaver, absence, importButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(10, titleRow, error);
        top.setPadding(new Insets(20, 20, 10, 20));
        root.setTop(top);

        StaffDetailPane detail = new StaffDetailPane(ctx, vm, new StaffDetailPane.Actions() {
            @Override
            public void edit() {
                StaffView.this.edit();
            }

            @Override
            public void acknowledge(StaffMember s) {
                // showAndTell: a recording dated after the as-of date says so (this page's gaps are as of that date)
                RecordAcknowledgementDialog.showAndTell(ctx, root.getScene().getWindow(), s.id(), null);
            }
        });
        ScrollPane detailScroll = new ScrollPane(detail.node());
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("staff-detail-scroll");
        detailScroll.setMinWidth(340);
        SplitPane.setResizableWithParent(detailScroll, false);
        SplitPane split = new SplitPane(tablePane.node());
        split.setOrientation(Orientation.HORIZONTAL);
        // the person's page opens beside the register once someone is chosen; the register has the width until then
        vm.detailProperty().addListener((o, a, d) -> showDetail(split, detailScroll, d != null));
        showDetail(split, detailScroll, vm.detailProperty().get() != null);
        BorderPane.setMargin(split, new Insets(0, 20, 20, 20));
        root.setCenter(split);

        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                add();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN).match(e)) {
                importList();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN).match(e)) {
                tablePane.focusFilter();
                e.consume();
            }
        });
    }

    private static void showDetail(SplitPane split, Node detail, boolean shown) {
        if (shown && !split.getItems().contains(detail)) {
            split.getItems().add(detail);
            split.setDividerPositions(0.6);
        } else if (!shown) {
            split.getItems().remove(detail);
        }
    }

    private Button toolButton(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(I18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private StaffMember selected() {
        return tablePane.selected();
    }

    private void add() {
        if (ctx.services() == null) {
            return;
        }
        new StaffFormDialog(root.getScene().getWindow(), vm, null).show();
    }

    private void edit() {
        StaffMember s = selected();
        if (s != null) {
            vm.openForEdit(s.id(), opened -> StaffFormDialog.editing(root.getScene().getWindow(), vm, opened).show());
        }
    }

    private void importList() {
        if (ctx.services() == null) {
            return;
        }
        new StaffImportDialog(root.getScene().getWindow(), ctx).show();
    }

    private void markLeaver() {
        StaffMember s = selected();
        if (s == null) {
            return;
        }
        // saves while open: a refusal is said in the dialog, which keeps the date typed (issue #18)
        new LeaverDialog(root.getScene().getWindow(), s, ctx.asOf(), ctx::today,
                (date, saved, refused) -> vm.markLeaver(s.id(), date, saved, refused)).show();
    }

    private void recordAbsence() {
        StaffMember s = selected();
        if (s == null) {
            return;
        }
        new AbsenceDialog(root.getScene().getWindow(), s, ctx.asOf(), ctx::today,
                (v, saved, refused) -> vm.recordAbsence(s.id(), v[0], v[1], saved, refused)).show();
    }

    private void showError(String message) {
        Dialogs.error(root.getScene().getWindow(), message);
    }

    public StaffViewModel viewModel() {
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

    /** From the global search: show that staff member, clearing filters that would hide them. */
    @Override
    public void show(Destination destination) {
        if (destination instanceof Drill d) {
            // from a dashboard figure: the people it counts (in post; without an e-mail address)
            vm.filterTextProperty().set("");
            vm.categoryProperty().set(null);
            vm.statusProperty().set(StaffViewModel.Status.IN_POST);
            vm.noEmailOnlyProperty().set(d.kind() == Drill.Kind.STAFF_NO_EMAIL);
            return;
        }
        if (!(destination instanceof Destination.Person person)) {
            return;
        }
        long id = person.staffId();
        vm.filterTextProperty().set("");
        vm.categoryProperty().set(null);
        vm.noEmailOnlyProperty().set(false);
        vm.statusProperty().set(StaffViewModel.Status.ALL);
        selectWhenLoaded(id);
    }

    private void selectWhenLoaded(long id) {
        vm.select(id);
        Runnable pick = () -> {
            for (StaffViewModel.Row r : table.getItems()) {
                if (r.staff().id() == id) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    table.requestFocus();
                    return;
                }
            }
        };
        pick.run();
        if (table.getSelectionModel().getSelectedItem() == null || table.getSelectionModel().getSelectedItem().staff().id() != id) {
            javafx.collections.ListChangeListener<StaffViewModel.Row> once = new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends StaffViewModel.Row> c) {
                    vm.rows().removeListener(this);
                    pick.run();
                }
            };
            vm.rows().addListener(once);
        }
    }
}
