package uk.schoolcompliance.tracker.io.policy;

import uk.schoolcompliance.tracker.io.ReadLimits;
import uk.schoolcompliance.tracker.io.RefusedFileException;

/**
 * How deeply the objects of a PDF nest, measured on its bytes before PDFBox parses them: arrays ({@code [ ]}) and
 * dictionaries ({@code << >>}) inside one another, outside strings, comments and stream data. PDFBox gives up at 500
 * levels, and where it gives up while repairing a damaged file (a trailer nested 100,000 deep) it carries on as if
 * the nesting were not there; a file nested past {@link ReadLimits#MAX_NESTING} is refused here instead. Objects
 * packed in compressed object streams are not visible here; PDFBox parses those when they are used, and a failure
 * there is caught as it happens.
 */
final class PdfNesting {

    private PdfNesting() {
    }

    /** Refuses {@code pdf} when its objects nest deeper than {@link ReadLimits#MAX_NESTING}. */
    static void check(String fileName, byte[] pdf) throws RefusedFileException {
        int depth = 0;
        int i = 0;
        int n = pdf.length;
        while (i < n) {
            byte b = pdf[i];
            switch (b) {
                case '%' -> i = endOfLine(pdf, i);
                case '(' -> i = endOfString(pdf, i);
                case '<' -> {
                    if (i + 1 < n && pdf[i + 1] == '<') {
                        depth++;
                        i += 2;
                    } else {
                        i = indexOf(pdf, (byte) '>', i + 1) + 1; // a hex string
                    }
                }
                case '>' -> {
                    if (i + 1 < n && pdf[i + 1] == '>') {
                        depth = Math.max(0, depth - 1);
                        i += 2;
                    } else {
                        i++;
                    }
                }
                case '[' -> {
                    depth++;
                    i++;
                }
                case ']' -> {
                    depth = Math.max(0, depth - 1);
                    i++;
                }
                case 's' -> i = isStreamKeyword(pdf, i) ? endOfStream(pdf, i) : i + 1;
                default -> i++;
            }
            if (depth > ReadLimits.MAX_NESTING) {
                throw new RefusedFileException(fileName, 0, "the PDF is nested more than "
                        + ReadLimits.count(ReadLimits.MAX_NESTING) + " levels deep; no school's document is, so this "
                        + "looks like a damaged or malicious file");
            }
        }
    }

    private static int endOfLine(byte[] pdf, int i) {
        while (i < pdf.length && pdf[i] != '\n' && pdf[i] != '\r') {
            i++;
        }
        return i;
    }

    /** After a literal string: balanced parentheses, backslash escapes. */
    private static int endOfString(byte[] pdf, int i) {
        int open = 0;
        while (i < pdf.length) {
            byte b = pdf[i++];
            if (b == '\\') {
                i++;
            } else if (b == '(') {
                open++;
            } else if (b == ')' && --open == 0) {
                return i;
            }
        }
        return i;
    }

    /** "stream" as a keyword: after a delimiter or white space, followed by an end of line. */
    private static boolean isStreamKeyword(byte[] pdf, int i) {
        if (i + 6 >= pdf.length || !matches(pdf, i, "stream")) {
            return false;
        }
        byte before = i == 0 ? (byte) ' ' : pdf[i - 1];
        boolean delimited = before == '>' || before == ' ' || before == '\n' || before == '\r' || before == '\t';
        byte after = pdf[i + 6];
        return delimited && (after == '\n' || after == '\r');
    }

    /** After the stream's data: the next "endstream". */
    private static int endOfStream(byte[] pdf, int i) {
        for (int j = i + 6; j + 9 <= pdf.length; j++) {
            if (pdf[j] == 'e' && matches(pdf, j, "endstream")) {
                return j + 9;
            }
        }
        return pdf.length;
    }

    private static int indexOf(byte[] pdf, byte b, int from) {
        for (int j = from; j < pdf.length; j++) {
            if (pdf[j] == b) {
                return j;
            }
        }
        return pdf.length - 1;
    }

    private static boolean matches(byte[] pdf, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (at + k >= pdf.length || pdf[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
