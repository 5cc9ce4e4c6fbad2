package uk.schoolcompliance.tracker.ui.reviews;

import java.io.File;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.FrequencyWords;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.DateField;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel;
import uk.schoolcompliance.tracker.ui.policies.PolicyBadges;

/** The review schedule: a list (overdue, due soon, later) and a view by school term; plan, complete, export. */
public final class ReviewsView implements Page {

    private final UiContext ctx;
    private final ReviewsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<ReviewService.Scheduled> table = new TableView<>();
    private final VBox terms = new VBox(14);
    private Long pendingSelect;

    public ReviewsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new ReviewsViewModel(ctx);
        root.getStylesheets().add(PolicyBadges.stylesheet());
        root.setId("reviews-page");
        Label title = new Label(I18n.t("reviews.title"));
        title.getStyleClass().add("page-title");
        Label counts = new Label();
        counts.setId("reviews-counts");
        counts.getStyleClass().add("hint");
        counts.textProperty().bind(vm.countsProperty());
        HBox heading = new HBox(16, title, counts);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox top = new VBox(10, heading, toolbar(), filterBar());
        top.setPadding(new Insets(20, 24, 10, 24));
        root.setTop(top);

        buildTable();
        ScrollPane termScroll = new ScrollPane(terms);
        termScroll.setFitToWidth(true);
        terms.setPadding(new Insets(12));
        terms.setId("reviews-terms");
        Tab list = new Tab(I18n.t("reviews.tab.list"), table);
        list.setId("reviews-tab-list");
        Tab byTerm = new Tab(I18n.t("reviews.tab.terms"), termScroll);
        byTerm.setId("reviews-tab-terms");
        TabPane tabs = new TabPane(list, byTerm);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane.setMargin(tabs, new Insets(0, 24, 8, 24));
        root.setCenter(tabs);

