package uk.schoolcompliance.tracker.ui;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's status bar: the status line of {@link MainViewModel} and a progress bar while work runs off the FX thread. */
final class StatusBar {

    private StatusBar() {
    }

    static Node of(UiContext ctx, MainViewModel vm) {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar busy = new ProgressBar();
        busy.setId("status-busy");
        busy.setPrefWidth(120);
        busy.setVisible(false);
        if (ctx.unwatchedExecutor() instanceof FxTaskExecutor fx) {
            busy.visibleProperty().bind(fx.runningProperty().greaterThan(0));
        }
        HBox bar = new HBox(12, new FontIcon(MaterialDesignS.SCHOOL_OUTLINE), status, spacer, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
