package uk.schoolcompliance.tracker.ui.reviews;

import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Forms;

/** Plans a review: the meeting that will look at the policy and who reviews it. Its {@link PlanReviewForm} decides when it may be saved. */
final class PlanReviewDialog extends Dialog<PlanReviewForm.Plan> {

    private final PlanReviewForm form;

    PlanReviewDialog(Window owner, PlanReviewForm form, Supplier<LocalDate> today) {
        this.form = form;
        initOwner(owner);
        setTitle(I18n.t("reviews.plan.title"));
        setHeaderText(I18n.t("reviews.plan.header", form.scheduled().policy().title(),
                Dates.forPeople(form.scheduled().standing().nextDue())));
        setResizable(true);
        ButtonType ok = new ButtonType(I18n.t("reviews.plan.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().setId("plan-dialog");
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        DateField meeting = DateFields.picker(form.meetingProperty().get(), today);
        meeting.setId("plan-meeting");
        form.meetingProperty().bind(meeting.valueProperty());
        form.meetingBlankProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(meeting::isBlank,
                meeting.textProperty()));
        TextField reviewer = new TextField();
        reviewer.setId("plan-reviewer");
        reviewer.setPrefColumnCount(26);
        reviewer.textProperty().bindBidirectional(form.reviewerProperty());
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(16, 16, 8, 16));
        Forms.row(g, 0, "reviews.field.meeting", meeting, 140);
        Forms.row(g, 1, "reviews.field.reviewer", reviewer, 140);
        Label problem = new Label();
        problem.setId("plan-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        g.add(problem, 1, 2);
        getDialogPane().setContent(g);
        getDialogPane().getStylesheets().add(ReviewsView.stylesheet());
        setOnShown(e -> meeting.requestFocus());
        getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not());
        DateFields.refuseInvalid(this, ok, form.problemProperty()::set, meeting);
        setResultConverter(b -> b == ok ? form.plan() : null);
    }

    PlanReviewForm form() {
        return form;
    }
}
