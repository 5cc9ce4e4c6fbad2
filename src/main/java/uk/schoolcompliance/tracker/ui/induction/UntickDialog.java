package uk.schoolcompliance.tracker.ui.induction;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ReasonDialog;

/**
 * Un-ticking an induction item asks why (the audit log keeps the reason): it cannot be saved without one. OK
 * un-ticks while the dialog is open and it closes only when that is done (issue #18); the result is the reason.
 */
public final class UntickDialog extends ReasonDialog {

    public UntickDialog(Window owner, InductionViewModel vm, InductionItem item) {
        super(owner, "induction-untick", I18n.t("induction.untick.title"), I18n.t("induction.untick.header", item.title()),
                "induction.untick.reason", (reason, saved, refused) -> vm.untick(item.id(), reason, saved, refused));
    }
}
