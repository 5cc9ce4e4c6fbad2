package uk.schoolcompliance.tracker.ui.induction;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ColumnFit;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * Every new starter's induction: their name (never cut), days since they started, a progress bar, and the next item
 * due or how many are overdue (in red, with an icon; in full on hover). Choosing one opens their checklist.
 */
final class PlansTable extends TableView<InductionProgress> {

    private final TableColumn<InductionProgress, String> name = new TableColumn<>(I18n.t("induction.col.name"));

    PlansTable(InductionViewModel vm) {
        setId("induction-plans");
        setItems(vm.plans());
        setPlaceholder(new Label(I18n.t("induction.plans.empty")));
        setFixedCellSize(34);
        name.setId("induction-col-name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().staff().fullName()));
        name.setPrefWidth(150);
        name.setMinWidth(125);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String n, boolean empty) {
                super.updateItem(n, empty);
                InductionProgress p = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || n == null ? null : n);
                setTooltip(p == null ? null : new Tooltip(p.staff().category().label()));
            }
        });
        TableColumn<InductionProgress, Long> days = new TableColumn<>(I18n.t("induction.col.days"));
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                ChronoUnit.DAYS.between(c.getValue().staff().startDate(), vm.context().asOf())));
        days.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d >= 0 ? String.valueOf(d) : I18n.t("induction.startsIn", -d));
            }
        });
        days.setPrefWidth(76);
        days.setMinWidth(76);
        ColumnFit.headerWhole(days);
        TableColumn<InductionProgress, InductionProgress> progress = new TableColumn<>(I18n.t("induction.col.progress"));
        progress.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progress.setComparator(Comparator.comparingDouble(InductionProgress::fraction));
        progress.setCellFactory(c -> new ProgressCell());
        progress.setPrefWidth(125);
        progress.setMinWidth(130);
        TableColumn<InductionProgress, InductionProgress> next = new TableColumn<>(I18n.t("induction.col.next"));
        next.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        next.setSortable(false);
        next.setCellFactory(c -> new NextCell());
        next.setPrefWidth(240);
        next.setMinWidth(120);
        ColumnFit.headerWhole(next);
        getColumns().addAll(List.of(name, days, progress, next));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // beside a checklist the list is narrow: the days, then the next item (the checklist shows it) make way
        ColumnFit.dropByPriority(this, getColumns(), List.of(days, next));
        // every name in full: refitted when the list changes
        vm.plans().addListener((ListChangeListener<InductionProgress>) c -> fitNames(vm));
        fitNames(vm);
        getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.select(p.staff().id());
            }
        });
    }

    private void fitNames(InductionViewModel vm) {
        ColumnFit.keepWhole(name, ColumnFit.texts(vm.plans(), p -> p.staff().fullName()), 0);
    }

    TableColumn<InductionProgress, String> nameColumn() {
        return name;
    }

    /** A small bar and "done/all". */
    private static final class ProgressCell extends TableCell<InductionProgress, InductionProgress> {
        private final ProgressBar bar = new ProgressBar();
        private final Label text = new Label();
        private final HBox box = new HBox(6, bar, text);

        ProgressCell() {
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
    }

    /** How many items are overdue (red), else the next item due, else complete (green); in full on hover. */
    private static final class NextCell extends TableCell<InductionProgress, InductionProgress> {
        @Override
        protected void updateItem(InductionProgress p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().remove(Rag.RED.styleClass());
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
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
            setTooltip(new Tooltip(getText()));
        }
    }
}
