package uk.schoolcompliance.tracker.ui.reviews;

import java.time.LocalDate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.app.ReviewService;

/**
 * What the plan-a-review dialog holds (the meeting date and the reviewer, defaulting to the plan's or the policy's
 * owner) and when it may be saved: a plan needs a meeting date or a reviewer. A meeting field holding text that is
 * not a date is refused by the dialog's date field before saving.
 */
final class PlanReviewForm {

    /** What a saved plan says. */
    record Plan(long policyId, String title, LocalDate meeting, String reviewer) {
    }

    private final ReviewService.Scheduled scheduled;
    private final ObjectProperty<LocalDate> meeting = new SimpleObjectProperty<>();
    private final BooleanProperty meetingBlank = new SimpleBooleanProperty(true);
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding valid;

    PlanReviewForm(ReviewService.Scheduled s) {
        this.scheduled = s;
        if (s.planned() != null) {
            meeting.set(s.planned().plannedMeeting());
            meetingBlank.set(s.planned().plannedMeeting() == null);
        }
        reviewer.set(s.planned() != null && s.planned().reviewer() != null ? s.planned().reviewer()
                : s.policy().owner() == null ? "" : s.policy().owner());
        valid = Bindings.createBooleanBinding(() -> !(meetingBlank.get() && reviewer.get().isEmpty()),
                meetingBlank, reviewer);
    }

    ReviewService.Scheduled scheduled() {
        return scheduled;
    }

    ObjectProperty<LocalDate> meetingProperty() {
        return meeting;
    }

    /** True while the meeting field holds no text at all (text that is not a date is not blank). */
    BooleanProperty meetingBlankProperty() {
        return meetingBlank;
    }

    StringProperty reviewerProperty() {
        return reviewer;
    }

    /** Why the plan was refused (a meeting date that is not a date), shown under the fields. */
    StringProperty problemProperty() {
        return problem;
    }

    /** A plan needs a meeting date or a reviewer. */
    BooleanBinding validProperty() {
        return valid;
    }

    Plan plan() {
        return new Plan(scheduled.policy().id(), scheduled.policy().title(), meeting.get(), reviewer.get());
    }
}
