package uk.schoolcompliance.tracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.CoverDetails;

@Command(name = "import-policy", mixinStandardHelpOptions = true,
        description = "Reads a policy document (DOCX, PDF, TXT or Markdown), prints its cover details and stores it "
                + "as a version of the policy with that title (creating the policy when there is none).")
public final class ImportPolicyCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Parameters(index = "0", paramLabel = "DOC", description = "The policy document.")
    Path document;

    @Option(names = "--title", paramLabel = "T", description = "The policy's title, when the document's own is wrong or missing.")
    String title;

    @Mixin
    JsonOption json;

    @Option(names = "--school", paramLabel = "NAME|URN",
            description = "A policy of this school's own (its exact name or URN); default: a new policy is trust-wide.")
    String school;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (TrackerServices services = options.open()) {
            var chosen = services.schoolService().resolveOptional(school);
            PolicyService policies = services.policyService();
            PolicyService.DocumentPreview preview = policies.preview(document, options.today());
            PolicyService.DocumentImport in = PolicyService.DocumentImport.asExtracted(preview);
            if (title != null && !title.isBlank()) {
                in = PolicyService.DocumentImport.corrected(preview, title.strip(), in.approvedBy(), in.approvedOn(),
                        in.lastReviewed(), in.nextReviewDue(), null, null, true);
            }
            PolicyService.DocumentImportResult result = policies.importDocument(in, chosen);
            CoverDetails c = preview.extracted();
            PrintWriter out = spec.commandLine().getOut();
            if (json.on()) {
                out.println(Json.write(new ExtractedJson(result.policy().title(), in.approvedBy(), in.approvedOn(),
                        in.lastReviewed(), in.nextReviewDue(), c.warnings())));
                return Cli.OK;
            }
            out.printf("%s%n", document.getFileName());
            row(out, "Title", result.policy().title());
            row(out, "Approved by", c.approvedBy());
            row(out, "Approved on", Dates.forPeople(c.approvedOn()));
            row(out, "Last reviewed", Dates.forPeople(c.lastReviewed()));
            row(out, "Next review due", Dates.forPeople(c.nextReviewDue()));
            row(out, "Version stated", c.version());
            for (String w : c.warnings()) {
                out.println("  warning: " + w);
            }
            out.printf("%s '%s': version %s stored (SHA-256 %s)%n",
                    result.createdPolicy() ? "Created policy" : "Added to policy", result.policy().title(),
                    result.version().label(), result.version().documentSha256());
            return Cli.OK;
        }
    }

    /** The documented JSON shape of {@code import-policy --json}: what was extracted (and stored). */
    record ExtractedJson(String title, String approvedBy, LocalDate approvedOn, LocalDate lastReviewed,
                         LocalDate nextReviewDue, List<String> warnings) {
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-18s %s%n", label, value == null || value.isEmpty() ? "(not found)" : value);
    }
}
