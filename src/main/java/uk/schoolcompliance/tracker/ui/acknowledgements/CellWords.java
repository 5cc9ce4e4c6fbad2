package uk.schoolcompliance.tracker.ui.acknowledgements;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;

/** What a heat map cell says in words (its tooltip, the screen reader's text and the page's message line). */
final class CellWords {

    private CellWords() {
    }

    /** The words for the cell of the matrix's person {@code modelRow} and policy {@code modelCol}. */
    static String describe(MatrixModel model, int modelRow, int modelCol) {
        StaffMember s = model.staff(modelRow);
        String policy = model.policy(modelCol).title();
        byte status = model.status(modelRow, modelCol);
        if (status == MatrixModel.NOT_IN_SCOPE) {
            return I18n.t("acks.cell.none", s.fullName(), policy);
        }
        Obligation o = model.obligation(modelRow, modelCol).orElse(null);
        if (o == null) {
            return I18n.t("acks.cell.none", s.fullName(), policy);
        }
        return switch (status) {
            case MatrixModel.DONE -> I18n.t("acks.cell.done", s.fullName(), policy, o.satisfiedBy() == null ? ""
                    : Dates.forPeople(o.satisfiedBy().date()));
            case MatrixModel.DUE -> I18n.t("acks.cell.due", s.fullName(), policy, o.requiredVersion().label(),
                    Dates.forPeople(o.due()));
            case MatrixModel.OVERDUE -> I18n.t("acks.cell.overdue", s.fullName(), policy, o.requiredVersion().label(),
                    Dates.forPeople(o.due()));
            default -> I18n.t("acks.cell.absent", s.fullName(), policy);
        };
    }
}
