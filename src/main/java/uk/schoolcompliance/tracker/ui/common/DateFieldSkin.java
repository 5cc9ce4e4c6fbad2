package uk.schoolcompliance.tracker.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The text field and the calendar button on one line, the problem under them. While a problem is
 * shown the field is at least {@value #MESSAGE_WIDTH} px wide, so the problem wraps onto a line or
 * two, never cut to "…" and never over its neighbours.
 */
final class DateFieldSkin extends SkinBase<DateField> {

    private static final double MESSAGE_WIDTH = 240;
    private static final double GAP = 2;
    private final HBox line;
    private final Label message;

    DateFieldSkin(DateField field, TextField text, DatePicker calendar, Label message) {
        super(field);
        line = new HBox(4, text, calendar);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        this.message = message;
        getChildren().addAll(line, message);
    }

    private double messageWidth(double width) {
        return Math.max(width < 0 ? line.prefWidth(-1) : width, MESSAGE_WIDTH);
    }

    private double messageHeight(double width) {
        return message.isManaged() ? GAP + message.prefHeight(messageWidth(width)) : 0;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + Math.max(line.prefWidth(-1), message.isManaged() ? MESSAGE_WIDTH : 0) + right;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + line.minWidth(-1) + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double w = width < 0 ? -1 : width - left - right;
        return top + line.prefHeight(-1) + messageHeight(w) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return computePrefWidth(height, top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double lineHeight = line.prefHeight(-1);
        line.resizeRelocate(x, y, Math.max(line.minWidth(-1), Math.min(w, line.prefWidth(-1))), lineHeight);
        if (message.isManaged()) {
            double mw = messageWidth(w);
            message.resizeRelocate(x, y + lineHeight + GAP, mw, message.prefHeight(mw));
        }
    }
}
