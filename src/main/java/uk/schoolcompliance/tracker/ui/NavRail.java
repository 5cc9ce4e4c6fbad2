package uk.schoolcompliance.tracker.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.kordamp.ikonli.javafx.FontIcon;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's navigation rail: one button per section (its shortcut in the tooltip), each with a badge of the
 * section's count from {@link MainViewModel#count}, shown only above zero. A click goes to the section's page.
 */
final class NavRail {

    private final VBox rail = new VBox(4);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);

    NavRail(MainViewModel vm, Consumer<Destination> navigate) {
        ToggleGroup nav = new ToggleGroup();
        rail.getStyleClass().add("nav-rail");
        rail.setPadding(new Insets(12, 8, 12, 8));
        int index = 1;
        for (Section s : Section.values()) {
            ToggleButton b = new ToggleButton(I18n.t(s.key()));
            b.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            b.setGraphic(new FontIcon(s.icon()));
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(I18n.t(s.key()) + " (Ctrl+" + index++ + ")"));
            Label badge = new Label();
            badge.getStyleClass().add("nav-badge");
            badge.textProperty().bind(vm.count(s).asString());
            badge.visibleProperty().bind(vm.count(s).greaterThan(0));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            b.setContentDisplay(ContentDisplay.LEFT);
            HBox row = new HBox(b, badge);
            HBox.setHgrow(b, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            b.setOnAction(e -> {
                b.setSelected(true);
                navigate.accept(Destination.home(s));
            });
            buttons.put(s, b);
            rail.getChildren().add(row);
        }
        rail.setPrefWidth(280);
        rail.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Marks the section on show (whoever moved there: a click, a shortcut, a link on a page). */
    void select(Section section) {
        buttons.get(section).setSelected(true);
    }

    Node node() {
        return rail;
    }
}
