package uk.schoolcompliance.tracker.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.TaskExecutor;

/**
 * The one way the window opens a file (the saved governors' pack, a policy document, a printed checklist) or a mail
 * link with the computer's own program. The work runs off the FX thread through the page's executor; a failure comes
 * back as one line in words ("Could not open Governors pack.pdf: no program on this computer opens PDF files. The
 * file is saved at /path."), never a system message. The program is reached through a {@link Host}: the app's
 * JavaFX {@code HostServices} ({@link #hostServices}), a fake in tests.
 */
public final class FileOpener {

    /** Hands a document's address to the computer. */
    @FunctionalInterface
    public interface Host {
        /**
         * Opens {@code uri} (a {@code file:} or {@code mailto:} address) with the program the computer uses for it.
         *
         * @throws NoProgramException when nothing on this computer opens it
         */
        void show(String uri) throws Exception;
    }

    /** Nothing on this computer opens that kind of document. */
    public static final class NoProgramException extends Exception {
        public NoProgramException(String detail) {
            super(detail);
        }
    }

    /** A host for screens shown outside the app (tests, previews): nothing is ever opened. */
    public static final Host NO_PROGRAM = uri -> {
        throw new NoProgramException("no program is available outside the app");
    };

    /** Launchers JavaFX's HostServices uses on Linux and other Unixes; without one of them it opens nothing. */
    private static final String[] UNIX_LAUNCHERS = {"xdg-open", "google-chrome", "firefox", "opera", "konqueror", "mozilla"};

    private final Host host;
    private final TaskExecutor executor;

    public FileOpener(Host host, TaskExecutor executor) {
        this.host = host;
        this.executor = executor;
    }

    /**
     * A host over the application's {@code HostServices}. {@code HostServices} itself reports nothing when no program
     * can be started, so where it needs a launcher on the PATH (Linux) and none is there, this says so first.
     */
    public static Host hostServices(javafx.application.HostServices services) {
        return uri -> {
            if (!hasLauncher()) {
                throw new NoProgramException("no launcher on the PATH");
            }
            services.showDocument(uri);
        };
    }

    private static boolean hasLauncher() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String launcher : UNIX_LAUNCHERS) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, launcher))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Opens {@code file} off the FX thread; then {@code onOpened} or {@code onFailed} (the one line to show) runs on
     * the FX thread.
     */
    public void open(Path file, Runnable onOpened, Consumer<String> onFailed) {
        executor.run(() -> {
            openNow(file);
            return file;
        }, f -> onOpened.run(), e -> onFailed.accept(problem(file, e)));
    }

    /** Opens a {@code mailto:} link in the mail program, off the FX thread, as {@link #open}. */
    public void mail(String mailtoLink, Runnable onOpened, Consumer<String> onFailed) {
        executor.run(() -> {
            host.show(mailtoLink);
            return mailtoLink;
        }, l -> onOpened.run(), e -> onFailed.accept(mailProblem(e)));
    }

    private void openNow(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new MissingFile();
        }
        host.show(file.toAbsolutePath().toUri().toString());
    }

    /** The one line saying why {@code file} did not open. */
    static String problem(Path file, Throwable e) {
        Path where = file.toAbsolutePath();
        String name = file.getFileName() == null ? where.toString() : file.getFileName().toString();
        if (e instanceof MissingFile) {
            return I18n.t("open.error.missing", name, where);
        }
        if (e instanceof NoProgramException) {
            return I18n.t("open.error.noProgram", name, kind(name), where);
        }
        return I18n.t("open.error.other", name, reason(e), where);
    }

    static String mailProblem(Throwable e) {
        if (e instanceof NoProgramException) {
            return I18n.t("open.error.noMailProgram");
        }
        return I18n.t("open.error.mailOther", reason(e));
    }

    /** "PDF files", "XLSX files"; "files of this kind" without an extension. */
    static String kind(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return I18n.t("open.kind.unknown");
        }
        return I18n.t("open.kind", name.substring(dot + 1).toUpperCase(Locale.ROOT));
    }

    private static String reason(Throwable e) {
        String d = Dialogs.describe(e);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }

    private static final class MissingFile extends Exception {
        MissingFile() {
            super("missing");
        }
    }
}
