package uk.schoolcompliance.tracker.ui;

import javafx.scene.Node;

/**
 * A page of the main window's content area: its node, a refresh when shown or when the data or the as-of date
 * changes, and {@link #show(Destination)} for a navigation that names a record or a list.
 */
public interface Page {

    Node node();

    /** Called when the page is shown, and again whenever the data or the as-of date changes. */
    void refresh();

    /**
     * Shows what a navigation asks for. Only destinations whose {@link Destination#section()} is this page's
     * section arrive here; a {@link Destination.Home} is never passed (the page is simply refreshed).
     */
    default void show(Destination destination) {
    }
}
