package uk.schoolcompliance.tracker.ui.server;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * File > Connect to trust server…: host, port (5432), database, user, password and TLS, the last server prefilled.
 * Connect stays in the dialog until the server let us in (a failure is said on the dialog, everything typed kept);
 * Cancel while connecting stops waiting, and otherwise closes. The result is the connected services.
 */
public final class ServerConnectDialog extends Dialog<TrackerServices> {

    private final ServerConnectForm form;

    public ServerConnectDialog(Window owner, UiContext ctx) {
        this.form = new ServerConnectForm(ctx);
        initOwner(owner);
        setTitle(I18n.t("server.dialog.title"));
        setHeaderText(I18n.t("server.dialog.header"));
        setResizable(true);
        getDialogPane().setId("server-dialog");

        TextField host = text("server-host", form.hostProperty());
        TextField port = text("server-port", form.portProperty());
        port.setPrefColumnCount(6);
        TextField database = text("server-database", form.databaseProperty());
        TextField user = text("server-user", form.userProperty());
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.textProperty().bindBidirectional(form.passwordProperty());
        ComboBox<ServerConnectForm.Tls> tls = new ComboBox<>();
        tls.getItems().setAll(ServerConnectForm.Tls.values());
        tls.setId("server-tls");
        tls.valueProperty().bindBidirectional(form.tlsProperty());
        tls.setMaxWidth(Double.MAX_VALUE);
        CheckBox remember = new CheckBox(I18n.t("server.remember"));
        remember.setId("server-remember");
        remember.selectedProperty().bindBidirectional(form.rememberProperty());
        Label rememberHint = new Label(I18n.t("server.remember.hint",
                ctx.serverLogin().passwordFile().map(Object::toString).orElse("~/.pgpass")));
        rememberHint.getStyleClass().add("muted");
        rememberHint.setWrapText(true);

        Label explain = new Label(I18n.t("server.dialog.explain"));
        explain.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(320));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int r = 0;
        r = row(grid, r, "server.host", host, problem("server-host-problem", form.hostProblem()));
        r = row(grid, r, "server.port", port, problem("server-port-problem", form.portProblem()));
        r = row(grid, r, "server.database", database, problem("server-database-problem", form.databaseProblem()));
        r = row(grid, r, "server.user", user, problem("server-user-problem", form.userProblem()));
        r = row(grid, r, "server.password", password, null);
        r = row(grid, r, "server.tls", tls, null);
        remember.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(new VBox(2, remember, rememberHint), 0, r++, 2, 1);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("server-progress");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(form.connectingProperty());
        spinner.managedProperty().bind(form.connectingProperty());
        Label progress = new Label();
        progress.setId("server-progress-text");
        progress.setWrapText(true);
        progress.textProperty().bind(form.progressProperty());
        Label error = new Label();
        error.setId("server-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(form.errorProperty());
        VBox box = new VBox(10, explain, grid, new HBox(8, spinner, progress), error);
        box.setPadding(new Insets(12));
        box.setPrefWidth(560);
        box.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().add(ServerConnectDialog.class.getResource("server.css").toExternalForm());

        for (Node n : new Node[] {host, port, database, user, password, tls, remember}) {
            n.disableProperty().bind(form.connectingProperty());
        }
        ButtonType connect = new ButtonType(I18n.t("server.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("server.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(connect, cancel);
        Button ok = (Button) getDialogPane().lookupButton(connect);
        ok.setId("server-connect");
        ok.disableProperty().bind(form.valid().not().or(form.connectingProperty()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stays open until the server let us in
            form.connect(services -> {
                setResult(services);
                close();
            });
        });
        Button stop = (Button) getDialogPane().lookupButton(cancel);
        stop.setId("server-cancel");
        stop.addEventFilter(ActionEvent.ACTION, e -> {
            if (form.connectingProperty().get()) {
                e.consume(); // stop waiting, keep what was typed
                form.stopWaiting();
            }
        });
        setResultConverter(b -> null);
        (host.getText().isEmpty() ? host : password).requestFocus();
        setOnShown(e -> (host.getText().isEmpty() ? host : password).requestFocus());
    }

    /** The form behind the dialog (tests and the window read why remembering failed). */
    public ServerConnectForm form() {
        return form;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label problem(String id, StringBinding text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static int row(GridPane grid, int r, String key, Control field, Label problem) {
        Label label = new Label(I18n.t(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, r);
        grid.add(field, 1, r++);
        if (problem != null) {
            grid.add(problem, 1, r++);
        }
        return r;
    }
}
