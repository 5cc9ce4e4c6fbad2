package uk.schoolcompliance.tracker.ui.induction;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ReasonDialog;

/**
 * Un-ticking an induction item asks why (the audit log keeps the reason): it cannot be saved without one. The
 * result is the reason as typed.
 */
final class UntickDialog extends ReasonDialog {

    UntickDialog(Window owner, InductionItem item) {
        super(owner, "induction-untick", I18n.t("induction.untick.title"), I18n.t("induction.untick.header", item.title()),
                "induction.untick.reason");
    }
}
