package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.store.FilePermissions;

/** The name remembered per computer: in a temp folder here, never the real home folder. */
class OperatorNameTest {

    @TempDir
    Path dir;

    private OperatorName names() {
        return new OperatorName(dir.resolve("config").resolve("user.properties"), "jbloggs");
    }

    @Test
    void nothingRememberedMeansTheLoginStandsInAndNothingIsWritten() {
        OperatorName names = names();
        assertThat(names.remembered()).isEmpty();
        assertThat(names.recent()).isEmpty();
        assertThat(names.actor()).isEqualTo(new Actor("jbloggs", "jbloggs"));
        assertThat(names.actor().displayName()).isEqualTo("jbloggs");
        assertThat(dir.resolve("config")).doesNotExist(); // reading creates nothing
    }

    @Test
    void aNameIsTrimmedRememberedAcrossRunsAndRecordedBesideTheLogin() {
        assertThat(names().remember("  Jo   Bloggs \t")).isEqualTo("Jo Bloggs");
        OperatorName nextRun = names();
        assertThat(nextRun.remembered()).contains("Jo Bloggs");
        assertThat(nextRun.actor()).isEqualTo(new Actor("jbloggs", "Jo Bloggs"));
        assertThat(nextRun.actor().displayName()).isEqualTo("Jo Bloggs");
    }

    @Test
    void theFileAndItsFolderAreTheOwnersOnly() throws Exception {
        Path file = names().file();
        assumeTrue(FilePermissions.posix(dir));
        names().remember("Jo Bloggs");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        names().remember("Sam Patel"); // replaced, still the owner's only
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("user.properties");
        }
    }

    @Test
    void theNameCanBeChangedAndEarlierNamesAreSuggested() {
        OperatorName names = names();
        names.remember("Jo Bloggs");
        names.remember("Sam Patel");
        assertThat(names().remembered()).contains("Sam Patel");
        assertThat(names().recent()).containsExactly("Sam Patel", "Jo Bloggs");
        names.remember("jo bloggs"); // the same person, newly spelt: no duplicate suggestion
        assertThat(names().recent()).containsExactly("jo bloggs", "Sam Patel");
        for (int i = 1; i <= 8; i++) {
            names.remember("Person " + (char) ('A' + i));
        }
        assertThat(names().recent()).hasSize(OperatorName.RECENT).first().isEqualTo("Person I");
    }

    @Test
    void namesOutsideLatin1SurviveTheFile() {
        names().remember("Siân Ó Briain-Łukasz");
        assertThat(names().remembered()).contains("Siân Ó Briain-Łukasz");
    }

    @Test
    void unacceptableNamesAreRefusedWithOneLineAndNothingChanges() {
        OperatorName names = names();
        names.remember("Jo Bloggs");
        assertThatThrownBy(() -> names.remember("   ")).isInstanceOf(UserException.class)
                .hasMessage("Your name: a name is required (the full name of the person doing this)");
        assertThatThrownBy(() -> names.remember(null)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> names.remember("Jo\nBloggs")).isInstanceOf(UserException.class)
                .hasMessage("Your name: a name is one line of text (no line breaks or tabs)");
        assertThatThrownBy(() -> names.remember("x".repeat(OperatorName.MAX_LENGTH + 1))).isInstanceOf(UserException.class)
                .hasMessage("Your name: a name is at most 80 characters");
        assertThatThrownBy(() -> names.remember("1234")).isInstanceOf(UserException.class)
                .hasMessage("Your name: '1234' is not a name (no letters)");
        assertThat(names().remembered()).contains("Jo Bloggs");
        assertThat(names.remember("y".repeat(OperatorName.MAX_LENGTH))).hasSize(OperatorName.MAX_LENGTH); // the limit itself is fine
    }

    @Test
    void aGivenNameIsCheckedAndNamesTheField() {
        assertThat(names().actor("  Jo Bloggs ", "--by")).isEqualTo(new Actor("jbloggs", "Jo Bloggs"));
        assertThatThrownBy(() -> names().actor("", "--by")).isInstanceOf(UserException.class)
                .hasMessageStartingWith("--by: a name is required");
    }

    @Test
    void aDamagedOrUnreadableFileRemembersNothingAndNeverFails() throws Exception {
        Path file = names().file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "operator.name=\\uZZZZ broken escape\n");
        assertThat(names().remembered()).isEmpty();
        Files.writeString(file, "operator.name=" + "z".repeat(500) + "\n"); // edited by hand past the limit
        assertThat(names().remembered()).isEmpty();
        assertThat(names().actor().displayName()).isEqualTo("jbloggs");
        Files.delete(file);
        Files.createDirectory(file); // a folder where the file should be
        assertThat(names().remembered()).isEmpty();
        assertThatThrownBy(() -> names().remember("Jo Bloggs")).isInstanceOf(UserException.class)
                .hasMessageContaining("cannot remember your name");
    }

    @Test
    void aSymbolicLinkInPlaceOfTheFileIsReplacedNotFollowed() throws Exception {
        Path file = names().file();
        Files.createDirectories(file.getParent());
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not ours");
        try {
            Files.createSymbolicLink(file, elsewhere);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        names().remember("Jo Bloggs");
        assertThat(Files.readString(elsewhere)).isEqualTo("not ours");
        assertThat(Files.isSymbolicLink(file)).isFalse();
        assertThat(names().remembered()).contains("Jo Bloggs");
    }

    @Test
    void aSessionOnlyStoreWritesNoFile() {
        OperatorName names = OperatorName.sessionOnly("jbloggs");
        assertThat(names.file()).isNull();
        assertThat(names.remembered()).isEmpty();
        names.remember("Jo Bloggs");
        assertThat(names.remembered()).contains("Jo Bloggs");
        assertThat(OperatorName.sessionOnly("jbloggs").remembered()).isEmpty();
    }

    @Test
    void theSettingsFolderCanBePointedElsewhere() {
        String before = System.getProperty("tracker.config.dir");
        try {
            System.setProperty("tracker.config.dir", dir.toString());
            assertThat(AppPaths.userSettings()).isEqualTo(dir.resolve("user.properties"));
            assertThat(OperatorName.forThisComputer().file()).isEqualTo(dir.resolve("user.properties"));
            assertThat(OperatorName.forThisComputer().login()).isEqualTo(Actor.systemLogin());
        } finally {
            if (before == null) {
                System.clearProperty("tracker.config.dir");
            } else {
                System.setProperty("tracker.config.dir", before);
            }
        }
    }
}
