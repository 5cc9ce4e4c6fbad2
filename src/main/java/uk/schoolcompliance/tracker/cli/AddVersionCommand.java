package uk.schoolcompliance.tracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;

@Command(name = "add-version", mixinStandardHelpOptions = true,
        description = "Adds a new version of a policy, optionally with its document.")
public final class AddVersionCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--policy", required = true, paramLabel = "TITLE", description = "The policy's title.")
    String policy;

    @Option(names = "--label", required = true, paramLabel = "L", description = "The version label, e.g. 2.0.")
    String label;

    @Option(names = "--effective", required = true, paramLabel = "DATE", description = "Effective from (YYYY-MM-DD).")
    String effective;

    @Option(names = "--material", description = "A material change: everyone must acknowledge it again.")
    boolean material;

    @Option(names = "--document", paramLabel = "FILE", description = "The document (DOCX, PDF, TXT or Markdown).")
    Path document;

    @Option(names = "--approved-by", paramLabel = "BODY", description = "Who approved it, e.g. Full governing body.")
    String approvedBy;

    @Option(names = "--approved-on", paramLabel = "DATE", description = "When it was approved (YYYY-MM-DD).")
    String approvedOn;

    @Option(names = "--minute", paramLabel = "REF", description = "The meeting minute reference.")
    String minute;

    @Option(names = "--school", paramLabel = "NAME|URN",
            description = "The policy is this school's own (its exact name or URN): refused if it is not.")
    String school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var effectiveDate = Dates.parseIsoField(effective, "--effective", options.today());
        var approvedDate = Dates.parseIsoField(approvedOn, "--approved-on", options.today());
        try (TrackerServices services = options.open()) {
            var chosen = services.schoolService().resolveOptional(school);
            Policy p = services.policyService().policyByTitle(policy);
            services.schoolService().checkOwner(p, chosen, "--policy");
            PolicyVersion v = services.policyService().addVersion(new PolicyService.NewVersion(p.id(), label, effectiveDate,
                    material, approvedBy, approvedDate, minute, null, document));
            spec.commandLine().getOut().printf("Added version %s of '%s', effective %s%s%s%n", v.label(), p.title(),
                    Dates.forPeople(v.effectiveFrom()), v.material() ? ", a material change (everyone acknowledges again)" : "",
                    v.hasDocument() ? ", document " + v.fileName() + " (SHA-256 " + v.documentSha256() + ")" : "");
            return Cli.OK;
        }
    }
}
