package uk.schoolcompliance.tracker.ui.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.FrequencyWords;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.ColumnFit;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel;
import uk.schoolcompliance.tracker.ui.policies.PolicyBadges;

/**
 * The review schedule as a table of the view model's filtered rows, sortable. The status, the title (with its ⚖
 * statutory mark) and the next due date are never cut; the other columns shrink first (their text in full on
 * hover) and, on a narrow window, are hidden lowest priority first (the term, the approving body, the frequency ...).
 * Enter or a double click completes the chosen review.
 */
final class ReviewsTable extends TableView<ReviewService.Scheduled> {

    private final TableColumn<ReviewService.Scheduled, ReviewStatus> status;
    private final TableColumn<ReviewService.Scheduled, String> policy;
    private final TableColumn<ReviewService.Scheduled, LocalDate> due;

    ReviewsTable(ReviewsViewModel vm, Consumer<ReviewService.Scheduled> complete) {
        setId("reviews-table");
        setPlaceholder(new Label(I18n.t("reviews.table.empty")));
        status = new TableColumn<>(I18n.t("reviews.col.status"));
        status.setId("reviews-col-status");
        status.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().standing().status()));
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ReviewStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                setGraphic(empty || s == null ? null : PolicyBadges.badge(PoliciesViewModel.badgeOf(s)));
            }
        });
        status.setComparator(Comparator.comparingInt(ReviewStatus::ordinal));
        List<String> badges = new ArrayList<>();
        for (ReviewStatus s : ReviewStatus.values()) {
            badges.add(PoliciesViewModel.badgeOf(s).label());
        }
        ColumnFit.keepWhole(status, badges, 40); // the badge's icon and padding
        policy = text(I18n.t("reviews.col.policy"), ReviewsTable::title, 280);
        policy.setId("reviews-col-policy");
        due = new TableColumn<>(I18n.t("reviews.col.nextDue"));
        due.setId("reviews-col-due");
        due.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().standing().nextDue()));
        due.setCellFactory(col -> dateCell());
        due.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        ColumnFit.keepWhole(due, List.of("00/00/0000"), 0);
        TableColumn<ReviewService.Scheduled, String> last = shrinking(I18n.t("reviews.col.lastReview"),
                s -> s.standing().describeLast(), 300);
        TableColumn<ReviewService.Scheduled, String> awaiting = shrinking(I18n.t("reviews.col.awaiting"),
                s -> s.standing().describeAwaiting(), 200);
        TableColumn<ReviewService.Scheduled, String> freq = shrinking(I18n.t("reviews.col.frequency"),
                s -> FrequencyWords.describe(s.policy().reviewMonths()), 115);
        TableColumn<ReviewService.Scheduled, String> meeting = shrinking(I18n.t("reviews.col.meeting"),
                s -> s.planned() == null ? "" : Dates.forPeople(s.planned().plannedMeeting()), 110);
        TableColumn<ReviewService.Scheduled, String> reviewer = shrinking(I18n.t("reviews.col.reviewer"),
                s -> s.planned() == null || s.planned().reviewer() == null ? "" : s.planned().reviewer(), 140);
        TableColumn<ReviewService.Scheduled, String> body = shrinking(I18n.t("reviews.col.approvingBody"),
                s -> s.policy().approvingBody() == null ? "" : s.policy().approvingBody(), 150);
        TableColumn<ReviewService.Scheduled, String> term = shrinking(I18n.t("reviews.col.term"),
                s -> s.term() == null ? "" : s.term().label(), 100);
        getColumns().setAll(List.of(status, policy, due, last, awaiting, freq, meeting, reviewer, body, term));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnFit.dropByPriority(this, getColumns(), List.of(term, body, freq, awaiting, reviewer, meeting));
        SortedList<ReviewService.Scheduled> sorted = new SortedList<>(vm.filteredRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        // every title in full, its ⚖ mark included: refitted when the schedule changes
        vm.filteredRows().addListener((ListChangeListener<ReviewService.Scheduled>) c ->
                ColumnFit.keepWhole(policy, ColumnFit.texts(vm.filteredRows(), ReviewsTable::title), 0));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                complete.accept(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        setRowFactory(tv -> {
            TableRow<ReviewService.Scheduled> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    complete.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /** The policy's title, with the ⚖ mark when it is statutory. */
    static String title(ReviewService.Scheduled s) {
        return s.policy().title() + (s.policy().statutory() ? "  \u2696" : "");
    }

    TableColumn<ReviewService.Scheduled, ReviewStatus> statusColumn() {
        return status;
    }

    TableColumn<ReviewService.Scheduled, String> policyColumn() {
        return policy;
    }

    TableColumn<ReviewService.Scheduled, LocalDate> dueColumn() {
        return due;
    }

    private static TableColumn<ReviewService.Scheduled, String> text(String title,
            Function<ReviewService.Scheduled, String> value, double width) {
        TableColumn<ReviewService.Scheduled, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A lower-priority column: never narrower than its header, its text in full on hover. */
    private static TableColumn<ReviewService.Scheduled, String> shrinking(String title,
            Function<ReviewService.Scheduled, String> value, double width) {
        TableColumn<ReviewService.Scheduled, String> c = text(title, value, width);
        c.setCellFactory(ColumnFit.tooltipCells());
        ColumnFit.headerWhole(c);
        return c;
    }

    private static TableCell<ReviewService.Scheduled, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d == null ? "\u2014" : Dates.forPeople(d));
            }
        };
    }
}
