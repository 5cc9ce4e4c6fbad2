package uk.schoolcompliance.tracker.ui.reviews;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.LastReview;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.common.Forms;
import uk.schoolcompliance.tracker.ui.policies.PolicyBadges;
import uk.schoolcompliance.tracker.ui.policies.PolicyDialogs;

/**
 * Completing a review: the date, the outcome, its approval (approving body, defaulting to the policy's, the
 * meeting date and the minute), the reviewer and notes, and an optional next review date by hand, with the
 * date the frequency gives shown beside it and a preview of how the record will read.
 */
public final class CompleteReviewDialog extends Dialog<ReviewService.Completion> {

    /** Wide enough for the longest label ("Approved at meeting on") at 1280 × 800, never cut. */
    private static final double LABEL_WIDTH = 200;

    /**
     * What the dialog checks, without a screen (the service's rules, said before saving): a completion date, not
     * after today; an outcome; a meeting not after the review; no next date for a retired policy, and a next date
     * after the review. A date field holding text that is not a date is said under the field, not here.
     */
    public static final class Form {
        private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
        private final BooleanProperty onBlank = new SimpleBooleanProperty();
        private final ObjectProperty<ReviewOutcome> outcome = new SimpleObjectProperty<>();
        private final ObjectProperty<LocalDate> meeting = new SimpleObjectProperty<>();
        private final ObjectProperty<LocalDate> nextDue = new SimpleObjectProperty<>();
        private final StringBinding problem;
        private final BooleanBinding valid;

        public Form(LocalDate today) {
            problem = Bindings.createStringBinding(() -> {
                String why = on.get() == null && !onBlank.get() ? null // a date typed wrong: said under the field
                        : problem(on.get(), outcome.get(), meeting.get(), nextDue.get(), today);
                return why == null ? "" : why;
            }, on, onBlank, outcome, meeting, nextDue);
            valid = problem.isEmpty();
        }

        public ObjectProperty<LocalDate> onProperty() {
            return on;
        }

        /** True while nothing is typed in the completion date (text that is not a date is not blank). */
        public BooleanProperty onBlankProperty() {
            return onBlank;
        }

        public ObjectProperty<ReviewOutcome> outcomeProperty() {
            return outcome;
        }

        public ObjectProperty<LocalDate> meetingProperty() {
            return meeting;
        }

        public ObjectProperty<LocalDate> nextDueProperty() {
            return nextDue;
        }

        public StringBinding problemProperty() {
            return problem;
        }

        public BooleanBinding valid() {
            return valid;
        }
    }

    /** Records the completion as entered, off the FX thread: then {@code onSaved}, or {@code onError} with the reason. */
    @FunctionalInterface
    public interface Saver {
        void save(ReviewService.Completion entered, Runnable onSaved, java.util.function.Consumer<String> onError);
    }

    /** The result is what the person entered, ready for {@link ReviewService#complete(ReviewService.Completion)}. */
    public CompleteReviewDialog(Window owner, ReviewService.Scheduled s, LocalDate today) {
        this(owner, s, today, null);
    }

