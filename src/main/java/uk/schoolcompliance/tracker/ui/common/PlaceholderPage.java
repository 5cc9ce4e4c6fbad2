package uk.schoolcompliance.tracker.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;

/** A page not yet built: says so plainly instead of pretending. */
public final class PlaceholderPage implements Page {

    private final VBox root;

    public PlaceholderPage(String titleKey) {
        Label title = new Label(I18n.t(titleKey));
        title.getStyleClass().add("page-title");
        Label text = new Label(I18n.t("placeholder.text"));
        text.setWrapText(true);
        root = new VBox(12, title, text);
        root.setPadding(new Insets(24));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
    }
}
