package uk.schoolcompliance.tracker.cli;

import picocli.CommandLine.Command;

/** The top-level command: each job of the app is a subcommand. */
@Command(name = "compliance-tracker",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "uk.schoolcompliance.tracker.cli.options",
        description = "Policy acknowledgements, inductions and review schedules for schools in England.",
        subcommands = {
                DemoCommand.class,
                SummaryCommand.class,
                SchoolsCommand.class,
                AddSchoolCommand.class,
                CheckCommand.class,
                ImportStaffCommand.class,
                InductionCommand.class,
                ImportPolicyCommand.class,
                ImportPoliciesCommand.class,
                AddVersionCommand.class,
                ReviewsCommand.class,
                ReviewCommand.class,
                ImportAcksCommand.class,
                AckCommand.class,
                GapsCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                RetentionCommand.class,
                SubjectAccessCommand.class,
                ReportCommand.class,
                GenerateCommand.class,
                BenchCommand.class,
                WarningsCommand.class,
                ServerInitCommand.class,
                CopyToServerCommand.class,
                ServerGrantCommand.class,
                ServerRevokeCommand.class,
                ServerUsersCommand.class,
        })
public final class TrackerCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
