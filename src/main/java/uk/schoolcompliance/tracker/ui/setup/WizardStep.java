package uk.schoolcompliance.tracker.ui.setup;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** One step of a {@link WizardView}: its title, its content, and whether the user may go on. */
public interface WizardStep {

    String title();

    /** A sentence under the title saying what this step is for. */
    String help();

    Node node();

    /** True when the step's answers let the user go on (Next / Finish enabled). */
    ObservableBooleanValue complete();

    /** Called each time the step is shown; puts the keyboard focus on its first field. */
    default void entered() {
    }
}
