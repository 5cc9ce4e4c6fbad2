package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import uk.schoolcompliance.tracker.store.FilePermissions;

/**
 * Where an internal error (a bug, not a mistake of the user's) leaves its details: a report with the stack trace in
 * the {@code logs} folder of the user's data folder ({@link AppPaths#dataFolder()}), or, when that cannot be
 * written, in the system's temporary folder. The report is readable by its owner only (an error's message may name
 * a member of staff). The user sees one line that says where it is.
 */
public final class InternalErrorLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private InternalErrorLog() {
    }

    /** The folder reports are written to first. */
    public static Path folder() {
        return AppPaths.dataFolder().resolve("logs");
    }

    /**
     * Writes a report of {@code error}, which happened doing {@code what} (a command's name), and returns its path.
     *
     * @throws IOException when neither the data folder's logs nor the temporary folder can be written
     */
    public static Path write(Throwable error, String what, Clock clock) throws IOException {
        String report = report(error, what, clock);
        String prefix = "internal-error-" + LocalDateTime.now(clock).format(STAMP) + "-";
        List<Path> folders = new ArrayList<>();
        folders.add(folder());
        folders.add(Path.of(System.getProperty("java.io.tmpdir")));
        IOException failure = null;
        for (Path folder : folders) {
            try {
                if (!Files.isDirectory(folder)) {
                    FilePermissions.createOwnerOnlyFolder(folder);
                }
                Path file = Files.createTempFile(folder, prefix, ".log");
                FilePermissions.restrict(file);
                Files.writeString(file, report, StandardCharsets.UTF_8);
                return file;
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    /** A one-line description of an internal error for the person who met it: the kind of error and where. */
    public static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder(error.getClass().getSimpleName());
        for (StackTraceElement e : error.getStackTrace()) {
            if (e.getClassName().startsWith("uk.schoolcompliance.")) {
                sb.append(" in ").append(e.getFileName() == null ? e.getClassName() : e.getFileName())
                        .append(e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "");
                break;
            }
        }
        return sb.toString();
    }

    private static String report(Throwable error, String what, Clock clock) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.println("Compliance Tracker " + AppInfo.version() + ": internal error");
        pw.println("when:    " + LocalDateTime.now(clock));
        pw.println("doing:   " + what);
        pw.println("java:    " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.version"));
        pw.println();
        error.printStackTrace(pw);
        pw.flush();
        return sw.toString();
    }
}
