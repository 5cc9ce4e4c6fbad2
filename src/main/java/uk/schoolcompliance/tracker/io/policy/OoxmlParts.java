package uk.schoolcompliance.tracker.io.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;

import uk.schoolcompliance.tracker.io.ReadBudget;
import uk.schoolcompliance.tracker.io.ReadLimits;
import uk.schoolcompliance.tracker.io.RefusedFileException;

/**
 * Opening a DOCX or XLSX (a zip of XML parts) within {@link ReadLimits}: the zip is unpacked once, counting, before
 * POI sees it ({@link #checkZip}); the parts are then read as streams of XML ({@link Xml}) that refuse a DOCTYPE
 * and nesting past {@link ReadLimits#MAX_NESTING}, and check the time as they go. Nothing here builds a whole part
 * in memory, so the work is bounded by what is read, not by what the file holds.
 */
final class OoxmlParts {

    private OoxmlParts() {
    }

    /**
     * Unpacks every part of the zip without keeping it, refusing more than {@link ReadLimits#MAX_ZIP_ENTRIES}
     * parts, more than {@link ReadLimits#MAX_UNPACKED_BYTES} in all, or a part that unpacks to more than
     * {@link ReadLimits#MAX_INFLATE_RATIO} times its packed size (a "zip bomb").
     *
     * @throws RefusedFileException over a limit
     * @throws IOException when the zip is damaged (the message is the reason, without the file name)
     */
    static void checkZip(String source, byte[] bytes, ReadBudget budget) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        // commons-compress reads the zip the way POI itself does, so the parts counted are the parts POI would load
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > ReadLimits.MAX_ZIP_ENTRIES) {
                    throw new RefusedFileException(source, 0, "the file holds more than "
                            + ReadLimits.count(ReadLimits.MAX_ZIP_ENTRIES) + " parts; a document or workbook holds a "
                            + "few dozen, so this looks like a damaged or malicious file");
                }
                long unpacked = 0;
                int n;
                while ((n = zip.read(buf, 0, buf.length)) > 0) {
                    unpacked += n;
                    total += n;
                    if (total > ReadLimits.MAX_UNPACKED_BYTES) {
                        throw new RefusedFileException(source, 0, "the file unpacks to more than "
                                + ReadLimits.megabytes(ReadLimits.MAX_UNPACKED_BYTES) + "; a school's document or "
                                + "workbook unpacks to far less, so this looks like a damaged or malicious file");
                    }
                    if (unpacked > ReadLimits.INFLATE_RATIO_GRACE_BYTES
                            && unpacked > zip.getCompressedCount() * ReadLimits.MAX_INFLATE_RATIO) {
                        throw new RefusedFileException(source, 0, "its part " + e.getName() + " unpacks to more than "
                                + ReadLimits.MAX_INFLATE_RATIO + " times its packed size, which only a damaged or "
                                + "malicious file (a \"zip bomb\") does");
                    }
                    budget.checkTime();
                }
            }
        }
        if (entries == 0) {
            throw new IOException("the zip holds no parts");
        }
    }

    /** {@link #checkZip} then POI's package of the parts (which POI reads into memory: at most the checked size). */
    static OPCPackage open(String source, byte[] bytes, ReadBudget budget) throws IOException {
        checkZip(source, bytes, budget);
        try {
            return OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The package's main part (the Word document, the workbook), found through the package relationships. */
    static PackagePart mainPart(OPCPackage pkg) throws IOException {
        for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
            if (rels.size() > 0) {
                PackageRelationship rel = rels.getRelationship(0);
                PackagePart part = pkg.getPart(rel);
                if (part != null) {
                    return part;
                }
            }
        }
        throw new IOException("the package has no main document");
    }

    /** The part a relationship of {@code type} from {@code from} points at, or null when there is none. */
    static PackagePart related(PackagePart from, String type) throws IOException {
        try {
            PackageRelationshipCollection rels = from.getRelationshipsByType(type);
            return rels.size() == 0 ? null : from.getRelatedPart(rels.getRelationship(0));
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A part's XML as a stream, guarded. */
    static Xml xml(String source, PackagePart part, ReadBudget budget) throws IOException {
        return new Xml(source, part.getPartName().getName().replaceFirst("^/", ""), part.getInputStream(), budget);
    }

    /**
     * A part's XML read as a stream of events ({@link XMLStreamReader}, with POI's safe settings: no DTDs, no
     * external entities). It refuses a DOCTYPE outright (Word and Excel never write one; in a file it is there to
     * expand entities or reach other files), nesting deeper than {@link ReadLimits#MAX_NESTING}, and checks the
     * time every few thousand events.
     */
    static final class Xml implements AutoCloseable {
        private final String source;
        private final String part;
        private final InputStream in;
        private final XMLStreamReader reader;
        private final ReadBudget budget;
        private int depth;
        private long events;

        private Xml(String source, String part, InputStream in, ReadBudget budget) throws IOException {
            this.source = source;
            this.part = part;
            this.in = in;
            this.budget = budget;
            try {
                // a factory per part: POI's safe settings, and nothing shared between threads
                XMLInputFactory factory = XMLHelper.newXMLInputFactory();
                this.reader = factory.createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                in.close();
                throw damaged(e);
            }
            if (reader.getEventType() == XMLStreamConstants.DTD) {
                throw doctype();
            }
        }

        /** The next event: {@link XMLStreamConstants#START_ELEMENT}, {@code END_ELEMENT}, {@code CHARACTERS}, ... */
        int next() throws IOException {
            int event;
            try {
                event = reader.next();
            } catch (XMLStreamException e) {
                throw damaged(e);
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > ReadLimits.MAX_NESTING) {
                        throw new RefusedFileException(source, 0, "the XML of " + part + " is nested more than "
                                + ReadLimits.count(ReadLimits.MAX_NESTING) + " levels deep; no school's file is, so "
                                + "this looks like a damaged or malicious file");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.DTD -> throw doctype();
                default -> {
                }
            }
            if ((++events & 0x3FFF) == 0) {
                budget.checkTime();
            }
            return event;
        }

        /** Skips to the end of the element just started (its whole subtree). */
        void skipElement() throws IOException {
            int level = 1;
            while (level > 0) {
                int e = next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    level++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    level--;
                } else if (e == XMLStreamConstants.END_DOCUMENT) {
                    return;
                }
            }
        }

        XMLStreamReader reader() {
            return reader;
        }

        /** The local name of the current element. */
        String name() {
            return reader.getLocalName();
        }

        /** An attribute of the current element by local name (any namespace), or null. */
        String attribute(String localName) {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                if (reader.getAttributeLocalName(i).equals(localName)) {
                    return reader.getAttributeValue(i);
                }
            }
            return null;
        }

        ReadBudget budget() {
            return budget;
        }

        String part() {
            return part;
        }

        private RefusedFileException doctype() {
            return new RefusedFileException(source, 0, "its part " + part + " holds a DOCTYPE declaration, which "
                    + "Word and Excel never write (it is how a file reaches for other files), so it is refused as unsafe");
        }

        private IOException damaged(XMLStreamException e) {
            // the JDK's message is "ParseError at [row,col]:[1,2]" then "Message: what"
            String m = e.getMessage() == null ? "" : e.getMessage().lines().reduce((a, b) -> b).orElse("").strip()
                    .replaceFirst("^Message:\\s*", "");
            if (m.contains("DOCTYPE") || m.contains("DTD")) {
                return doctype();
            }
            String where = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                    ? " at line " + e.getLocation().getLineNumber() : "";
            return new IOException("the XML of " + part + " is damaged" + where + (m.isEmpty() ? "" : ": " + m), e);
        }

        @Override
        public void close() throws IOException {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // closing a reader that failed: nothing more to learn
            } finally {
                in.close();
            }
        }
    }
}
