package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import uk.schoolcompliance.tracker.domain.CoverDetails;
import uk.schoolcompliance.tracker.io.DocumentTypes;
import uk.schoolcompliance.tracker.io.ReadLimits;
import uk.schoolcompliance.tracker.io.policy.CoverDetailsExtractor;
import uk.schoolcompliance.tracker.io.policy.PolicyDocumentReader;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * A policy's document as a file: reading one to store (type and size checked), reading its cover, and writing a
 * stored one out for the system viewer.
 */
final class PolicyDocuments {

    private PolicyDocuments() {
    }

    /** Reads a document file, checking it is a type the app stores and not larger than it stores. */
    static VersionRepository.Document read(Path file) {
        String name = file.getFileName().toString();
        String type = DocumentTypes.mediaType(name);
        if (type == null) {
            throw new UserException(name + ": not a policy document (use DOCX, PDF, TXT or Markdown)");
        }
        try {
            long size = Files.size(file);
            if (size > ReadLimits.MAX_DOCUMENT_BYTES) {
                throw new UserException(name + ": the document is " + (size >> 20) + " MB; the most the app stores is "
                        + (ReadLimits.MAX_DOCUMENT_BYTES >> 20) + " MB (save it again with smaller pictures, or as PDF)");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new UserException(name + ": the file is empty");
            }
            return new VersionRepository.Document(name, type, bytes);
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (IOException e) {
            throw new UserException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The cover details read from a document's text ({@code today} for dates without a year). */
    static CoverDetails cover(VersionRepository.Document doc, LocalDate today) {
        String text;
        try {
            text = PolicyDocumentReader.text(doc.fileName(), doc.bytes());
        } catch (IOException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        return CoverDetailsExtractor.extract(text, doc.fileName(), today);
    }

    /** The review interval a cover implies (whole years between the last review and the next), else 12. */
    static Integer impliedFrequency(LocalDate lastReviewed, LocalDate approvedOn, LocalDate nextReviewDue) {
        LocalDate from = lastReviewed != null ? lastReviewed : approvedOn;
        if (from == null || nextReviewDue == null) {
            return 12;
        }
        long months = ChronoUnit.MONTHS.between(from, nextReviewDue.plusDays(1));
        long years = Math.round(months / 12.0);
        return years >= 1 && years <= 4 ? (int) (years * 12) : 12;
    }

    /** Writes a stored document (its SHA-256 already checked) to a new temporary file named like the original. */
    static Path copyForViewing(VersionRepository.Document doc) {
        String type = DocumentTypes.detect(doc.bytes(), doc.mediaType());
        if (type == null) {
            throw new UserException(doc.fileName() + ": the stored document is not a PDF, a Word document (.docx) or a "
                    + "text file, so it is not opened");
        }
        try {
            Path dir = Files.createTempDirectory("compliance-tracker-doc");
            Path file = dir.resolve(DocumentTypes.safeFileName(doc.fileName(), type));
            Files.write(file, doc.bytes(), java.nio.file.StandardOpenOption.CREATE_NEW);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UserException("Cannot write a copy of " + doc.fileName() + " to open it: " + e.getMessage(), e);
        }
    }
}
