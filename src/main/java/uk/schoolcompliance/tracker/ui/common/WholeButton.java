package uk.schoolcompliance.tracker.ui.common;

import javafx.scene.control.Button;

/** A button never narrower than its whole text and graphic: in a crowded bar the others shrink, never its words. */
public final class WholeButton extends Button {

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }
}
