package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of --db's server form, and where the password comes from (as libpq: PGPASSWORD, then ~/.pgpass). */
class ServerAddressTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDocumentedForm() {
        assertThat(ServerAddress.parse("postgresql://office@db.trust.example/tracker"))
                .isEqualTo(new ServerAddress("office", "db.trust.example", 5432, "tracker", "prefer"));
        assertThat(ServerAddress.parse("postgresql://office@10.0.0.5:6543/tracker?sslmode=verify-full"))
                .isEqualTo(new ServerAddress("office", "10.0.0.5", 6543, "tracker", "verify-full"));
        assertThat(ServerAddress.parse("postgres://a%40b@[::1]:5433/my%20db"))
                .isEqualTo(new ServerAddress("a@b", "::1", 5433, "my db", "prefer"));
        assertThat(ServerAddress.parse("postgresql://office@localhost/tracker").toString())
                .isEqualTo("postgresql://office@localhost:5432/tracker");
        assertThat(ServerAddress.parse("postgres://a@[::1]:5433/x").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/x");
    }

    @Test
    void tellsAFileFromAServer() {
        assertThat(ServerAddress.isServer("postgresql://a@h/d")).isTrue();
        assertThat(ServerAddress.isServer("POSTGRES://a@h/d")).isTrue();
        assertThat(ServerAddress.isServer("/home/office/tracker.db")).isFalse();
        assertThat(ServerAddress.isServer("postgresql.db")).isFalse();
        assertThat(ServerAddress.isServer("C:\\Users\\office\\tracker.db")).isFalse();
    }

    @Test
    void anythingElseIsOneLineSayingWhatIsWrong() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.trust.example/tracker"))
                .hasMessage("--db postgresql://db.trust.example/tracker: no user name (" + ServerAddress.FORM + ")");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://office@db.trust.example"))
                .hasMessage("--db postgresql://office@db.trust.example: no database name (" + ServerAddress.FORM + ")");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://office@host:99999/t"))
                .hasMessage("--db postgresql://office@host:99999/t: the port '99999' is not a number from 1 to 65535");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://office@host:x/t"))
                .hasMessage("--db postgresql://office@host:x/t: the port 'x' is not a number from 1 to 65535");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://office@:5432/t"))
                .hasMessage("--db postgresql://office@:5432/t: no host (" + ServerAddress.FORM + ")");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://office@h/t?sslmode=maybe"))
                .hasMessage("--db postgresql://office@h/t?sslmode=maybe: sslmode 'maybe' is not one of disable, allow, "
                        + "prefer, require, verify-ca, verify-full");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://office@h/t?connect_timeout=1"))
                .hasMessage("--db postgresql://office@h/t?connect_timeout=1: unknown setting 'connect_timeout' "
                        + "(only sslmode may follow '?')");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql:tracker"))
                .hasMessage("--db postgresql:tracker: expected " + ServerAddress.FORM);
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithoutRepeatingIt() {
        for (String uri : new String[] {"postgresql://office:s3cret@h/t", "postgresql://office@h/t?password=s3cret"}) {
            assertThatThrownBy(() -> ServerAddress.parse(uri)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("must not hold a password").hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void thePasswordComesFromPgpasswordThenTheFirstMatchingPgpassLine() throws Exception {
        ServerAddress a = ServerAddress.parse("postgresql://office@db.example:5432/tracker");
        Path pgpass = dir.resolve(".pgpass");
        Files.writeString(pgpass, "# comment\nother.example:*:*:*:wrong\n"
                + "db.example:5432:tracker:office:pa\\:ss\\\\word:x\n*:*:*:*:fallback\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPass.find(a, Map.of("PGPASSWORD", "from-env"), dir.toString()).password()).contains("from-env");
        assertThat(PgPass.find(a, Map.of(), dir.toString()).password()).contains("pa:ss\\word:x");
        assertThat(PgPass.find(ServerAddress.parse("postgresql://x@y/z"), Map.of(), dir.toString()).password())
                .contains("fallback");
        Path named = dir.resolve("elsewhere");
        Files.writeString(named, "*:*:*:office:named\n");
        Files.setPosixFilePermissions(named, PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPass.find(a, Map.of("PGPASSFILE", named.toString()), dir.toString()).password()).contains("named");
    }

    @Test
    void aPasswordFileOthersMayReadIsIgnoredAsLibpqDoes() throws Exception {
        ServerAddress a = ServerAddress.parse("postgresql://office@db.example/tracker");
        Path pgpass = dir.resolve(".pgpass");
        Files.writeString(pgpass, "*:*:*:*:secret\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        PgPass.Lookup found = PgPass.find(a, Map.of(), dir.toString());
        assertThat(found.password()).isEmpty();
        assertThat(found.source()).isEqualTo(pgpass + " is ignored because others may read it (chmod 600 " + pgpass + ")");
        assertThat(PgPass.find(a, Map.of(), dir.resolve("nobody").toString()).source())
                .isEqualTo("neither PGPASSWORD nor " + dir.resolve("nobody").resolve(".pgpass") + " gives one");
    }
}
