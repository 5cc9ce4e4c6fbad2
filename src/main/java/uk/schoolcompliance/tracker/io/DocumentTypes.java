package uk.schoolcompliance.tracker.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Media types of the policy documents the app stores. */
public final class DocumentTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";

    private DocumentTypes() {
    }

    /**
     * The media type of a document by its content, not its name: a PDF ({@code %PDF-}), a Word document (a zip
     * holding {@code word/document.xml}) or UTF-8 text with no control characters; {@code declared} (the stored
     * media type) only tells Markdown from plain text. Null when it is none of these (a program, say).
     */
    public static String detect(byte[] bytes, String declared) {
        if (bytes == null) {
            return null;
        }
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return isWordDocument(bytes) ? DOCX : null;
        }
        if (isText(bytes)) {
            return MARKDOWN.equals(declared) ? MARKDOWN : TEXT;
        }
        return null;
    }

    /** The file extension (with its dot) for a supported media type. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case PDF -> ".pdf";
            case DOCX -> ".docx";
            case MARKDOWN -> ".md";
            case TEXT -> ".txt";
            default -> throw new IllegalArgumentException("not a supported document type: " + mediaType);
        };
    }

    /**
     * A safe file name to open a stored document under: the stored name's letters, digits, spaces and a few marks,
     * its last extension replaced by the one of the checked content ("Safeguarding policy.pdf.bat" holding a PDF
     * becomes "Safeguarding policy.pdf").
     */
    public static String safeFileName(String storedName, String mediaType) {
        String ext = extension(mediaType);
        String name = storedName == null ? "" : storedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()'&,-]", "_").strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(ext)) {
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                name = name.substring(0, dot);
            }
        }
        name = name.replaceAll("^[ .]+|[ .]+$", "");
        if (name.isEmpty() || name.equalsIgnoreCase(ext)) {
            name = "document";
        }
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? name : name + ext;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            for (int i = 0; i < 1_000 && (e = zip.getNextEntry()) != null; i++) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean isText(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
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
