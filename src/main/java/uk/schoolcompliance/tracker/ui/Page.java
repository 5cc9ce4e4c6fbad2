package uk.schoolcompliance.tracker.ui;

import javafx.scene.Node;

/** A page of the main window's content area. */
public interface Page {

    Node node();

    /** Called when the page is shown, and again whenever the data or the as-of date changes. */
    void refresh();

    /** Shows one record (a staff member, a policy, ...) when navigated to with an argument. */
    default void show(Object argument) {
    }
}
