package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * The heat map tab: the legend (every status with its colour and its word), how to use the map (wrapping onto a
 * line of its own when the window is narrow, never cut), and the staff × policy heat map of the view model's
 * filtered rows and columns. A click on a cell that has an acknowledgement to show or record is handed on;
 * a click on a cell with nothing to do says why in the page's message.
 */
final class MatrixPane extends VBox {

    private final AcknowledgementsViewModel vm;
    private final HeatMap heatMap = new HeatMap();

    MatrixPane(AcknowledgementsViewModel vm, Consumer<Obligation> onObligation) {
        this.vm = vm;
        getStylesheets().add(AcknowledgementsView.stylesheet());
        FlowPane legend = new FlowPane(16, 6, legend("acks-legend-done", "acks.status.done"),
                legend("acks-legend-due", "acks.status.due"), legend("acks-legend-overdue", "acks.status.overdue"),
                legend("acks-legend-absent", "acks.status.absent"), legend("acks-legend-none", "acks.status.none"));
        legend.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(I18n.t("acks.matrix.hint"));
        hint.setId("acks-matrix-hint");
        hint.getStyleClass().add("acks-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox head = new VBox(4, legend, hint);
        head.setPadding(new Insets(10, 0, 8, 0));
        heatMap.setId("acks-matrix");
        getChildren().addAll(head, heatMap);
        VBox.setVgrow(heatMap, Priority.ALWAYS);
        vm.matrixProperty().addListener((o, a, b) -> show());
        vm.visibleRowsProperty().addListener((o, a, b) -> show());
        vm.visibleColsProperty().addListener((o, a, b) -> show());
        heatMap.setOnCell((row, col) -> {
            MatrixModel m = vm.matrixProperty().get();
            m.obligation(row, col).ifPresentOrElse(onObligation,
                    () -> vm.messageProperty().set(heatMap.describe(row, col)));
        });
        show();
    }

    private static Label legend(String styleClass, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("acks-swatch", styleClass);
        Label l = new Label(I18n.t(key), swatch);
        l.setGraphicTextGap(6);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void show() {
        MatrixModel m = vm.matrixProperty().get();
        if (m != null) {
            heatMap.setData(m, vm.visibleRowsProperty().get(), vm.visibleColsProperty().get());
        }
    }

    HeatMap heatMap() {
        return heatMap;
    }
}
