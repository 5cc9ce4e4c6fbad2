package uk.schoolcompliance.tracker.ui.audit;

import java.util.List;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.DialogCase;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The audit page's data-safety dialogs (restore, retention, subject access), for the fit checks, with a backup to list. */
public final class AuditDialogCases {

    private AuditDialogCases() {
    }

    public static List<DialogCase> all(UiContext ctx, Window owner) {
        ctx.services().backups().backupNow();
        AuditViewModel vm = new AuditViewModel(ctx);
        return List.of(
                new DialogCase("restore", () -> RestoreDialog.show(owner, vm)),
                new DialogCase("retention", () -> RetentionDialog.show(owner, vm)),
                new DialogCase("subject access request", () -> SubjectAccessDialog.show(owner, vm)));
    }
}
