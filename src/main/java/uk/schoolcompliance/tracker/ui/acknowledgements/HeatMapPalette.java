package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * How each status of the heat map looks: its colour, from the theme's {@code -color-*} variables through the page's
 * stylesheet ({@code .heat-map { -heat-done: -color-success-emphasis; ... }}, the same as the legend's swatches), and
 * its mark (a tick, a ring, "!", a dash), so colour is never the only signal. A change of colour repaints the map.
 */
final class HeatMapPalette {

    private static final StyleablePropertyFactory<HeatMap> FACTORY =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableObjectProperty<Color> done;
    private final StyleableObjectProperty<Color> due;
    private final StyleableObjectProperty<Color> overdue;
    private final StyleableObjectProperty<Color> absent;
    private final StyleableObjectProperty<Color> none;
    private final StyleableObjectProperty<Color> background;
    private final StyleableObjectProperty<Color> highlight;
    private final StyleableObjectProperty<Color> grid;
    private final StyleableObjectProperty<Color> ink;
    private final StyleableObjectProperty<Color> muted;
    private final StyleableObjectProperty<Color> focus;
    private final StyleableObjectProperty<Color> mark;

    HeatMapPalette(HeatMap map, Runnable repaint) {
        done = colour(map, "-heat-done", m -> m.palette().done);
        due = colour(map, "-heat-due", m -> m.palette().due);
        overdue = colour(map, "-heat-overdue", m -> m.palette().overdue);
        absent = colour(map, "-heat-absent", m -> m.palette().absent);
        none = colour(map, "-heat-none", m -> m.palette().none);
        background = colour(map, "-heat-background", m -> m.palette().background);
        highlight = colour(map, "-heat-highlight", m -> m.palette().highlight);
        grid = colour(map, "-heat-grid", m -> m.palette().grid);
        ink = colour(map, "-heat-ink", m -> m.palette().ink);
        muted = colour(map, "-heat-muted", m -> m.palette().muted);
        focus = colour(map, "-heat-focus", m -> m.palette().focus);
        mark = colour(map, "-heat-mark", m -> m.palette().mark);
        for (StyleableObjectProperty<Color> p : List.of(done, due, overdue, absent, none, background, highlight, grid,
                ink, muted, focus, mark)) {
            p.addListener((o, a, b) -> repaint.run());
        }
    }

    private static StyleableObjectProperty<Color> colour(HeatMap map, String css,
            java.util.function.Function<HeatMap, javafx.css.StyleableProperty<Color>> of) {
        // until the stylesheet says otherwise: nothing drawn rather than a colour of its own
        return (StyleableObjectProperty<Color>) FACTORY.createStyleableColorProperty(map, css.substring(1), css, of,
                Color.TRANSPARENT);
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return FACTORY.getCssMetaData();
    }

    Color background() {
        return background.get();
    }

    Color highlight() {
        return highlight.get();
    }

    Color grid() {
        return grid.get();
    }

    Color ink() {
        return ink.get();
    }

    Color muted() {
        return muted.get();
    }

    Color focus() {
        return focus.get();
    }

    /** The colour of a status's cells (as the legend's swatch shows it). */
    Color fill(byte status) {
        return switch (status) {
            case MatrixModel.DONE -> done.get();
            case MatrixModel.DUE -> due.get();
            case MatrixModel.OVERDUE -> overdue.get();
            case MatrixModel.ABSENT -> absent.get();
            default -> none.get();
        };
    }

    /** Paints one cell of a status at (x, y): its colour and its mark. */
    void drawCell(GraphicsContext g, byte status, double x, double y, Font bold) {
        double cx = x + 3;
        double cy = y + 3;
        double w = HeatMap.CELL_W - 6;
        double h = HeatMap.CELL_H - 6;
        switch (status) {
            case MatrixModel.DONE -> {
                g.setFill(fill(status));
                g.fillRoundRect(cx, cy, w, h, 5, 5);
                g.setStroke(mark.get());
                g.setLineWidth(2);
                g.strokePolyline(new double[] {cx + 5, cx + 9, cx + w - 5}, new double[] {cy + h / 2, cy + h - 5, cy + 5}, 3);
            }
            case MatrixModel.DUE -> {
                g.setFill(fill(status));
                g.fillRoundRect(cx, cy, w, h, 5, 5);
                g.setStroke(ink.get());
                g.setLineWidth(1.5);
                g.strokeOval(cx + w / 2 - 4, cy + h / 2 - 4, 8, 8);
            }
            case MatrixModel.OVERDUE -> {
                g.setFill(fill(status));
                g.fillRoundRect(cx, cy, w, h, 5, 5);
                g.setFill(mark.get());
                g.setFont(bold);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText("!", cx + w / 2, cy + h / 2);
            }
            case MatrixModel.ABSENT -> {
                g.setFill(fill(status));
                g.fillRoundRect(cx, cy, w, h, 5, 5);
                g.setStroke(mark.get());
                g.setLineWidth(2);
                g.strokeLine(cx + 5, cy + h / 2, cx + w - 5, cy + h / 2);
            }
            default -> {
                g.setFill(fill(status));
                g.fillRoundRect(cx, cy, w, h, 5, 5);
            }
        }
    }
}
