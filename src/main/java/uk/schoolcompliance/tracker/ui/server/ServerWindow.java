package uk.schoolcompliance.tracker.ui.server;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.MainViewModel;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The main window's part in a trust's server (issue 18): the File menu's connect, and the lost-connection banner. */
public final class ServerWindow {

    private ServerWindow() {
    }

    /** The File menu's "Connect to trust server…". */
    public static javafx.scene.control.MenuItem menuItem(Stage stage, UiContext ctx, MainViewModel vm) {
        javafx.scene.control.MenuItem connect = new javafx.scene.control.MenuItem(I18n.t("menu.file.connect"));
        connect.setId("menu-connect");
        connect.setOnAction(e -> connect(stage, ctx, vm));
        return connect;
    }

    /** File > Connect to trust server…: the dialog connects; the window then shows the server's data. */
    public static void connect(Stage stage, UiContext ctx, MainViewModel vm) {
        ServerConnectDialog dialog = new ServerConnectDialog(stage, ctx);
        dialog.showAndWait().ifPresent(services -> {
            vm.useServer(services);
            if (dialog.form().notRemembered() != null) {
                vm.statusProperty().set(I18n.t("server.notRemembered", dialog.form().notRemembered()));
            }
        });
    }

    /** The banner under the top bar while a trust's server is away ("… Reconnecting…"); hidden otherwise. */
    public static Node banner(UiContext ctx) {
        Label text = new Label();
        text.setId("connection-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(ctx.connectionWatch().lostProperty());
        HBox banner = new HBox(8, new FontIcon(MaterialDesignA.ALERT_OUTLINE), text);
        banner.setId("connection-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStylesheets().add(ServerWindow.class.getResource("server.css").toExternalForm());
        banner.getStyleClass().add("connection-banner");
        banner.visibleProperty().bind(ctx.connectionWatch().lostProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
