package uk.schoolcompliance.tracker.ui.server;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.app.ServerDetails;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * What "Connect to trust server" checks and does, without a screen: each field's problem said on that field (a bad
 * port says so on the port), connecting off the FX thread (with a way to stop waiting), a failure shown as the one
 * line the store gives while everything typed stays, and on success the server remembered (never the password) and
 * the password written to the password file only when "remember" is ticked.
 */
public final class ServerConnectForm {

    /** The TLS choices, each the {@code sslmode} it stands for. */
    public enum Tls {
        DISABLE("disable", "server.tls.disable"),
        REQUIRE("require", "server.tls.require"),
        VERIFY_FULL("verify-full", "server.tls.verifyFull");

        private final String sslMode;
        private final String key;

        Tls(String sslMode, String key) {
            this.sslMode = sslMode;
            this.key = key;
        }

        public String sslMode() {
            return sslMode;
        }

        /** The choice an {@code sslmode} was remembered as (a mode not offered here counts as "Required"). */
        public static Tls of(String sslMode) {
            for (Tls t : values()) {
                if (t.sslMode.equals(sslMode)) {
                    return t;
                }
            }
            return sslMode == null || sslMode.equals("prefer") || sslMode.equals("allow") ? DISABLE
                    : sslMode.equals("verify-ca") ? VERIFY_FULL : REQUIRE;
        }

        @Override
        public String toString() {
            return I18n.t(key);
        }
    }

    private final UiContext ctx;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerDetails.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Tls> tls = new SimpleObjectProperty<>(Tls.REQUIRE);
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(false);
    private final StringBinding hostProblem;
    private final StringBinding portProblem;
    private final StringBinding databaseProblem;
    private final StringBinding userProblem;
    private final BooleanBinding valid;
    /** Which attempt is awaited: a result of an attempt given up on is closed, never used. */
    private int attempt;

    public ServerConnectForm(UiContext ctx) {
        this.ctx = ctx;
        ctx.serverPreferences().last().ifPresent(last -> {
            host.set(last.host());
            port.set(String.valueOf(last.port()));
            database.set(last.database());
            user.set(last.user());
            tls.set(Tls.of(last.sslMode()));
        });
        hostProblem = Bindings.createStringBinding(() -> hostProblem(host.get()), host);
        portProblem = Bindings.createStringBinding(() -> portNumber(port.get()).isPresent() ? ""
                : I18n.t("server.error.port", port.get().strip()), port);
        databaseProblem = Bindings.createStringBinding(() -> textProblem(database.get(), "server.error.database",
                "server.database"), database);
        userProblem = Bindings.createStringBinding(() -> textProblem(user.get(), "server.error.user", "server.user"),
                user);
        valid = Bindings.createBooleanBinding(() -> hostProblem.get().isEmpty() && portProblem.get().isEmpty()
                && databaseProblem.get().isEmpty() && userProblem.get().isEmpty(), hostProblem, portProblem,
                databaseProblem, userProblem);
        // a failure is said until the form changes
        for (javafx.beans.Observable input : new javafx.beans.Observable[] {host, port, database, user, password, tls}) {
            input.addListener(o -> error.set(""));
        }
    }

    private static String hostProblem(String raw) {
        String h = raw == null ? "" : raw.strip();
        if (h.isEmpty()) {
            return I18n.t("server.error.host");
        }
        if (h.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '@' || c == '?' || c == '#')) {
            return I18n.t("server.error.hostSpaces", h);
        }
        return "";
    }

    private static String textProblem(String raw, String requiredKey, String labelKey) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return I18n.t(requiredKey);
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) || c == '@' || c == '/' || c == '?' || c == '#')) {
            return I18n.t("server.error.text", I18n.t(labelKey).replace("_", ""));
        }
        return "";
    }

    private static Optional<Integer> portNumber(String raw) {
        String p = raw == null ? "" : raw.strip();
        if (!p.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(p);
        return n >= 1 && n <= 65_535 ? Optional.of(n) : Optional.empty();
    }

    /** The server as typed; only when {@link #valid()}. */
    public ServerDetails details() {
        return new ServerDetails(host.get().strip(), portNumber(port.get()).orElseThrow(), database.get().strip(),
                user.get().strip(), tls.get().sslMode());
    }

    /**
     * Connects off the FX thread. On success the server is remembered on this computer (never the password), the
     * password is written to the password file when "remember" is ticked, the typed password is forgotten, and
     * {@code connected} gets the services; on failure {@link #errorProperty()} holds the store's one line and
     * everything typed stays.
     */
    public void connect(Consumer<TrackerServices> connected) {
        if (!valid.get() || connecting.get()) {
            return;
        }
        ServerDetails server = details();
        String typed = password.get();
        boolean rememberPassword = remember.get();
        int mine = ++attempt;
        error.set("");
        connecting.set(true);
        progress.set(I18n.t("server.connecting", server.describe()));
        var login = ctx.serverLogin();
        var preferences = ctx.serverPreferences();
        // not watched: a server that does not answer here is this attempt's failure, not the open one's lost connection
        ctx.unwatchedExecutor().run(() -> {
            TrackerServices services = TrackerServices.connect(login, server, typed, ctx::actor, ctx.clock());
            String notRemembered = null;
            try {
                if (rememberPassword && !typed.isEmpty()) {
                    login.rememberPassword(server, typed);
                }
                preferences.remember(server);
            } catch (RuntimeException e) {
                notRemembered = Dialogs.describe(e); // connected all the same: said, not fatal
            }
            return new Connected(services, notRemembered);
        }, done -> {
            if (mine != attempt) {
                done.services().close(); // given up on: never used
                return;
            }
            connecting.set(false);
            progress.set("");
            password.set(""); // kept no longer than the connection needs it (the data source holds its own copy)
            notRemembered = done.notRemembered();
            connected.accept(done.services());
        }, e -> {
            if (mine != attempt) {
                return;
            }
            connecting.set(false);
            progress.set("");
            error.set(Dialogs.describe(e));
        });
    }

    private record Connected(TrackerServices services, String notRemembered) {
    }

    private String notRemembered;

    /** Why the server or password could not be remembered after connecting, or null. */
    public String notRemembered() {
        return notRemembered;
    }

    /** Stops waiting for the attempt under way (its connection, if it comes, is closed); what was typed stays. */
    public void stopWaiting() {
        if (!connecting.get()) {
            return;
        }
        attempt++;
        connecting.set(false);
        progress.set(I18n.t("server.connecting.cancelled", details().describe()));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Tls> tlsProperty() {
        return tls;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public StringBinding hostProblem() {
        return hostProblem;
    }

    public StringBinding portProblem() {
        return portProblem;
    }

    public StringBinding databaseProblem() {
        return databaseProblem;
    }

    public StringBinding userProblem() {
        return userProblem;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** The one line saying why the last attempt failed, or "". */
    public StringProperty errorProperty() {
        return error;
    }

    /** "Connecting to tracker on dbhost as office_jane…" while waiting, or "". */
    public StringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }
}
