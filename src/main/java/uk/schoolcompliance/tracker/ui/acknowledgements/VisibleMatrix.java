package uk.schoolcompliance.tracker.ui.acknowledgements;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The heat map's state: the loaded matrix and which of its rows and columns the filters leave in view. */
final class VisibleMatrix {

    private final ObjectProperty<MatrixModel> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<int[]> rows = new SimpleObjectProperty<>(new int[0]);
    private final ObjectProperty<int[]> cols = new SimpleObjectProperty<>(new int[0]);

    /** Recomputes the rows and columns in view (nothing before a matrix is loaded). */
    void apply(MatrixModel.Filter f) {
        MatrixModel m = matrix.get();
        if (m != null) {
            int[] visible = m.visibleColumns(f);
            cols.set(visible);
            rows.set(m.visibleRows(f, visible));
        }
    }

    ObjectProperty<MatrixModel> matrix() {
        return matrix;
    }

    ObjectProperty<int[]> rows() {
        return rows;
    }

    ObjectProperty<int[]> cols() {
        return cols;
    }
}
