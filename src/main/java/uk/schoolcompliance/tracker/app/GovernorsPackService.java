package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.io.report.GovernorsPackPdf;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;
import uk.schoolcompliance.tracker.io.report.TrustPackPdf;
import uk.schoolcompliance.tracker.io.report.TrustPackXlsx;
import uk.schoolcompliance.tracker.store.SettingsRepository;

/**
 * The governors' pack: computes the {@link GovernorsPack} model once from the calculator, then writes
 * the PDF and the workbook from it. Files are written beside the target and moved into place, so a
 * failure never leaves half a file where the old one was.
 */
public final class GovernorsPackService {

    private final SettingsRepository settings;
    private final ComplianceService compliance;
    private final TrustPackBuilder trustPacks;
    private final OutputFiles outputs;
    private final Supplier<Actor> actor;
    private final Clock clock;

    GovernorsPackService(SettingsRepository settings, ComplianceService compliance, TrustPackBuilder trustPacks,
            OutputFiles outputs, Supplier<Actor> actor, Clock clock) {
        this.settings = settings;
        this.compliance = compliance;
        this.trustPacks = trustPacks;
        this.outputs = outputs;
        this.actor = actor;
        this.clock = clock;
    }

    /** Builds the pack as of a date for a term, by the operator of these services. */
    public GovernorsPack build(LocalDate asOf, Term term, boolean names) {
        return build(asOf, term, names, Optional.empty());
    }

    /** The pack of one school for its local governing body (its part of the file), or of the whole file. */
    public GovernorsPack build(LocalDate asOf, Term term, boolean names,
                               Optional<School> school) {
        boolean governor = compliance.governorOnly();
        if (governor && school.isEmpty()) {
            school = governorsSchool(asOf); // a school's governor: that school's pack, as a trust admin's --school gives
        }
        ComplianceCalculator calc = compliance.calculator(asOf, school);
        String name = school.map(School::name).orElseGet(settings::schoolName);
        return PackFigures.compute(calc, name, term == null ? Term.containing(asOf) : term, names,
                actor.get().displayName(), LocalDate.now(clock), governor);
    }

    /** The one school a governor governs; empty for a governor of several schools or of the whole trust. */
    private Optional<School> governorsSchool(LocalDate asOf) {
        var schools = compliance.calculator(asOf).data().schools();
        return schools.size() == 1 && !schools.get(0).isTrust() ? Optional.of(schools.get(0)) : Optional.empty();
    }

    /** Whether the file is a trust's (its own row, or more than one school): {@code report} then prints the board's pack. */
    public boolean isTrust() {
        return trustPacks.isTrust(); // the schools only: never every acknowledgement
    }

    /**
     * The trust board's pack as of a date: the whole file's figures, one row per entry of {@code schools} (each
     * school, then the central team), the trust-wide policies' reviews, and each school's own pack.
     */
    public TrustPack buildTrust(LocalDate asOf, Term term, boolean names) {
        return trustPacks.build(asOf, term, names);
    }

    /** Writes the trust board's PDF; returns the number of pages. */
    public int writePdf(TrustPack pack, Path file) {
        outputs.write(file, out -> TrustPackPdf.write(pack, out));
        return pages(file);
    }

    public void writeXlsx(TrustPack pack, Path file) {
        outputs.write(file, out -> TrustPackXlsx.write(pack, out));
    }

    /**
     * The name the pack's file is offered under: "Governors pack - Ashby Primary Academy - Autumn 2026.pdf". Only
     * characters every file system takes: the ones Windows refuses ({@code \\ / : * ? " < > |}) and control
     * characters become a space, runs of spaces one, and a name never ends in a dot or a space. A school with no name
     * gives "Governors pack - Autumn 2026.pdf".
     */
    public static String fileName(String schoolName, Term term, String extension) {
        return named("Governors pack - ", schoolName, term, extension);
    }

    /**
     * The name the trust board's pack is offered under: "Trust board pack - Vale Learning Trust - Autumn 2026.pdf",
     * with the trust's name made safe for every file system as {@link #fileName} does.
     */
    public static String trustFileName(String trustName, Term term, String extension) {
        return named("Trust board pack - ", trustName, term, extension);
    }

    private static String named(String prefix, String name, Term term, String extension) {
        String school = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip().replaceAll("[. ]+$", "");
        if (school.length() > 80) {
            school = school.substring(0, 80).strip();
        }
        return prefix + (school.isEmpty() ? "" : school + " - ") + term.label() + "." + extension;
    }

    /** Writes the PDF; returns the number of pages. */
    public int writePdf(GovernorsPack pack, Path file) {
        outputs.write(file, out -> GovernorsPackPdf.write(pack, out));
        return pages(file);
    }

    private static int pages(Path file) {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UserException(file + ": written, but cannot be read back (" + e.getMessage() + ")", e);
        }
    }

    public void writeXlsx(GovernorsPack pack, Path file) {
        outputs.write(file, out -> GovernorsPackXlsx.write(pack, out));
    }

    /** Every figure of the pack, from the one calculator ({@link PackFigures}). */
    public static GovernorsPack compute(ComplianceCalculator calc, String schoolName, Term term, boolean names,
                                        String preparedBy, LocalDate preparedOn) {
        return PackFigures.compute(calc, schoolName, term, names, preparedBy, preparedOn);
    }
}
