package uk.schoolcompliance.tracker.ui.induction;

import java.util.Comparator;
import java.util.List;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.ui.DialogCase;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The induction page's dialogs, for the fit checks, on the induction item with the longest title. */
public final class InductionDialogCases {

    private InductionDialogCases() {
    }

    public static List<DialogCase> all(UiContext ctx, Window owner) {
        TrackerServices s = ctx.services();
        InductionItem longest = s.inductionService().progress(ctx.asOf()).stream()
                .flatMap(p -> s.inductionService().checklist(p.staff().id(), ctx.asOf()).lines().stream())
                .map(InductionService.ChecklistLine::item)
                .max(Comparator.comparingInt((InductionItem i) -> i.title().length())).orElseThrow();
        return List.of(
                new DialogCase("induction templates", () -> new TemplateEditorDialog(owner, new InductionViewModel(ctx)).show()),
                new DialogCase("tick induction item", () -> new TickDialog(owner, new InductionViewModel(ctx), longest).show()),
                new DialogCase("untick induction item", () -> new UntickDialog(owner, new InductionViewModel(ctx), longest).show()));
    }
}
