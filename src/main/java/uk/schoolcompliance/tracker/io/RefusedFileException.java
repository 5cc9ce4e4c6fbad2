package uk.schoolcompliance.tracker.io;

import java.io.IOException;

/**
 * A file refused as a whole, before anything is stored: too large for a limit of {@link ReadLimits}, or built in a
 * way no school's file is (a DOCTYPE in a Word document). The message is one line that names the file (and the
 * line, where there is one): {@code "policy.docx: the file unpacks to more than 100 MB; ..."}.
 */
public class RefusedFileException extends IOException {

    private final long line;

    public RefusedFileException(String source, long line, String reason) {
        super(source + (line > 0 ? " line " + line : "") + ": " + reason);
        this.line = line;
    }

    /** The line at fault (0 for the whole file). */
    public long line() {
        return line;
    }

    /**
     * What went wrong, for the end of a one-line message: the first line of a library's message ("Unexpected end of
     * ZLIB input stream"), never a class name or a stack trace.
     */
    public static String describe(Throwable t) {
        String m = t.getMessage();
        if (m != null) {
            m = m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        }
        if (m == null || m.isEmpty()) {
            return "it is damaged, or not what its name says";
        }
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    /** The message without the file and line. */
    public String reason() {
        String m = getMessage();
        return m.substring(m.indexOf(": ") + 2);
    }
}
