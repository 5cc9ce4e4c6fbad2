package uk.schoolcompliance.tracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;

@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = {"Who has not acknowledged which policy, as of a date, sorted by policy then family name.",
                "Staff on long-term absence are listed with absent = true and are never overdue; the text lists them "
                        + "apart, after the outstanding ones, and never counts them as outstanding."})
public final class GapsCommand extends AsOfCommand {

    @Option(names = "--policy", paramLabel = "TITLE", description = "Only this policy.")
    String policy;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print a JSON list.")
        boolean json;
        @Option(names = "--csv", description = "Print CSV with a heading row.")
        boolean csv;
    }

    @Mixin
    SchoolOption school;

    @Override
    int run(TrackerServices services, LocalDate date) {
        Policy only = policy == null ? null : services.acknowledgementService().findPolicy(policy);
        var chosen = school.resolve(services);
        ComplianceCalculator calc = services.compliance().calculator(date, chosen);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json && only == null) {
            // a trust's list is long: each gap is written as the database gives it, never all held at once
            Json.<GapJson>writeList(out, row -> calc.forEachGap(g -> {
                if (g.isGap()) {
                    row.accept(GapJson.of(g));
                }
            }));
            out.println();
            return Cli.OK;
        }
        List<Obligation> gaps = only == null ? calc.gaps()
                : calc.obligations(only).stream().filter(Obligation::isGap).sorted(ComplianceCalculator.GAP_ORDER).toList();
        List<Obligation> rows = gaps.stream().filter(Obligation::isGap).toList();
        if (format.json) {
            out.println(Json.write(rows.stream().map(GapJson::of).toList()));
            return Cli.OK;
        }
        if (format.csv) {
            try {
                AcknowledgementService.writeOutstandingCsv(rows, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Cli.OK;
        }
        out.printf("%s — outstanding acknowledgements as of %s%n", SchoolOption.heading(services, chosen), Dates.forPeople(date));
        String currentPolicy = null;
        int outstanding = 0;
        int overdue = 0;
        List<Obligation> absent = new ArrayList<>();
        for (Obligation g : rows) {
            if (g.status() == ObligationStatus.ABSENT) {
                absent.add(g); // listed apart below: never chased, never in the outstanding figure
                continue;
            }
            if (!g.policy().title().equals(currentPolicy)) {
                currentPolicy = g.policy().title();
                out.printf("%n%s (version %s)%n", g.policy().title(), g.requiredVersion().label());
            }
            boolean late = g.status() == ObligationStatus.OVERDUE;
            out.printf("  %-28s %-20s due %s  %s%n", g.staff().fullName(), g.staff().category().label(),
                    Dates.forPeople(g.due()), late ? "OVERDUE" : "due");
            outstanding++;
            overdue += late ? 1 : 0;
        }
        if (!absent.isEmpty()) {
            out.printf("%nOn long-term absence, not chased%n");
            for (Obligation g : absent) {
                out.printf("  %-28s %-20s %s (version %s)%n", g.staff().fullName(), g.staff().category().label(),
                        g.policy().title(), g.requiredVersion().label());
            }
        }
        out.printf("%n%d outstanding (%d overdue), %s%n", outstanding, overdue, FigureWords.absent(absent.size()));
        return Cli.OK;
    }

    /** The documented JSON shape of one gap of {@code gaps --json}. */
    record GapJson(String name, String staffRef, String email, String category, String policy, String requiredVersion,
                   LocalDate due, boolean overdue, boolean absent) {

        static GapJson of(Obligation o) {
            return new GapJson(o.staff().fullName(), o.staff().staffRef(), o.staff().email(),
                    o.staff().category().code(), o.policy().title(), o.requiredVersion().label(), o.due(),
                    o.status() == ObligationStatus.OVERDUE, o.status() == ObligationStatus.ABSENT);
        }
    }
}
