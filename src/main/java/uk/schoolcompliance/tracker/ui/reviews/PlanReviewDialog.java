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

/**
 * Plans a review: the meeting that will look at the policy and who reviews it. Its {@link PlanReviewForm} decides when
 * it may be saved. With a {@link Saver} (the reviews page) OK saves while the dialog is open and it closes only when
 * the save succeeded: a refusal (someone else planned or completed the review since it was opened, issue #19) is shown
 * under the fields, which keep what was typed.
 */
final class PlanReviewDialog extends Dialog<PlanReviewForm.Plan> {

    /** Saves the plan as entered, off the FX thread: then {@code onSaved}, or {@code onError} with the reason. */
    @FunctionalInterface
    interface Saver {
        void save(PlanReviewForm.Plan plan, Runnable onSaved, java.util.function.Consumer<String> onError);
    }

    private final PlanReviewForm form;

    PlanReviewDialog(Window owner, PlanReviewForm form, Supplier<LocalDate> today) {
        this(owner, form, today, null);
    }

    PlanReviewDialog(Window owner, PlanReviewForm form, Supplier<LocalDate> today, Saver saver) {
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
        javafx.beans.property.BooleanProperty saving = new javafx.beans.property.SimpleBooleanProperty(false);
        getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not().or(saving));
        DateFields.refuseInvalid(this, ok, form.problemProperty()::set, meeting);
        if (saver == null) {
            setResultConverter(b -> b == ok ? form.plan() : null);
            return;
        }
        getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            if (saving.get() || DateFields.refusal(meeting).isPresent()) {
                return;
            }
            saving.set(true);
            form.problemProperty().set("");
            PlanReviewForm.Plan plan = form.plan();
            saver.save(plan, () -> {
                saving.set(false);
                setResult(plan);
                close();
            }, message -> {
                saving.set(false);
                form.problemProperty().set(message == null ? "" : message);
            });
        });
        setResultConverter(b -> null);
    }

    PlanReviewForm form() {
        return form;
    }
}
