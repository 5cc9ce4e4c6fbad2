package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.function.BiConsumer;

import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * The staff × policy heat map drawn on canvases the size of the viewport: only the visible cells are
 * painted, so 5,000 × 100 costs the same as 50 × 10. The policy header (top) and the names (left)
 * stay put while the cells scroll. Click a cell, or move with the arrow keys and press Enter, to act
 * on it. Every status has its own mark as well as its colour.
 */
public final class HeatMap extends Region {

    static final double CELL_W = 28;
    static final double CELL_H = 26;
    static final double ROW_HEADER_W = 230;
    static final double COL_HEADER_H = 170;

    private final Canvas corner = new Canvas();
    private final Canvas colHeader = new Canvas();
    private final Canvas rowHeader = new Canvas();
    private final Canvas body = new Canvas();
    private final ScrollBar hBar = new ScrollBar();
    private final ScrollBar vBar = new ScrollBar();
    private final Tooltip tip = new Tooltip();
    private final Font font = Font.font("System", 12);
    private final Font small = Font.font("System", 10);
    private final Font bold = Font.font("System", FontWeight.BOLD, 13);

    private MatrixModel model;
    private int[] rows = new int[0];
    private int[] cols = new int[0];
    private int focusRow = -1;
    private int focusCol = -1;
    private int hoverRow = -1;
    private int hoverCol = -1;
    private BiConsumer<Integer, Integer> onCell = (r, c) -> { };
    private long paints;
    private final HeatMapPalette palette = new HeatMapPalette(this, this::paint);

