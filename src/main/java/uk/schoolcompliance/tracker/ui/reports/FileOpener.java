package uk.schoolcompliance.tracker.ui.reports;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens a saved file with the program the computer uses for it (PDF reader, spreadsheet). */
final class FileOpener {

    private FileOpener() {
    }

    static void open(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString();
        ProcessBuilder pb = os.contains("win") ? new ProcessBuilder("cmd", "/c", "start", "", path)
                : os.contains("mac") ? new ProcessBuilder("open", path) : new ProcessBuilder("xdg-open", path);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
