package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Remember the password": the password file gets this server's line (added, or put in place of its old one),
 * owner-only, every other line as it was; what is written is read back by the same lookup psql uses.
 */
class PasswordFileTest {

    @TempDir
    Path home;

    private final ServerAddress a = ServerAddress.parse("postgresql://office_jane@dbhost:5433/tracker");

    @Test
    void aNewFileIsOwnerOnlyAndTheLookupFindsThePassword() throws Exception {
        Path written = PasswordFile.remember(a, "s3cret:with\\odd", Map.of(), home.toString());
        assertThat(written).isEqualTo(home.resolve(".pgpass"));
        assertThat(Files.readString(written)).isEqualTo("dbhost:5433:tracker:office_jane:s3cret\\:with\\\\odd\n");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPass.find(a, Map.of(), home.toString()).password()).contains("s3cret:with\\odd");
    }

    @Test
    void pgpassfileIsWhereItGoesAndOtherLinesStay() throws Exception {
        Path named = home.resolve("elsewhere").resolve("pass.conf");
        Files.createDirectories(named.getParent());
        Files.writeString(named, "# kept\n*:*:*:office_jane:wildcard\ndbhost:5433:tracker:office_jane:old\n"
                + "dbhost:5433:tracker:office_jane:second-old\ndbhost:5432:tracker:office_jane:other-port\n");
        Files.setPosixFilePermissions(named, PosixFilePermissions.fromString("rw-r--r--"));
        PasswordFile.remember(a, "new", Map.of("PGPASSFILE", named.toString()), home.toString());
        assertThat(Files.readAllLines(named)).containsExactly("# kept", "*:*:*:office_jane:wildcard",
                "dbhost:5433:tracker:office_jane:new", "dbhost:5432:tracker:office_jane:other-port");
        assertThat(Files.getPosixFilePermissions(named)).as("made owner-only").isEqualTo(
                PosixFilePermissions.fromString("rw-------"));
        assertThat(home.resolve(".pgpass")).doesNotExist();
    }

    @Test
    void aLinkInItsPlaceIsReplacedNeverFollowed() throws Exception {
        Path target = home.resolve("someone-elses.txt");
        Files.writeString(target, "not a password file\n");
        Files.createSymbolicLink(home.resolve(".pgpass"), target);
        PasswordFile.remember(a, "pw", Map.of(), home.toString());
        assertThat(Files.readString(target)).isEqualTo("not a password file\n");
        assertThat(Files.isSymbolicLink(home.resolve(".pgpass"))).isFalse();
        assertThat(Files.readString(home.resolve(".pgpass"))).isEqualTo("dbhost:5433:tracker:office_jane:pw\n");
    }

    @Test
    void noPasswordOrNoHomeIsRefused() {
        assertThatThrownBy(() -> PasswordFile.remember(a, "", Map.of(), home.toString()))
                .isInstanceOf(StoreException.class).hasMessage("Cannot remember the password: none was typed");
        assertThatThrownBy(() -> PasswordFile.remember(a, "pw", Map.of(), null))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot remember the password: there is no home folder to keep ~/.pgpass in");
        assertThat(home.resolve(".pgpass")).doesNotExist();
    }
}
