package uk.schoolcompliance.tracker.ui.trust;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The dashboard's "Schools side by side" (node id {@code trust-overview}, table {@code trust-overview-table}): shown
 * with "All schools" on a trust's file; one row per school with staff in post, acknowledgement rate, overdue
 * acknowledgements, reviews overdue, inductions with overdue items and the status (icon and word), worst first and
 * sortable by any column. Clicking a row shows that school on every page.
 */
public final class TrustOverviewPane {

    private final TrustOverviewModel model;
    private final VBox node;

    public TrustOverviewPane(UiContext ctx) {
        this.model = new TrustOverviewModel(ctx);
        Label title = new Label(I18n.t("trust.overview.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(I18n.t("trust.overview.hint"));
        TableView<TrustOverviewModel.Row> table = new TableView<>(model.rows());
        table.setId("trust-overview-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.rows()).multiply(28).add(58)
                .map(h -> Math.min(360, h.doubleValue())));
        TableColumn<TrustOverviewModel.Row, String> name = new TableColumn<>(I18n.t("trust.overview.school"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));

        table.getColumns().add(name);
        // the schools' names are never cut
        model.rows().addListener((javafx.collections.ListChangeListener<TrustOverviewModel.Row>) c ->
                uk.schoolcompliance.tracker.ui.common.ColumnFit.keepWhole(name,
                        model.rows().stream().map(TrustOverviewModel.Row::name).toList(), 0));
        table.getColumns().add(number(I18n.t("trust.overview.staff"), Summary::staffInPost));
        TableColumn<TrustOverviewModel.Row, Double> rate = new TableColumn<>(I18n.t("trust.overview.rate"));
        rate.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().figures().summary().ackNotStarted() ? null
                : c.getValue().figures().summary().ackPercent()));
        rate.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "\u2014" : v + " %");
            }
        });
        table.getColumns().add(rate);
        table.getColumns().add(number(I18n.t("trust.overview.overdue"), Summary::ackOverdue));
        table.getColumns().add(number(I18n.t("trust.overview.reviews"), Summary::reviewsOverdue));
        table.getColumns().add(number(I18n.t("trust.overview.inductions"), Summary::inductionOverdueItems));
        TableColumn<TrustOverviewModel.Row, TrustOverviewModel.Row> status = new TableColumn<>(I18n.t("trust.overview.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setComparator((a, b) -> uk.schoolcompliance.tracker.domain.report.TrustPack.WORST_FIRST
                .compare(a.figures(), b.figures()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TrustOverviewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                } else if (r.figures().rag() == null) {
                    setText(I18n.t("trust.notStarted"));
                    setGraphic(null);
                } else {
                    Rag rag = Rag.of(r.figures().rag());
                    setText(I18n.t(rag.wordKey()));
                    setGraphic(rag.icon());
                }
            }
        });
        table.getColumns().add(status);
        // every header whole (two lines where long); the status words whole beside their icon
        table.getColumns().forEach(uk.schoolcompliance.tracker.ui.common.ColumnFit::headerWhole);
        uk.schoolcompliance.tracker.ui.common.ColumnFit.keepWhole(status, java.util.Arrays.stream(Rag.values())
                .map(r -> I18n.t(r.wordKey())).toList(), 24);
        table.setRowFactory(t -> {
            TableRow<TrustOverviewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        SchoolHeatMap heatMap = new SchoolHeatMap();
        model.heatProperty().addListener((o, a, h) -> {
            if (h != null) {
                heatMap.show(h);
            }
        });
        node = new VBox(6, title, hint, table, heatMap.node());
        node.setId("trust-overview");
        node.visibleProperty().bind(model.shownProperty());
        node.managedProperty().bind(model.shownProperty());
    }

    private static TableColumn<TrustOverviewModel.Row, Integer> number(String title,
                                                                      java.util.function.ToIntFunction<Summary> f) {
        TableColumn<TrustOverviewModel.Row, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.applyAsInt(v.getValue().figures().summary())));
        return c;
    }

    public Node node() {
        return node;
    }


    public TrustOverviewModel model() {
        return model;
    }
}