        Label status = new Label();
        status.setId("reviews-status");
        status.getStyleClass().add("policies-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                ? vm.errorProperty().get() : vm.messageProperty().get() == null ? "" : vm.messageProperty().get(),
                vm.errorProperty(), vm.messageProperty()));
        vm.errorProperty().addListener((o, a, b) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), b != null));
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(0, 24, 10, 24));
        root.setBottom(bottom);

        vm.filteredRows().addListener((javafx.collections.ListChangeListener<ReviewService.Scheduled>) c -> {
            renderTerms();
            if (pendingSelect != null) {
                long id = pendingSelect;
                table.getItems().stream().filter(s -> s.policy().id() == id).findFirst().ifPresent(s -> {
                    pendingSelect = null;
                    table.getSelectionModel().select(s);
                    table.scrollTo(s);
                });
            }
        });
    }

    private Node toolbar() {
        Button plan = new Button(I18n.t("reviews.action.plan"), new FontIcon(MaterialDesignC.CALENDAR_EDIT));
        plan.setId("reviews-plan");
        plan.setOnAction(e -> selected().ifPresent(this::plan));
        Button complete = new Button(I18n.t("reviews.action.complete"), new FontIcon(MaterialDesignC.CALENDAR_CHECK));
        complete.setId("reviews-complete");
        complete.getStyleClass().add("accent");
        complete.setOnAction(e -> selected().ifPresent(this::complete));
        plan.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        complete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button open = new Button(I18n.t("reviews.action.openPolicy"));
        open.setId("reviews-open-policy");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> selected().ifPresent(s -> ctx.navigate(new Destination.PolicyRecord(s.policy().id()))));
        Button ics = new Button(I18n.t("reviews.action.export"), new FontIcon(MaterialDesignC.CALENDAR_EXPORT));
        ics.setId("reviews-export");
        ics.setOnAction(e -> export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, complete, plan, open, spacer, ics);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node filterBar() {
        CustomTextField search = new CustomTextField();
        search.setId("reviews-filter");
        search.setPromptText(I18n.t("reviews.filter.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(320);
        search.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<ReviewStatus> st = new ComboBox<>();
        st.setId("reviews-status-filter");
        st.getItems().add(null);
        st.getItems().addAll(ReviewStatus.values());
        StringConverter<ReviewStatus> conv = Converters.<ReviewStatus>display(s -> PoliciesViewModel.badgeOf(s).label(), I18n.t("reviews.filter.all"));
        st.setConverter(conv);
        st.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ReviewStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : conv.toString(item));
            }
        });
        st.valueProperty().bindBidirectional(vm.filterStatusProperty());
        HBox bar = new HBox(10, search, st);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void buildTable() {
        table.setId("reviews-table");
        table.setPlaceholder(new Label(I18n.t("reviews.table.empty")));
        TableColumn<ReviewService.Scheduled, ReviewStatus> status = new TableColumn<>(I18n.t("reviews.col.status"));
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
        status.setPrefWidth(120);
        TableColumn<ReviewService.Scheduled, String> policy = text(I18n.t("reviews.col.policy"),
                s -> s.policy().title() + (s.policy().statutory() ? "  \u2696" : ""), 280);
        TableColumn<ReviewService.Scheduled, LocalDate> due = new TableColumn<>(I18n.t("reviews.col.nextDue"));
        due.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().standing().nextDue()));
        due.setCellFactory(col -> dateCell());
        due.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        due.setPrefWidth(105);
        TableColumn<ReviewService.Scheduled, String> last = text(I18n.t("reviews.col.lastReview"),
                s -> s.standing().describeLast(), 300);
        TableColumn<ReviewService.Scheduled, String> awaiting = text(I18n.t("reviews.col.awaiting"),
                s -> s.standing().describeAwaiting(), 200);
        TableColumn<ReviewService.Scheduled, String> freq = text(I18n.t("reviews.col.frequency"),
                s -> FrequencyWords.describe(s.policy().reviewMonths()), 115);
        TableColumn<ReviewService.Scheduled, String> meeting = text(I18n.t("reviews.col.meeting"),
                s -> s.planned() == null ? "" : Dates.forPeople(s.planned().plannedMeeting()), 110);
        TableColumn<ReviewService.Scheduled, String> reviewer = text(I18n.t("reviews.col.reviewer"),
                s -> s.planned() == null || s.planned().reviewer() == null ? "" : s.planned().reviewer(), 140);
        TableColumn<ReviewService.Scheduled, String> body = text(I18n.t("reviews.col.approvingBody"),
                s -> s.policy().approvingBody() == null ? "" : s.policy().approvingBody(), 150);
        TableColumn<ReviewService.Scheduled, String> term = text(I18n.t("reviews.col.term"),
                s -> s.term() == null ? "" : s.term().label(), 100);
        table.getColumns().setAll(List.of(status, policy, due, last, awaiting, freq, meeting, reviewer, body, term));
        SortedList<ReviewService.Scheduled> sorted = new SortedList<>(vm.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected().ifPresent(this::complete);
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<ReviewService.Scheduled> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    complete(row.getItem());
                }
            });
            return row;
        });
    }

    private static TableColumn<ReviewService.Scheduled, String> text(String title,
            java.util.function.Function<ReviewService.Scheduled, String> value, double width) {
        TableColumn<ReviewService.Scheduled, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
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

    private void renderTerms() {
        terms.getChildren().clear();
        for (Map.Entry<String, List<ReviewService.Scheduled>> e : vm.byTerm().entrySet()) {
            Label heading = new Label(e.getKey() + "  (" + e.getValue().size() + ")");
            heading.getStyleClass().add("term-title");
            FlowPane items = new FlowPane(8, 6);
            VBox box = new VBox(8, heading);
            for (ReviewService.Scheduled s : e.getValue()) {
                LocalDate when = s.planned() != null && s.planned().plannedMeeting() != null
                        ? s.planned().plannedMeeting() : s.standing().nextDue();
                String whenText = when == null ? "" : Dates.forPeople(when) + (s.planned() != null
                        && s.planned().plannedMeeting() != null ? " " + I18n.t("reviews.term.meeting") : " " + I18n.t("reviews.term.due"));
                Label badge = PolicyBadges.badge(PoliciesViewModel.badgeOf(s.standing().status()));
                Label name = new Label(s.policy().title());
                name.setStyle("-fx-font-weight: bold;");
                Label date = new Label(whenText);
                date.getStyleClass().add("hint");
                HBox line = new HBox(10, badge, name, date);
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

    private Optional<ReviewService.Scheduled> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(16, 16, 8, 16));
        return g;
    }

    private static void row(GridPane g, int r, String key, Node field) {
        uk.schoolcompliance.tracker.ui.common.Forms.row(g, r, key, field, 140);
    }

    private void plan(ReviewService.Scheduled s) {
        Policy p = s.policy();
        ButtonType ok = new ButtonType(I18n.t("reviews.plan.save"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window());
        d.setTitle(I18n.t("reviews.plan.title"));
        d.setHeaderText(I18n.t("reviews.plan.header", p.title(), Dates.forPeople(s.standing().nextDue())));
        d.getDialogPane().setId("plan-dialog");
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        DateField meeting = DateFields.picker(s.planned() == null ? null : s.planned().plannedMeeting(), ctx::today);
        meeting.setId("plan-meeting");
        TextField reviewer = new TextField(s.planned() != null && s.planned().reviewer() != null ? s.planned().reviewer()
                : p.owner() == null ? "" : p.owner());
        reviewer.setId("plan-reviewer");
        reviewer.setPrefColumnCount(26);
        GridPane g = form();
        row(g, 0, "reviews.field.meeting", meeting);
        row(g, 1, "reviews.field.reviewer", reviewer);
        Label problem = new Label();
        problem.setId("plan-problem");
        problem.getStyleClass().add("error-text");
        g.add(problem, 1, 2);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getStylesheets().add(PolicyBadges.stylesheet());
        d.setOnShown(e -> meeting.requestFocus());
        d.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> meeting.isBlank() && reviewer.getText().isEmpty(), meeting.textProperty(), reviewer.textProperty()));
        DateFields.refuseInvalid(d, ok, problem::setText, meeting);
        if (d.showAndWait().filter(b -> b == ok).isPresent()) {
            vm.plan(p.id(), meeting.getValue(), reviewer.getText(), p.title());
        }
    }

    private void complete(ReviewService.Scheduled s) {
        CompleteReviewDialog.show(window(), s, ctx.asOf(), ctx.today())
                .ifPresent(c -> vm.complete(c, s.policy().title()));
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("reviews.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("reviews.export.filter"), "*.ics"));
        chooser.setInitialFileName("policy-reviews.ics");
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            vm.exportCalendar(f.toPath(), n -> { });
        }
    }

    public ReviewsViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public void show(Destination destination) {
        if (destination instanceof Drill d) {
            // from a dashboard figure: only the reviews it counts, then the one it names (if any)
            vm.filterTextProperty().set("");
            vm.filterStatusProperty().set(switch (d.kind()) {
                case REVIEWS_OVERDUE -> uk.schoolcompliance.tracker.domain.ReviewStatus.OVERDUE;
                case REVIEWS_DUE_SOON -> uk.schoolcompliance.tracker.domain.ReviewStatus.DUE_SOON;
                default -> null;
            });
            if (d.policyId() != null) {
                selectWhenShown(d.policyId());
            }
            return;
        }
        if (destination instanceof Destination.ReviewOf review) {
            vm.filterTextProperty().set("");
            vm.filterStatusProperty().set(null);
            selectWhenShown(review.policyId());
        }
    }

    /** Selects the policy's review now if it is listed, else when the list next changes (after loading). */
    private void selectWhenShown(long id) {
        pendingSelect = id;
        table.getItems().stream().filter(s -> s.policy().id() == id).findFirst().ifPresent(s -> {
            pendingSelect = null;
            table.getSelectionModel().select(s);
            table.scrollTo(s);
        });
    }
}
