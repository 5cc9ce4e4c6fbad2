package uk.schoolcompliance.tracker.ui.reviews;

import java.util.Comparator;
import java.util.List;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.ui.DialogCase;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The reviews page's dialogs, for the fit checks, on the scheduled review with the longest policy title. */
public final class ReviewDialogCases {

    private ReviewDialogCases() {
    }

    public static List<DialogCase> all(UiContext ctx, Window owner) {
        ReviewService.Scheduled longest = ctx.services().reviewService().schedule(ctx.asOf()).stream()
                .max(Comparator.comparingInt((ReviewService.Scheduled s) -> s.policy().title().length())).orElseThrow();
        return List.of(
                new DialogCase("plan review", () -> new PlanReviewDialog(owner, new PlanReviewForm(longest), ctx::today).show()),
                new DialogCase("complete review", () -> new CompleteReviewDialog(owner, longest, ctx.today()).show()));
    }
}
