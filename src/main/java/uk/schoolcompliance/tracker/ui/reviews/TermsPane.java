package uk.schoolcompliance.tracker.ui.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel;
import uk.schoolcompliance.tracker.ui.policies.PolicyBadges;

/**
 * The review schedule by school term: a heading per term with its count, and for each review its status badge,
 * the policy's title (wrapping, never cut) and the planned meeting or due date.
 */
final class TermsPane extends ScrollPane {

    private final ReviewsViewModel vm;
    private final VBox terms = new VBox(14);

    TermsPane(ReviewsViewModel vm) {
        this.vm = vm;
        getStylesheets().addAll(ReviewsView.stylesheet(), ReviewsView.class.getResource("reviews.css").toExternalForm());
        setFitToWidth(true);
        terms.setPadding(new Insets(12));
        terms.setId("reviews-terms");
        setContent(terms);
        vm.filteredRows().addListener((ListChangeListener<ReviewService.Scheduled>) c -> render());
        render();
    }

    private void render() {
        terms.getChildren().clear();
        for (Map.Entry<String, List<ReviewService.Scheduled>> e : vm.byTerm().entrySet()) {
            Label heading = new Label(e.getKey() + "  (" + e.getValue().size() + ")");
            heading.getStyleClass().add("term-title");
            VBox box = new VBox(8, heading);
            for (ReviewService.Scheduled s : e.getValue()) {
                LocalDate when = s.planned() != null && s.planned().plannedMeeting() != null
                        ? s.planned().plannedMeeting() : s.standing().nextDue();
                String whenText = when == null ? "" : Dates.forPeople(when) + (s.planned() != null
                        && s.planned().plannedMeeting() != null ? " " + I18n.t("reviews.term.meeting") : " " + I18n.t("reviews.term.due"));
                Label badge = PolicyBadges.badge(PoliciesViewModel.badgeOf(s.standing().status()));
                badge.setMinWidth(Region.USE_PREF_SIZE);
                Label name = new Label(ReviewsTable.title(s));
                name.getStyleClass().add("term-policy");
                name.setWrapText(true);
                Label date = new Label(whenText);
                date.getStyleClass().add("hint");
                date.setMinWidth(Region.USE_PREF_SIZE);
                HBox line = new HBox(10, badge, name, date);
                HBox.setHgrow(name, Priority.SOMETIMES);
                line.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(line);
            }
            box.getStyleClass().add("term-box");
            terms.getChildren().add(box);
        }
        if (terms.getChildren().isEmpty()) {
            terms.getChildren().add(new Label(I18n.t("reviews.table.empty")));
        }
    }

    VBox terms() {
        return terms;
    }
}
