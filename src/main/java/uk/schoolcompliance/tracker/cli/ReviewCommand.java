package uk.schoolcompliance.tracker.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.app.UserException;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewStanding;

/**
 * {@code review}: records a completed review of one policy with its outcome and approval, and prints one
 * line: {@code Review of TITLE completed on dd/MM/yyyy (OUTCOME); next review due dd/MM/yyyy}.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Records a completed policy review: its outcome and approval; the next review is due the "
                + "completion date plus the policy's frequency unless --next-due sets it.")
public final class ReviewCommand implements Callable<Integer> {

    @Mixin
    DbOptions options;

    @Option(names = "--policy", required = true, paramLabel = "TITLE",
            description = "The policy's title, exactly (case does not matter).")
    String policy;

    @Option(names = "--completed", required = true, paramLabel = "DATE",
            description = "The date the review was completed (YYYY-MM-DD), not after today.")
    String completed;

    @Option(names = "--outcome", required = true, paramLabel = "no-change|minor-amendments|new-version|retired",
            description = "What the review decided; retired retires the policy.")
    String outcome;

    @Option(names = "--approved-by", paramLabel = "BODY",
            description = "Who approved it (default: the policy's approving body).")
    String approvedBy;

    @Option(names = "--meeting", paramLabel = "DATE", description = "The date of the meeting that approved it (YYYY-MM-DD).")
    String meeting;

    @Option(names = "--minute", paramLabel = "REF", description = "The meeting's minute reference.")
    String minute;

    @Option(names = "--next-due", paramLabel = "DATE",
            description = "The next review date, set by hand (YYYY-MM-DD; default: completion + frequency).")
    String nextDue;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate completedOn = Dates.parseIsoField(completed, "--completed");
        LocalDate meetingDate = Dates.parseIsoField(meeting, "--meeting");
        LocalDate next = Dates.parseIsoField(nextDue, "--next-due");
        ReviewOutcome result = outcome(outcome);
        try (TrackerServices services = options.open()) {
            Policy p = services.policyService().policyByExactTitle(policy, "--policy");
            // the review as this command found it, as the window's dialog does (#19): when someone else records,
            // plans or changes it before this save, the save is refused ("... was changed by LOGIN at HH:MM since you
            // opened it; nothing was saved."), under the policy's review lock, so a review is never recorded twice
            var found = services.reviewService().openCompletion(p.id());
            services.reviewService().complete(new ReviewService.Completion(p.id(), completedOn, result, approvedBy,
                    meetingDate, minute, next, null, null), found);
            ReviewStanding after = services.policyService().detail(p.id(), services.today()).standing();
            String then = result == ReviewOutcome.RETIRED ? "the policy is retired and has no next review"
                    : after.nextDue() == null ? "no next review (a live document)"
                    : "next review due " + Dates.forPeople(after.nextDue());
            spec.commandLine().getOut().printf("Review of %s completed on %s (%s); %s%n", p.title(),
                    Dates.forPeople(completedOn), result.code(), then);
            return Cli.OK;
        }
    }

    static ReviewOutcome outcome(String code) {
        String given = code == null ? "" : code.strip();
        return Arrays.stream(ReviewOutcome.values()).filter(o -> o.code().equalsIgnoreCase(given)).findFirst()
                .orElseThrow(() -> new UserException("--outcome: '" + given + "' is not an outcome (use "
                        + Arrays.stream(ReviewOutcome.values()).map(ReviewOutcome::code).collect(Collectors.joining(", "))
                        + ")"));
    }
}
