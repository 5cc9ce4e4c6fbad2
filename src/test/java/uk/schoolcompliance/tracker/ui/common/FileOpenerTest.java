package uk.schoolcompliance.tracker.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** Issue #15: a file or mail link that does not open says why in words, with where the file is. */
class FileOpenerTest {

    @TempDir
    Path dir;

    private final List<String> shown = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    private FileOpener opener(FileOpener.Host host) {
        return new FileOpener(host, TaskExecutor.sameThread());
    }

    private Path saved(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "%PDF-1.4");
    }

    @Test
    void aSavedFileIsHandedToTheComputerByItsAddress() throws IOException {
        Path pack = saved("Governors pack.pdf");
        opener(shown::add).open(pack, () -> opened.add("ok"), failed::add);
        assertThat(shown).containsExactly(pack.toAbsolutePath().toUri().toString());
        assertThat(shown.get(0)).startsWith("file:").contains("Governors%20pack.pdf");
        assertThat(opened).containsExactly("ok");
        assertThat(failed).isEmpty();
    }

    @Test
    void noProgramSaysSoAndWhereTheFileIs() throws IOException {
        Path pack = saved("Governors pack.pdf");
        opener(uri -> {
            throw new FileOpener.NoProgramException("none");
        }).open(pack, () -> opened.add("ok"), failed::add);
        assertThat(opened).isEmpty();
        assertThat(failed).containsExactly("Could not open Governors pack.pdf: no program on this computer opens PDF "
                + "files. The file is saved at " + pack.toAbsolutePath() + ".");
    }

    @Test
    void aSpreadsheetAndAFileWithoutExtensionAreNamedByKind() throws IOException {
        FileOpener none = opener(FileOpener.NO_PROGRAM);
        Path xlsx = saved("Acknowledgements.xlsx");
        Path bare = saved("README");
        none.open(xlsx, () -> { }, failed::add);
        none.open(bare, () -> { }, failed::add);
        assertThat(failed).containsExactly(
                "Could not open Acknowledgements.xlsx: no program on this computer opens XLSX files. The file is saved at "
                        + xlsx.toAbsolutePath() + ".",
                "Could not open README: no program on this computer opens files of this kind. The file is saved at "
                        + bare.toAbsolutePath() + ".");
    }

    @Test
    void aMissingFileIsNeverHandedOnAndSaysItIsGone() {
        Path gone = dir.resolve("Induction checklist - Ann Smith.pdf");
        opener(shown::add).open(gone, () -> opened.add("ok"), failed::add);
        assertThat(shown).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(failed).containsExactly("Could not open Induction checklist - Ann Smith.pdf: the file is no longer at "
                + gone.toAbsolutePath() + ".");
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        opener(shown::add).open(folder, () -> { }, failed::add);
        assertThat(shown).isEmpty();
        assertThat(failed).singleElement().asString().startsWith("Could not open reports: the file is no longer at");
    }

    @Test
    void anyOtherFailureIsOneLineWithTheReasonAndThePlace() throws IOException {
        Path pack = saved("Governors pack.pdf");
        opener(uri -> {
            throw new IOException("Access is denied.");
        }).open(pack, () -> { }, failed::add);
        assertThat(failed).containsExactly("Could not open Governors pack.pdf: Access is denied. The file is saved at "
                + pack.toAbsolutePath() + ".");
        assertThat(failed.get(0)).doesNotContain("\n").doesNotContain("URI").doesNotContain("Exception");
    }

    @Test
    void aMailLinkOpensOrSaysNoProgramSendsEmail() {
        String link = "mailto:?bcc=a@school.uk&subject=Policies";
        opener(shown::add).mail(link, () -> opened.add("ok"), failed::add);
        assertThat(shown).containsExactly(link);
        assertThat(opened).containsExactly("ok");

        opener(FileOpener.NO_PROGRAM).mail(link, () -> opened.add("again"), failed::add);
        assertThat(opened).containsExactly("ok");
        assertThat(failed).containsExactly("Could not open an email: no program on this computer sends email.");
    }

    @Test
    void theWorkRunsThroughThePagesExecutorNotOnTheCallersThread() throws IOException {
        Path pack = saved("Governors pack.pdf");
        List<Runnable> queued = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                queued.add(() -> TaskExecutor.sameThread().run(work, onSuccess, onFailure));
            }
        };
        new FileOpener(shown::add, later).open(pack, () -> opened.add("ok"), failed::add);
        assertThat(shown).as("nothing is opened on the calling (FX) thread").isEmpty();
        queued.forEach(Runnable::run);
        assertThat(shown).hasSize(1);
        assertThat(opened).containsExactly("ok");
    }

    @Test
    void theContextGivesTheHostTheAppSetAndOpensNothingBeforeThat() throws IOException {
        Path pack = saved("Governors pack.pdf");
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.fileOpener().open(pack, () -> opened.add("ok"), failed::add);
        assertThat(failed).singleElement().asString().contains("no program on this computer opens PDF files");
        ctx.setOpenerHost(shown::add);
        ctx.fileOpener().open(pack, () -> opened.add("ok"), failed::add);
        assertThat(shown).hasSize(1);
        assertThat(opened).containsExactly("ok");
    }
}
