package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ColumnFit;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The figures tab: in scope, done, outstanding, overdue and the done percentage (with its red/amber/green word
 * and icon) per policy, and below it per staff category. Titles, categories and figures are never cut; the area
 * shrinks first and shows in full on hover, and makes way on a narrow window.
 */
final class FiguresPane extends SplitPane {

    private final TableView<AcknowledgementsViewModel.Figure> policies;
    private final TableView<AcknowledgementsViewModel.Figure> categories;

    FiguresPane(AcknowledgementsViewModel vm) {
        getStylesheets().add(AcknowledgementsView.stylesheet());
        policies = figures("acks.figures.policy", vm.byPolicy(), true);
        policies.setId("acks-figures-policy");
        categories = figures("acks.figures.category", vm.byCategory(), false);
        categories.setId("acks-figures-category");
        Label p = new Label(I18n.t("acks.figures.byPolicy"));
        p.getStyleClass().add("acks-section");
        Label c = new Label(I18n.t("acks.figures.byCategory"));
        c.getStyleClass().add("acks-section");
        VBox top = new VBox(6, p, policies);
        VBox bottom = new VBox(6, c, categories);
        VBox.setVgrow(policies, Priority.ALWAYS);
        VBox.setVgrow(categories, Priority.ALWAYS);
        top.setPadding(new Insets(10, 0, 6, 0));
        bottom.setPadding(new Insets(6, 0, 0, 0));
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(top, bottom);
        setDividerPositions(0.58);
        getStyleClass().add("acks-figures");
    }

    private static TableView<AcknowledgementsViewModel.Figure> figures(String firstKey,
            ObservableList<AcknowledgementsViewModel.Figure> items, boolean withArea) {
        TableView<AcknowledgementsViewModel.Figure> t = new TableView<>(items);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<AcknowledgementsViewModel.Figure, String> name = new TableColumn<>(I18n.t(firstKey));
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setPrefWidth(withArea ? 280 : 170);
        t.getColumns().add(name);
        List<TableColumn<AcknowledgementsViewModel.Figure, ?>> fitted = new ArrayList<>();
        if (withArea) {
            TableColumn<AcknowledgementsViewModel.Figure, String> area = new TableColumn<>(I18n.t("acks.figures.area"));
            area.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().detail()));
            area.setCellFactory(ColumnFit.tooltipCells());
            area.setPrefWidth(130);
            ColumnFit.headerWhole(area);
            t.getColumns().add(area);
            // on a narrow window the area makes way, so the figures and the done percentage stay in view
            ColumnFit.dropByPriority(t, t.getColumns(), List.of(area));
        }
        for (TableColumn<AcknowledgementsViewModel.Figure, Integer> n : List.of(num("acks.figures.inScope", Tally::inScope),
                num("acks.figures.done", Tally::done), num("acks.figures.outstanding", Tally::outstanding),
                num("acks.figures.overdue", Tally::overdue))) {
            t.getColumns().add(n);
            fitted.add(n);
        }
        TableColumn<AcknowledgementsViewModel.Figure, Double> pct = new TableColumn<>(I18n.t("acks.figures.percent"));
        pct.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().tally().percent()));
        pct.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("rag-red", "rag-amber", "rag-green");
                if (empty || v == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Rag rag = Rag.forPercent(v);
                setText(v + " %");
                setGraphic(rag.icon());
                getStyleClass().add(rag.styleClass());
            }
        });
        pct.setPrefWidth(90);
        t.getColumns().add(pct);
        // the name and every figure in full, whatever the window's width: refitted whenever the figures change
        Runnable fit = () -> {
            ColumnFit.keepWhole(name, ColumnFit.texts(items, AcknowledgementsViewModel.Figure::name), 0);
            for (TableColumn<AcknowledgementsViewModel.Figure, ?> c : fitted) {
                ColumnFit.keepWhole(c, List.of("00000"), 0);
            }
            ColumnFit.keepWhole(pct, List.of("100.0 %"), 22);
        };
        items.addListener((ListChangeListener<AcknowledgementsViewModel.Figure>) c -> fit.run());
        fit.run();
        return t;
    }

    private static TableColumn<AcknowledgementsViewModel.Figure, Integer> num(String key, ToIntFunction<Tally> f) {
        TableColumn<AcknowledgementsViewModel.Figure, Integer> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.applyAsInt(d.getValue().tally())));
        c.setPrefWidth(80);
        c.getStyleClass().add("acks-number");
        return c;
    }

    TableView<AcknowledgementsViewModel.Figure> policies() {
        return policies;
    }

    TableView<AcknowledgementsViewModel.Figure> categories() {
        return categories;
    }
}
