package uk.schoolcompliance.tracker.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.app.ServerDetails;
import uk.schoolcompliance.tracker.app.ServerLogin;
import uk.schoolcompliance.tracker.app.ServerPreferences;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.CutText;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * File > Connect to trust server…: a bad field is said on that field and keeps Connect off; a failure to connect is
 * the store's one line on the dialog, which stays open with what was typed; the last server (never the password) is
 * offered next time; "remember" writes the password file owner-only (600), only that server's line, and unticked
 * writes nothing. The password file is always under a temporary home ({@code PGPASSFILE}), never the real one.
 */
@ExtendWith(ApplicationExtension.class)
class ServerConnectDialogTest {

    private static final String PASSWORD = "office-ui-pw";
    private static String database;

    @TempDir
    Path dir;

    private Stage stage;
    private UiContext ctx;
    private Path passFile;
    private ServerDialogRobot it;

    @BeforeAll
    static void aServerWithTheDemoAndALoginRole() {
        database = TestServer.withDemo().database();
        TestServer.withPasswordLogin("office_ui", PASSWORD);
        // what the trust's admin does for a new login (#19): a role by server-grant, never bare table grants
        try (TrackerServices owner = TrackerServices.openTarget(TestServer.address(database).toString(),
                () -> uk.schoolcompliance.tracker.TestDemo.ACTOR, uk.schoolcompliance.tracker.TestDemo.CLOCK, false)) {
            owner.serverAccess().grant("office_ui", "trust-admin", null);
        }
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void aContextWithATemporaryHome() throws Exception {
        passFile = dir.resolve("home").resolve(".pgpass");
        Files.createDirectories(passFile.getParent());
        ctx = FxTestSupport.context(dir);
        ctx.setServerLogin(new ServerLogin(Map.of("PGPASSFILE", passFile.toString()), dir.resolve("home").toString()));
        ctx.setServerPreferences(new ServerPreferences(dir.resolve("settings").resolve("server.properties")));
    }

    private ServerConnectDialog open(FxRobot robot) {
        ServerConnectDialog[] d = new ServerConnectDialog[1];
        robot.interact(() -> {
            d[0] = new ServerConnectDialog(stage, ctx);
            d[0].show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#server-host").tryQuery().isPresent());
        it = new ServerDialogRobot(robot);
        return d[0];
    }

    private void fill(FxRobot robot, String host, String port, String db, String user, String password) {
        robot.interact(() -> {
            it.text("#server-host").setText(host);
            it.text("#server-port").setText(port);
            it.text("#server-database").setText(db);
            it.text("#server-user").setText(user);
            robot.lookup("#server-password").queryAs(PasswordField.class).setText(password);
            robot.lookup("#server-tls").queryAs(ComboBox.class).getSelectionModel().select(ServerConnectForm.Tls.DISABLE);
        });
    }

    private String port() {
        return String.valueOf(TestServer.port());
    }

    @Test
    void aBadPortIsSaidOnThePortAndConnectStaysOff(FxRobot robot) {
        open(robot);
        fill(robot, "localhost", "70000", database, "office_ui", PASSWORD);
        Button connect = robot.lookup("#server-connect").queryButton();
        assertThat(connect.isDisabled()).isTrue();
        assertThat(it.label("#server-port-problem").getText()).isEqualTo("Port: '70000' is not a number from 1 to 65535");
        assertThat(it.label("#server-port-problem").isVisible()).isTrue();
        assertThat(it.label("#server-host-problem").isVisible()).as("the host is fine").isFalse();
        robot.interact(() -> it.text("#server-port").setText("54x"));
        assertThat(it.label("#server-port-problem").getText()).isEqualTo("Port: '54x' is not a number from 1 to 65535");
        robot.interact(() -> it.text("#server-port").setText(""));
        assertThat(it.label("#server-port-problem").getText()).isEqualTo("Port: '' is not a number from 1 to 65535");
        robot.interact(() -> it.text("#server-port").setText("0"));
        assertThat(connect.isDisabled()).isTrue();
        robot.interact(() -> it.text("#server-port").setText(port()));
        assertThat(it.label("#server-port-problem").isVisible()).isFalse();
        assertThat(connect.isDisabled()).isFalse();
        robot.interact(() -> it.text("#server-host").setText("db host"));
        assertThat(it.label("#server-host-problem").getText()).isEqualTo("Server: 'db host' is not a host name (no spaces or slashes)");
        assertThat(connect.isDisabled()).isTrue();
        robot.interact(() -> it.text("#server-host").setText("  "));
        assertThat(it.label("#server-host-problem").getText()).startsWith("Server: a host name is required");
        robot.interact(() -> {
            it.text("#server-host").setText("localhost");
            it.text("#server-user").setText("");
        });
        assertThat(it.label("#server-user-problem").getText()).startsWith("User name: the login name is required");
        assertThat(connect.isDisabled()).isTrue();
        robot.interact(() -> it.text("#server-user").setText("office@jane"));
        assertThat(it.label("#server-user-problem").getText()).isEqualTo("User name: one line without '@', '/', '?' or '#'");
        robot.interact(() -> it.text("#server-database").setText(""));
        assertThat(it.label("#server-database-problem").getText()).startsWith("Database: a database name is required");
        robot.interact(() -> assertThat(CutText.under(connect.getScene().getRoot())).isEmpty());
        robot.interact(() -> connect.getScene().getWindow().hide());
    }

    @Test
    void theDefaultPortIs5432AndTheTlsChoicesMapToSslModes(FxRobot robot) {
        open(robot);
        assertThat(it.text("#server-port").getText()).isEqualTo("5432");
        assertThat(ServerConnectForm.Tls.DISABLE.sslMode()).isEqualTo("disable");
        assertThat(ServerConnectForm.Tls.DISABLE).hasToString("Off (same computer)");
        assertThat(ServerConnectForm.Tls.REQUIRE.sslMode()).isEqualTo("require");
        assertThat(ServerConnectForm.Tls.REQUIRE).hasToString("Required");
        assertThat(ServerConnectForm.Tls.VERIFY_FULL.sslMode()).isEqualTo("verify-full");
        assertThat(ServerConnectForm.Tls.VERIFY_FULL).hasToString("Required and checked");
        robot.interact(() -> robot.lookup("#server-connect").queryButton().getScene().getWindow().hide());
    }

    @Test
    void aWrongPasswordIsTheStoresOneLineAndTheDialogKeepsWhatWasTyped(FxRobot robot) {
        ServerConnectDialog dialog = open(robot);
        fill(robot, "localhost", port(), database, "office_ui", "not-it");
        robot.interact(() -> robot.lookup("#server-connect").queryButton().fire());
        FxTestSupport.waitUntil(() -> !it.label("#server-error").getText().isEmpty());
        assertThat(it.label("#server-error").getText()).isEqualTo("Cannot connect to postgresql://office_ui@localhost:"
                + port() + "/" + database + ": wrong password for office_ui (from the password typed)");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(it.text("#server-host").getText()).isEqualTo("localhost");
        assertThat(it.text("#server-database").getText()).isEqualTo(database);
        assertThat(it.text("#server-user").getText()).isEqualTo("office_ui");
        assertThat(robot.lookup("#server-password").queryAs(PasswordField.class).getText()).isEqualTo("not-it");
        assertThat(robot.lookup("#server-connect").queryButton().isDisabled()).as("may try again").isFalse();
        assertThat(ctx.serverPreferences().last()).as("a failed server is not remembered").isEmpty();
        // typing again clears the message
        robot.interact(() -> robot.lookup("#server-password").queryAs(PasswordField.class).setText(PASSWORD));
        assertThat(it.label("#server-error").getText()).isEmpty();
        robot.interact(dialog::close);
    }

    @Test
    void nothingAnsweringIsSaidInOneLine(FxRobot robot) throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ServerConnectDialog dialog = open(robot);
        fill(robot, "localhost", String.valueOf(closed), database, "office_ui", PASSWORD);
        robot.interact(() -> robot.lookup("#server-connect").queryButton().fire());
        FxTestSupport.waitUntil(() -> !it.label("#server-error").getText().isEmpty());
        assertThat(it.label("#server-error").getText()).isEqualTo("Cannot connect to postgresql://office_ui@localhost:"
                + closed + "/" + database + ": nothing answers at localhost:" + closed + " (is the server running?)");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(ctx.connectionWatch().lostProperty().get()).as("not a lost connection of the open data").isNull();
        robot.interact(dialog::close);
    }

    @Test
    void connectingRemembersTheServerButNotThePasswordUnticked(FxRobot robot) throws Exception {
        ServerConnectDialog dialog = open(robot);
        fill(robot, "localhost", port(), database, "office_ui", PASSWORD);
        robot.interact(() -> robot.lookup("#server-connect").queryButton().fire());
        FxTestSupport.waitUntil(() -> !dialog.isShowing());
        TrackerServices services = dialog.getResult();
        assertThat(services).isNotNull();
        assertThat(services.isServer()).isTrue();
        assertThat(services.schoolName()).isNotBlank();
        assertThat(dialog.form().passwordProperty().get()).as("the typed password is not kept").isEmpty();
        assertThat(Files.exists(passFile)).as("unticked never writes the password file").isFalse();
        Path remembered = dir.resolve("settings").resolve("server.properties");
        String text = Files.readString(remembered);
        assertThat(text).contains("office_ui").contains(database).doesNotContain(PASSWORD);
        assertThat(Files.getPosixFilePermissions(remembered)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // next time the server is offered, and the password is empty
        open(robot);
        assertThat(it.text("#server-host").getText()).isEqualTo("localhost");
        assertThat(it.text("#server-port").getText()).isEqualTo(port());
        assertThat(it.text("#server-database").getText()).isEqualTo(database);
        assertThat(it.text("#server-user").getText()).isEqualTo("office_ui");
        assertThat(robot.lookup("#server-tls").queryAs(ComboBox.class).getValue()).isEqualTo(ServerConnectForm.Tls.DISABLE);
        assertThat(robot.lookup("#server-password").queryAs(PasswordField.class).getText()).isEmpty();
        robot.interact(() -> robot.lookup("#server-connect").queryButton().getScene().getWindow().hide());
        services.close();
    }

    @Test
    void rememberWritesOnlyThisServersLineOwnerOnly(FxRobot robot) throws Exception {
        String others = "# my servers\nother.host:5432:*:someone:secret\\:with colon\nlocalhost:" + port() + ":"
                + database + ":office_ui:old-password\n*:*:*:office_ui:wildcard\n";
        Files.writeString(passFile, others);
        Files.setPosixFilePermissions(passFile, PosixFilePermissions.fromString("rw-------"));
        ServerConnectDialog dialog = open(robot);
        fill(robot, "localhost", port(), database, "office_ui", PASSWORD);
        robot.interact(() -> robot.lookup("#server-remember").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#server-connect").queryButton().fire());
        FxTestSupport.waitUntil(() -> !dialog.isShowing());
        assertThat(dialog.getResult()).isNotNull();
        assertThat(Files.readAllLines(passFile)).containsExactly("# my servers", "other.host:5432:*:someone:secret\\:with colon",
                "localhost:" + port() + ":" + database + ":office_ui:" + PASSWORD, "*:*:*:office_ui:wildcard");
        assertThat(Files.getPosixFilePermissions(passFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        dialog.getResult().close();

        // and with the password remembered, the next connection needs none typed
        ServerConnectDialog again = open(robot);
        robot.interact(() -> robot.lookup("#server-connect").queryButton().fire());
        FxTestSupport.waitUntil(() -> !again.isShowing());
        assertThat(again.getResult()).isNotNull();
        again.getResult().close();
    }

    @Test
    void rememberCreatesTheFileOwnerOnlyWithOneLine(FxRobot robot) throws Exception {
        ServerConnectDialog dialog = open(robot);
        fill(robot, "localhost", port(), database, "office_ui", "pa:ss\\word");
        TestServer.withPasswordLogin("office_ui", "pa:ss\\word");
        try {
            robot.interact(() -> robot.lookup("#server-remember").queryAs(CheckBox.class).setSelected(true));
            robot.interact(() -> robot.lookup("#server-connect").queryButton().fire());
            FxTestSupport.waitUntil(() -> !dialog.isShowing());
            assertThat(dialog.getResult()).isNotNull();
            assertThat(Files.readAllLines(passFile)).isEqualTo(List.of("localhost:" + port() + ":" + database
                    + ":office_ui:pa\\:ss\\\\word"));
            assertThat(Files.getPosixFilePermissions(passFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            dialog.getResult().close();
        } finally {
            TestServer.withPasswordLogin("office_ui", PASSWORD);
        }
    }

    @Test
    void theFormAloneChecksAndBuildsTheAddress() {
        ServerConnectForm form = new ServerConnectForm(ctx);
        form.hostProperty().set(" dbhost ");
        form.databaseProperty().set("tracker");
        form.userProperty().set("office_jane");
        form.tlsProperty().set(ServerConnectForm.Tls.VERIFY_FULL);
        assertThat(form.valid().get()).isTrue();
        assertThat(form.details()).isEqualTo(new ServerDetails("dbhost", 5432, "tracker", "office_jane", "verify-full"));
        assertThat(form.details().target()).isEqualTo("postgresql://office_jane@dbhost:5432/tracker?sslmode=verify-full");
        assertThat(form.details().describe()).isEqualTo("tracker on dbhost as office_jane");
        form.portProperty().set("65536");
        assertThat(form.valid().get()).isFalse();
        assertThat(form.portProblem().get()).isEqualTo("Port: '65536' is not a number from 1 to 65535");
        form.portProperty().set("65535");
        assertThat(form.valid().get()).isTrue();
    }

    /** Lookups by id on the dialog. */
    private record ServerDialogRobot(FxRobot robot) {
        TextField text(String id) {
            return robot.lookup(id).queryAs(TextField.class);
        }

        Label label(String id) {
            return robot.lookup(id).queryAs(Label.class);
        }
    }
}
