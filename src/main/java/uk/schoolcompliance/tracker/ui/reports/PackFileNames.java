package uk.schoolcompliance.tracker.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.app.GovernorsPackService;
import uk.schoolcompliance.tracker.domain.report.Term;

/**
 * The Reports page's default file names: "Governors pack - Ashby Primary Academy - Autumn 2026.pdf" for a school's
 * pack, "Trust board pack - Vale Learning Trust - Autumn 2026.pdf" for the trust board's. A default still in place
 * follows the term and the pack the picker chooses; a name the user typed is kept as given.
 */
final class PackFileNames {

    private final StringProperty pdfPath;
    private final StringProperty xlsxPath;
    private String name;
    private boolean trust;

    PackFileNames(StringProperty pdfPath, StringProperty xlsxPath, Path folder, String name, Term term) {
        this.pdfPath = pdfPath;
        this.xlsxPath = xlsxPath;
        this.name = name;
        pdfPath.set(folder.resolve(of(false, name, term, "pdf")).toString());
        xlsxPath.set(folder.resolve(of(false, name, term, "xlsx")).toString());
    }

    /** The default name of a pack's file ({@link GovernorsPackService#fileName}, {@link GovernorsPackService#trustFileName}). */
    static String of(boolean trust, String name, Term term, String extension) {
        return trust ? GovernorsPackService.trustFileName(name, term, extension)
                : GovernorsPackService.fileName(name, term, extension);
    }

    /** The pack shown is now {@code name}'s (the trust board's when {@code nowTrust}), for {@code term}. */
    void follow(boolean nowTrust, String nowName, Term term) {
        if (nowTrust != trust || !Objects.equals(name, nowName)) {
            rename(trust, name, term, nowTrust, nowName, term);
            trust = nowTrust;
            name = nowName;
        }
    }

    /** The term changed from {@code old} to {@code now}. */
    void termChanged(Term old, Term now) {
        rename(trust, name, old, trust, name, now);
    }

    private void rename(boolean oldTrust, String oldName, Term old, boolean newTrust, String newName, Term now) {
        for (StringProperty p : List.of(pdfPath, xlsxPath)) {
            String v = p.get();
            if (v == null) {
                continue;
            }
            for (String ext : List.of("pdf", "xlsx")) {
                String was = of(oldTrust, oldName, old, ext);
                if (v.endsWith(was)) {
                    p.set(v.substring(0, v.length() - was.length()) + of(newTrust, newName, now, ext));
                }
            }
        }
    }
}
