package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.DataWarning;

@Command(name = "warnings", mixinStandardHelpOptions = true,
        description = {"Every data-quality warning as of a date, one per line: its kind, the record it is about "
                + "and what to correct (the same list as the dashboard and the governors' pack).",
                "Kinds: review-date-error (a next review on or before the last review), no-version, no-document, "
                        + "no-email. Exit code 0 whether or not there are warnings."})
public final class WarningsCommand extends AsOfCommand {

    @Mixin
    JsonOption json;

    @Override
    int run(TrackerServices services, LocalDate date) {
        List<DataWarning> warnings = services.compliance().calculator(date).dataWarnings();
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.write(warnings.stream().map(WarningJson::of).toList()));
            return Cli.OK;
        }
        for (DataWarning w : warnings) {
            out.println(line(w));
        }
        return Cli.OK;
    }

    /** One warning as a line of text: the kind's code, then the record and the message. */
    public static String line(DataWarning w) {
        return String.format("%-17s  %s: %s", w.kind().code(), w.subject(), w.message());
    }

    /** The documented JSON shape of one warning. */
    record WarningJson(String kind, String record, String message) {
        static WarningJson of(DataWarning w) {
            return new WarningJson(w.kind().code(), w.subject(), w.message());
        }
    }
}
