package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.schoolcompliance.tracker.app.ServerCopyService;

/**
 * {@code copy-to-server --from FILE --db postgresql://... [--school NAME]}: moves a school's file into the trust's
 * server as one school of the trust, all or nothing, and prints the school's figures before and after.
 */
@Command(name = "copy-to-server", mixinStandardHelpOptions = true,
        description = {"Copy a school's database file into the trust's PostgreSQL server as one school of the trust "
                + "(staff, policies and their documents, reviews, acknowledgements, induction plans and the audit "
                + "history), all or nothing. The file is only read. Prints the school's figures before (the file) "
                + "and after (the server); copying the same school twice is refused."})
public final class CopyToServerCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The school's database file.")
    Path from;

    @Option(names = "--school", paramLabel = "NAME",
            description = "The school's name on the server (default: its name in the file).")
    String school;

    @Mixin
    AsOfOption asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerCopyService.Outcome o = ServerCopyService.copy(from, options.target(), school, asOf.date(),
                options.actor(), options.clock());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Before (%s):%n", o.file());
        SummaryCommand.print(out, o.schoolName(), o.before());
        out.printf("%nAfter (%s):%n", o.server());
        SummaryCommand.print(out, o.schoolName(), o.after());
        Map<String, Integer> n = o.rows();
        out.printf("%nCopied %s: %d staff, %d policies, %d versions, %d reviews, %d acknowledgements, %d induction plans, "
                        + "%d audit entries%n", o.schoolName(), n.get("staff"), n.get("policy"), n.get("policy_version"),
                n.get("review"), n.get("acknowledgement"), n.get("induction_plan"), n.get("audit_log"));
        return Cli.OK;
    }
}
