package uk.schoolcompliance.tracker.ui.acknowledgements;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ReasonDialog;

/**
 * Voiding an acknowledgement asks why (it stays on record, the reason in the audit log): it cannot be voided without
 * a reason. OK voids while the dialog is open and it closes only when that is done (issue #18); the result is the
 * reason.
 */
final class VoidAcknowledgementDialog extends ReasonDialog {

    VoidAcknowledgementDialog(Window owner, AcknowledgementsViewModel vm, Obligation o) {
        super(owner, "acks-void", I18n.t("acks.void.title"),
                I18n.t("acks.void.header", o.staff().fullName(), o.policy().title()), "acks.void.reason",
                (reason, saved, refused) -> vm.voidAcknowledgement(o.satisfiedBy().id(), reason, saved, refused));
    }
}
