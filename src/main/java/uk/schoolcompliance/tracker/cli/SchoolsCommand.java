package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.SchoolService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Summary;

@Command(name = "schools", mixinStandardHelpOptions = true,
        description = {"The figures of each school of the file side by side, as of a date.",
                "People of no school (a trust's central team) are one more entry, \"Central team\";",
                "the entries' acknowledgements required add up to summary's."})
public final class SchoolsCommand extends AsOfCommand {

    @Mixin
    JsonOption json;

    @Override
    int run(TrackerServices services, LocalDate date) {
        List<SchoolService.SchoolFigures> figures = services.schoolService().figures(date);
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.write(figures.stream().map(SchoolJson::of).toList()));
            return Cli.OK;
        }
        out.printf("Schools as of %s: %d%n%n", Dates.forPeople(date), figures.size());
        out.printf("  %-40s %-7s %8s %9s %7s %8s %7s %8s %9s %8s%n", "School", "URN", "In post", "Required", "Done",
                "Overdue", "%", "Reviews", "Due soon", "Inducting");
        for (SchoolService.SchoolFigures f : figures) {
            Summary s = f.summary();
            out.printf("  %-40s %-7s %8d %9d %7d %8d %7s %8d %9d %8d%n", clip(f.name(), 40),
                    f.urn() == null ? "" : f.urn(), s.staffInPost(), s.ackRequired(), s.ackDone(), s.ackOverdue(),
                    s.ackNotStarted() ? "-" : String.valueOf(s.ackPercent()), s.reviewsOverdue(), s.reviewsDueSoon(),
                    s.inductionInProgress());
        }
        return Cli.OK;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** The documented JSON shape of one entry of {@code schools --json}. */
    record SchoolJson(String name, String urn, int staffInPost, FiguresJson.Acknowledgements acknowledgements,
                      FiguresJson.Reviews reviews, FiguresJson.Induction induction) {

        static SchoolJson of(SchoolService.SchoolFigures f) {
            Summary s = f.summary();
            return new SchoolJson(f.name(), f.urn(), s.staffInPost(), FiguresJson.Acknowledgements.of(s),
                    FiguresJson.Reviews.of(s), FiguresJson.Induction.of(s));
        }
    }
}
