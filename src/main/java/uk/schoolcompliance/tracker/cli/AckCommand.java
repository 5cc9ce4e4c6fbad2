package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;

// no mixinStandardHelpOptions: the contract's --version LABEL takes the name of picocli's --version
@Command(name = "ack", description = "Record that one member of staff acknowledged a policy. Writes nothing when they already have.")
public final class AckCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--staff", required = true, paramLabel = "REF|EMAIL|#ID",
            description = "Staff reference or email address (exact, any case), or #ID for a database id.")
    String staff;

    @Option(names = "--policy", required = true, paramLabel = "TITLE", description = "The policy's title.")
    String policy;

    @Option(names = "--version", paramLabel = "LABEL",
            description = "The version acknowledged (default: the version in effect on the date).")
    String version;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The date it was acknowledged.")
    String date;

    @Option(names = "--method", paramLabel = "M", defaultValue = "paper",
            description = "paper, email, online-form, in-person or in-app (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--note", paramLabel = "TEXT", description = "An optional note.")
    String note;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate on = Dates.parseIsoField(date, "--date", options.today());
        AckMethod m = AckMethod.parse(method).orElseThrow(() -> new IllegalArgumentException("--method: '" + method
                + "' is not a method (use paper, email, online-form, in-person or in-app)"));
        try (TrackerServices services = options.open()) {
            AcknowledgementService acks = services.acknowledgementService();
            StaffMember who = services.staffService().identify(staff);
            Policy p = acks.findPolicy(policy);
            PolicyVersion v = acks.findVersion(p, version, on);
            AcknowledgementService.Result r = acks.record(new AcknowledgementService.Recording(who.id(), v.id(), on, m, note,
                    null));
            PrintWriter out = spec.commandLine().getOut();
            if (r.recorded()) {
                out.printf("recorded: %s acknowledged %s version %s on %s (%s)%n", who.fullName(), p.title(), v.label(),
                        Dates.forPeople(on), m.label().toLowerCase(java.util.Locale.ROOT));
            } else {
                out.printf("already: %s acknowledged %s on %s; nothing written%n", who.fullName(), p.title(),
                        Dates.forPeople(r.acknowledgement().date()));
            }
            return Cli.OK;
        }
    }
}
