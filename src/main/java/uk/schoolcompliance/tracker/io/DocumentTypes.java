package uk.schoolcompliance.tracker.io;

import java.util.Locale;

/** Media types of the policy documents the app stores. */
public final class DocumentTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";

    private DocumentTypes() {
    }

    /** The media type for a file name, or null when it is not a supported document. */
    public static String mediaType(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            return DOCX;
        }
        if (n.endsWith(".pdf")) {
            return PDF;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (n.endsWith(".txt")) {
            return TEXT;
        }
        return null;
    }
}
