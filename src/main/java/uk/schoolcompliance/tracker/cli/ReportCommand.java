package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.OutputFiles;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.domain.Dates;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Build the governors' pack as of a date: a PDF to read and print and an Excel workbook to filter.",
                "On a trust's file without --school: the trust board's pack (every school side by side, then a page per school);",
                "with --school: that school's pack for its local governing body."})
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--term", paramLabel = "TERM",
            description = "The term for \"approvals and reviews this term\", e.g. \"Autumn 2026\" (default: the term containing the as-of date).")
    String term;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write the PDF pack here.")
    Path pdf;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the Excel workbook here.")
    Path xlsx;

    @Option(names = "--names", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Name staff in the pack (default: --no-names, people are counted, not named).")
    boolean names;

    @Mixin
    SchoolOption school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (pdf == null && xlsx == null) {
            throw new ParameterException(spec.commandLine(), "Give --pdf FILE, --xlsx FILE or both");
        }
        LocalDate date = asOf.date();
        Term chosen = term == null ? Term.containing(date) : Term.parse(term);
        try (TrackerServices services = options.open()) {
            var chosenSchool = school.resolve(services);
            // every output is checked before a line is printed or a file written: a refusal is the only line
            services.outputs().checkAll(new OutputFiles.Output("--pdf", pdf), new OutputFiles.Output("--xlsx", xlsx));
            if (chosenSchool.isEmpty() && services.governorsPack().isTrust()) {
                return trustPack(services, date, chosen);
            }
            GovernorsPack pack = services.governorsPack().build(date, chosen, names, chosenSchool);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Governors' pack for %s, %s, figures as of %s%s%n", pack.schoolName(), chosen.label(),
                    Dates.forPeople(date), pack.names() ? " (with staff names)"
                            : pack.peopleWithheld() ? " (figures only: a governor's login names nobody)" : "");
            if (pdf != null) {
                int pages = services.governorsPack().writePdf(pack, pdf);
                out.printf("  PDF:  %s (%d pages)%n", pdf, pages);
            }
            if (xlsx != null) {
                services.governorsPack().writeXlsx(pack, xlsx);
                out.printf("  XLSX: %s (%d staff \u00d7 %d policies)%n", xlsx, pack.acknowledgements().rows().size(),
                        pack.acknowledgements().policies().size());
            }
            return Cli.OK;
        }
    }

    /** A trust's file without --school: the trust board's pack (the trust, its schools side by side, a page each). */
    private int trustPack(TrackerServices services, LocalDate date, Term chosen) {
        TrustPack pack = services.governorsPack().buildTrust(date, chosen, names);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Trust board's pack for %s, %s, figures as of %s%s%n", pack.trustName(), chosen.label(),
                Dates.forPeople(date), names ? " (with staff names)" : "");
        if (pdf != null) {
            int pages = services.governorsPack().writePdf(pack, pdf);
            out.printf("  PDF:  %s (%d pages)%n", pdf, pages);
        }
        if (xlsx != null) {
            services.governorsPack().writeXlsx(pack, xlsx);
            out.printf("  XLSX: %s (%d schools)%n", xlsx, pack.schools().size());
        }
        return Cli.OK;
    }
}