    public HeatMap() {
        getStyleClass().add("heat-map");
        getStylesheets().add(AcknowledgementsView.stylesheet()); // its colours, also when mounted on its own
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TABLE_VIEW);
        setAccessibleText(I18n.t("acks.matrix.accessible"));
        vBar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(body, colHeader, rowHeader, corner, hBar, vBar);
        hBar.valueProperty().addListener((o, a, b) -> paint());
        vBar.valueProperty().addListener((o, a, b) -> paint());
        setOnScroll(e -> {
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
                hBar.setValue(clamp(hBar.getValue() - d, hBar.getMax()));
            } else {
                vBar.setValue(clamp(vBar.getValue() - e.getDeltaY(), vBar.getMax()));
            }
            e.consume();
        });
        body.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        body.setOnMouseExited(e -> {
            hoverRow = -1;
            hoverCol = -1;
            Tooltip.uninstall(body, tip);
            paint();
        });
        body.setOnMouseClicked(e -> {
            requestFocus();
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                focusRow = cell[0];
                focusCol = cell[1];
                paint();
                onCell.accept(rows[cell[0]], cols[cell[1]]);
            }
        });
        setOnKeyPressed(e -> {
            if (rows.length == 0 || cols.length == 0) {
                return;
            }
            if (focusRow < 0) {
                focusRow = 0;
                focusCol = 0;
            }
            KeyCode k = e.getCode();
            switch (k) {
                case UP -> focusRow = Math.max(0, focusRow - 1);
                case DOWN -> focusRow = Math.min(rows.length - 1, focusRow + 1);
                case LEFT -> focusCol = Math.max(0, focusCol - 1);
                case RIGHT -> focusCol = Math.min(cols.length - 1, focusCol + 1);
                case PAGE_DOWN -> focusRow = Math.min(rows.length - 1, focusRow + visibleRowCount());
                case PAGE_UP -> focusRow = Math.max(0, focusRow - visibleRowCount());
                case HOME -> focusCol = 0;
                case END -> focusCol = cols.length - 1;
                case ENTER, SPACE -> onCell.accept(rows[focusRow], cols[focusCol]);
                default -> {
                    return;
                }
            }
            e.consume();
            scrollToFocus();
            paint();
        });
    }

    /** Shows a model through a filter (the visible row and column indexes of the model). */
    public void setData(MatrixModel model, int[] rows, int[] cols) {
        this.model = model;
        this.rows = rows;
        this.cols = cols;
        if (focusRow >= rows.length) {
            focusRow = rows.length - 1;
        }
        if (focusCol >= cols.length) {
            focusCol = cols.length - 1;
        }
        requestLayout();
        layoutChildren();
    }

    /** Called with the model's row and column when a cell is clicked or Enter is pressed on it. */
    public void setOnCell(BiConsumer<Integer, Integer> handler) {
        this.onCell = handler;
    }

    public int visibleRows() {
        return rows.length;
    }

    public int visibleColumns() {
        return cols.length;
    }

    /** How many times the cells were painted (for tests and the timing figure). */
    public long paints() {
        return paints;
    }

    /** Screen-independent position of the centre of a visible cell, in this region's coordinates. */
    public double[] cellCentre(int visibleRow, int visibleCol) {
        return new double[] {ROW_HEADER_W + visibleCol * CELL_W - hBar.getValue() + CELL_W / 2,
                COL_HEADER_H + visibleRow * CELL_H - vBar.getValue() + CELL_H / 2};
    }

    /** Scrolls so the given visible row is at the top (for tests and for "show this person"). */
    public void scrollToRow(int visibleRow) {
        vBar.setValue(clamp(visibleRow * CELL_H, vBar.getMax()));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double sb = 14;
        double bodyW = Math.max(0, w - ROW_HEADER_W - sb);
        double bodyH = Math.max(0, h - COL_HEADER_H - sb);
        corner.setWidth(ROW_HEADER_W);
        corner.setHeight(COL_HEADER_H);
        corner.relocate(0, 0);
        colHeader.setWidth(bodyW);
        colHeader.setHeight(COL_HEADER_H);
        colHeader.relocate(ROW_HEADER_W, 0);
        rowHeader.setWidth(ROW_HEADER_W);
        rowHeader.setHeight(bodyH);
        rowHeader.relocate(0, COL_HEADER_H);
        body.setWidth(bodyW);
        body.setHeight(bodyH);
        body.relocate(ROW_HEADER_W, COL_HEADER_H);
        hBar.resizeRelocate(ROW_HEADER_W, h - sb, bodyW, sb);
        vBar.resizeRelocate(w - sb, COL_HEADER_H, sb, bodyH);
        double contentW = cols.length * CELL_W;
        double contentH = rows.length * CELL_H;
        hBar.setMax(Math.max(0, contentW - bodyW));
        hBar.setVisibleAmount(bodyW);
        hBar.setUnitIncrement(CELL_W);
        hBar.setBlockIncrement(Math.max(CELL_W, bodyW - CELL_W));
        vBar.setMax(Math.max(0, contentH - bodyH));
        vBar.setVisibleAmount(bodyH);
        vBar.setUnitIncrement(CELL_H);
        vBar.setBlockIncrement(Math.max(CELL_H, bodyH - CELL_H));
        hBar.setValue(clamp(hBar.getValue(), hBar.getMax()));
        vBar.setValue(clamp(vBar.getValue(), vBar.getMax()));
        paint();
    }

    private void paint() {
        paints++;
        double x0 = hBar.getValue();
        double y0 = vBar.getValue();
        int firstCol = (int) Math.floor(x0 / CELL_W);
        int firstRow = (int) Math.floor(y0 / CELL_H);
        int lastCol = Math.min(cols.length - 1, (int) Math.floor((x0 + body.getWidth()) / CELL_W));
        int lastRow = Math.min(rows.length - 1, (int) Math.floor((y0 + body.getHeight()) / CELL_H));

        GraphicsContext g = body.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, body.getWidth(), body.getHeight());
        if (model != null) {
            for (int r = firstRow; r <= lastRow; r++) {
                double y = r * CELL_H - y0;
                if (r == hoverRow || r == focusRow) {
                    g.setFill(palette.highlight());
                    g.fillRect(0, y, body.getWidth(), CELL_H);
                }
                for (int c = firstCol; c <= lastCol; c++) {
                    palette.drawCell(g, model.status(rows[r], cols[c]), c * CELL_W - x0, y, bold);
                }
            }
            if (focusRow >= 0 && focusCol >= 0 && isFocused()) {
                g.setStroke(palette.focus());
                g.setLineWidth(2);
                g.strokeRect(focusCol * CELL_W - x0 + 1, focusRow * CELL_H - y0 + 1, CELL_W - 2, CELL_H - 2);
            }
        }
        paintRowHeader(firstRow, lastRow, y0);
        paintColHeader(firstCol, lastCol, x0);
        paintCorner();
    }

    private void paintRowHeader(int firstRow, int lastRow, double y0) {
        GraphicsContext g = rowHeader.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, rowHeader.getWidth(), rowHeader.getHeight());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        if (model != null) {
            for (int r = firstRow; r <= lastRow; r++) {
                double y = r * CELL_H - y0;
                if (r == hoverRow || r == focusRow) {
                    g.setFill(palette.highlight());
                    g.fillRect(0, y, ROW_HEADER_W, CELL_H);
                }
                StaffMember s = model.staff(rows[r]);
                g.setFill(palette.ink());
                g.setFont(font);
                g.fillText(fit(s.sortName(), 26), 8, y + CELL_H / 2);
                g.setFill(palette.muted());
                g.setFont(small);
                g.fillText(fit(s.category().label(), 16), 150, y + CELL_H / 2);
            }
        }
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        g.strokeLine(ROW_HEADER_W - 0.5, 0, ROW_HEADER_W - 0.5, rowHeader.getHeight());
    }

    private void paintColHeader(int firstCol, int lastCol, double x0) {
        GraphicsContext g = colHeader.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, colHeader.getWidth(), colHeader.getHeight());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font);
        if (model != null) {
            for (int c = firstCol; c <= lastCol; c++) {
                double x = c * CELL_W - x0;
                if (c == hoverCol || c == focusCol) {
                    g.setFill(palette.highlight());
                    g.fillRect(x, 0, CELL_W, COL_HEADER_H);
                }
                g.save();
                g.translate(x + CELL_W / 2, COL_HEADER_H - 8);
                g.rotate(-90);
                g.setFill(palette.ink());
                g.fillText(fit(model.policy(cols[c]).title(), 25), 0, 0);
                g.restore();
            }
        }
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        g.strokeLine(0, COL_HEADER_H - 0.5, colHeader.getWidth(), COL_HEADER_H - 0.5);
    }

    private void paintCorner() {
        GraphicsContext g = corner.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, ROW_HEADER_W, COL_HEADER_H);
        g.setFill(palette.muted());
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(I18n.t("acks.matrix.corner", rows.length, cols.length), 8, COL_HEADER_H - 8);
        g.setStroke(palette.grid());
        g.strokeLine(0, COL_HEADER_H - 0.5, ROW_HEADER_W, COL_HEADER_H - 0.5);
        g.strokeLine(ROW_HEADER_W - 0.5, 0, ROW_HEADER_W - 0.5, COL_HEADER_H);
    }

    private void hover(double x, double y) {
        int[] cell = cellAt(x, y);
        int r = cell == null ? -1 : cell[0];
        int c = cell == null ? -1 : cell[1];
        if (r == hoverRow && c == hoverCol) {
            return;
        }
        hoverRow = r;
        hoverCol = c;
        paint();
        if (cell == null) {
            Tooltip.uninstall(body, tip);
            return;
        }
        tip.setText(describe(rows[r], cols[c]));
        Tooltip.install(body, tip);
    }

    /** The words for a cell (tooltip and accessibility). */
    public String describe(int modelRow, int modelCol) {
        return CellWords.describe(model, modelRow, modelCol);
    }

    private int[] cellAt(double x, double y) {
        if (model == null) {
            return null;
        }
        int c = (int) Math.floor((x + hBar.getValue()) / CELL_W);
        int r = (int) Math.floor((y + vBar.getValue()) / CELL_H);
        if (r < 0 || c < 0 || r >= rows.length || c >= cols.length) {
            return null;
        }
        return new int[] {r, c};
    }

    private int visibleRowCount() {
        return Math.max(1, (int) (body.getHeight() / CELL_H) - 1);
    }

    private void scrollToFocus() {
        double top = focusRow * CELL_H;
        if (top < vBar.getValue()) {
            vBar.setValue(top);
        } else if (top + CELL_H > vBar.getValue() + body.getHeight()) {
            vBar.setValue(clamp(top + CELL_H - body.getHeight(), vBar.getMax()));
        }
        double left = focusCol * CELL_W;
        if (left < hBar.getValue()) {
            hBar.setValue(left);
        } else if (left + CELL_W > hBar.getValue() + body.getWidth()) {
            hBar.setValue(clamp(left + CELL_W - body.getWidth(), hBar.getMax()));
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    private static String fit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    HeatMapPalette palette() {
        return palette;
    }

    @Override
    public java.util.List<javafx.css.CssMetaData<? extends javafx.css.Styleable, ?>> getCssMetaData() {
        return HeatMapPalette.cssMetaData();
    }

    @Override
    protected double computePrefWidth(double height) {
        return ROW_HEADER_W + Math.min(cols.length, 30) * CELL_W + 14;
    }

    @Override
    protected double computePrefHeight(double width) {
        return COL_HEADER_H + Math.min(rows.length, 20) * CELL_H + 14;
    }
}