    /**
     * With a {@link Saver} (the reviews page) OK records the review while the dialog is open and it closes only when
     * that succeeded: a refusal (someone else recorded or changed the review since it was opened, issue #19) is shown
     * in the dialog, which keeps what was entered.
     */
    public CompleteReviewDialog(Window owner, ReviewService.Scheduled s, LocalDate today, Saver saver) {
        Policy p = s.policy();
        ButtonType ok = new ButtonType(I18n.t("reviews.complete.save"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ReviewService.Completion> d = this;
        d.initOwner(owner);
        d.setTitle(I18n.t("reviews.complete.title"));
        d.setHeaderText(I18n.t("reviews.complete.header", p.title()));
        d.setResizable(true);
        d.getDialogPane().setId("complete-dialog");
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        // the day it was done: today unless the review is being recorded late
        DateField on = DateFields.picker(today, () -> today);
        on.setId("complete-on");
        ComboBox<ReviewOutcome> outcome = new ComboBox<>(FXCollections.observableArrayList(ReviewOutcome.values()));
        outcome.setId("complete-outcome");
        outcome.setPromptText(I18n.t("reviews.field.outcome.prompt"));
        ComboBox<String> approvedBy = PolicyDialogs.editableCombo("complete-approved-by", PolicyDialogs.BODIES,
                p.approvingBody());
        DateField meeting = DateFields.picker(null, () -> today);
        meeting.setId("complete-meeting");
        TextField minute = new TextField();
        minute.setId("complete-minute");
        minute.setPrefColumnCount(20);
        DateField nextDue = DateFields.picker(null, () -> today);
        nextDue.setId("complete-next-due");
        TextField reviewer = new TextField(s.planned() != null && s.planned().reviewer() != null ? s.planned().reviewer() : "");
        reviewer.setId("complete-reviewer");
        TextArea notes = new TextArea();
        notes.setId("complete-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);

        Label next = hint("complete-next");
        next.textProperty().bind(Bindings.createStringBinding(() -> {
            LocalDate computed = ReviewService.nextDueAfter(p, on.getValue());
            // the computed default, shown in the empty field too
            nextDue.setPromptText(computed == null ? "dd/mm/yyyy" : Dates.forPeople(computed));
            if (outcome.getValue() == ReviewOutcome.RETIRED) {
                return I18n.t("reviews.complete.willRetire");
            }
            String text = nextDue.getValue() != null
                    ? computed == null ? I18n.t("reviews.complete.nextByHandLive", Dates.forPeople(nextDue.getValue()))
                    : I18n.t("reviews.complete.nextByHand", Dates.forPeople(nextDue.getValue()), Dates.forPeople(computed))
                    : computed == null ? I18n.t("reviews.complete.noNext")
                    : I18n.t("reviews.complete.next", Dates.forPeople(computed));
            if (outcome.getValue() == ReviewOutcome.NEW_VERSION) {
                text += " " + I18n.t("reviews.complete.addVersion");
            }
            return text;
        }, on.valueProperty(), outcome.valueProperty(), nextDue.valueProperty()));
        Label preview = hint("complete-preview");
        preview.textProperty().bind(Bindings.createStringBinding(() -> {
            if (on.getValue() == null || outcome.getValue() == null) {
                return "";
            }
            Review r = new Review(0, p.id(), null, null, null, on.getValue(), outcome.getValue(), null,
                    PolicyDialogs.comboText(approvedBy) != null ? PolicyDialogs.comboText(approvedBy) : p.approvingBody(),
                    meeting.getValue(), minute.getText().isBlank() ? null : minute.getText().strip(), null, null);
            return I18n.t("reviews.complete.preview", new LastReview(on.getValue(), r, null, null).describe());
        }, on.valueProperty(), outcome.valueProperty(), approvedBy.valueProperty(), approvedBy.getEditor().textProperty(),
                meeting.valueProperty(), minute.textProperty()));
        Label problem = new Label();
        problem.setId("complete-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(16, 16, 8, 16));
        int r = 0;
        r = Forms.row(g, r, "reviews.field.completedOn", on, LABEL_WIDTH);
        r = Forms.row(g, r, "reviews.field.outcome", outcome, LABEL_WIDTH);
        r = Forms.row(g, r, "reviews.field.approvedBy", approvedBy, LABEL_WIDTH);
        r = Forms.row(g, r, "reviews.field.approvalMeeting", meeting, LABEL_WIDTH);
        r = Forms.row(g, r, "reviews.field.minute", minute, LABEL_WIDTH);
        r = Forms.row(g, r, "reviews.field.nextDue", nextDue, LABEL_WIDTH);
        r = Forms.row(g, r, "reviews.field.reviewer", reviewer, LABEL_WIDTH);
        r = Forms.row(g, r, "reviews.field.notes", notes, LABEL_WIDTH);
        g.add(next, 1, r++);
        g.add(preview, 1, r++);
        g.add(problem, 1, r);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getStylesheets().add(PolicyBadges.stylesheet());
        d.setOnShown(e -> outcome.requestFocus());
        Form form = new Form(today);
        form.onProperty().bind(on.valueProperty());
        form.onBlankProperty().bind(Bindings.createBooleanBinding(on::isBlank, on.textProperty(), on.valueProperty()));
        form.outcomeProperty().bind(outcome.valueProperty());
        form.meetingProperty().bind(meeting.valueProperty());
        form.nextDueProperty().bind(nextDue.valueProperty());
        javafx.beans.property.BooleanProperty saving = new javafx.beans.property.SimpleBooleanProperty(false);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(form.valid().not().or(saving));
        // a text that is not a date is refused on OK with the field's own message, until a date's text changes
        StringProperty refusal = new SimpleStringProperty("");
        for (DateField f : List.of(on, meeting, nextDue)) {
            f.textProperty().addListener((o, a, b) -> refusal.set(""));
        }
        // what the service said when the record was refused (kept until the next try)
        StringProperty saveError = new SimpleStringProperty("");
        problem.textProperty().bind(Bindings.createStringBinding(() -> !refusal.get().isEmpty() ? refusal.get()
                : !saveError.get().isEmpty() ? saveError.get() : form.problemProperty().get(),
                refusal, saveError, form.problemProperty()));
        DateFields.refuseInvalid(d, ok, refusal::set, on, meeting, nextDue);
        java.util.function.Supplier<ReviewService.Completion> entered = () -> new ReviewService.Completion(p.id(),
                on.getValue(), outcome.getValue(), PolicyDialogs.comboText(approvedBy), meeting.getValue(),
                minute.getText(), nextDue.getValue(), notes.getText(), reviewer.getText());
        if (saver == null) {
            d.setResultConverter(bt -> bt != ok ? null : entered.get());
            return;
        }
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            if (saving.get() || DateFields.refusal(on, meeting, nextDue).isPresent()) {
                return;
            }
            saving.set(true);
            saveError.set("");
            ReviewService.Completion c = entered.get();
            saver.save(c, () -> {
                saving.set(false);
                d.setResult(c);
                d.close();
            }, message -> {
                saving.set(false);
                saveError.set(message == null ? "" : message);
            });
        });
        d.setResultConverter(bt -> null);
    }

    /** Why the entries cannot be saved yet (the service's rules, said before saving), or null. */
    static String problem(LocalDate on, ReviewOutcome outcome, LocalDate meeting, LocalDate nextDue, LocalDate today) {
        if (on == null) {
            return I18n.t("reviews.problem.date");
        }
        if (on.isAfter(today)) {
            return I18n.t("reviews.problem.future");
        }
        if (outcome == null) {
            return I18n.t("reviews.problem.outcome");
        }
        if (meeting != null && meeting.isAfter(on)) {
            return I18n.t("reviews.problem.meetingAfter");
        }
        if (nextDue != null && outcome == ReviewOutcome.RETIRED) {
            return I18n.t("reviews.problem.retiredNext");
        }
        if (nextDue != null && !nextDue.isAfter(on)) {
            return I18n.t("reviews.problem.nextDue");
        }
        return null;
    }

    private static Label hint(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(460);
        l.getStyleClass().add("hint");
        return l;
    }
}
