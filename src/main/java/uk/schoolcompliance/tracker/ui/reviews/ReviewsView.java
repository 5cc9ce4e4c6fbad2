package uk.schoolcompliance.tracker.ui.reviews;

import java.io.File;
import java.util.List;
import java.util.Optional;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.schoolcompliance.tracker.app.ReviewService;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel;
import uk.schoolcompliance.tracker.ui.policies.PolicyBadges;

/**
 * The review schedule: a list ({@link ReviewsTable}: overdue, due soon, later) and a view by school term
 * ({@link TermsPane}); plan ({@link PlanReviewDialog}), complete ({@link CompleteReviewDialog}), export.
 */
public final class ReviewsView implements Page {

    private final UiContext ctx;
    private final ReviewsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ReviewsTable table;
    private Long pendingSelect;

    public ReviewsView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new ReviewsViewModel(ctx);
        root.getStylesheets().addAll(stylesheet(), ReviewsView.class.getResource("reviews.css").toExternalForm());
        root.setId("reviews-page");
        Label title = new Label(I18n.t("reviews.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label counts = new Label();
        counts.setId("reviews-counts");
        counts.getStyleClass().add("hint");
        counts.textProperty().bind(vm.countsProperty());
        HBox heading = new HBox(16, title, counts);
        heading.setAlignment(Pos.BASELINE_LEFT);
        table = new ReviewsTable(vm, this::complete);
        VBox top = new VBox(10, heading, toolbar(), filterBar());
        top.setPadding(new Insets(20, 24, 10, 24));
        root.setTop(top);

        Tab list = new Tab(I18n.t("reviews.tab.list"), table);
        list.setId("reviews-tab-list");
        Tab byTerm = new Tab(I18n.t("reviews.tab.terms"), new TermsPane(vm));
        byTerm.setId("reviews-tab-terms");
        TabPane tabs = new TabPane(list, byTerm);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane.setMargin(tabs, new Insets(0, 24, 8, 24));
        root.setCenter(tabs);

        Label status = new Label();
        status.setId("reviews-status");
        status.getStyleClass().add("policies-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                ? vm.errorProperty().get() : vm.messageProperty().get() == null ? "" : vm.messageProperty().get(),
                vm.errorProperty(), vm.messageProperty()));
        vm.errorProperty().addListener((o, a, b) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), b != null));
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(0, 24, 10, 24));
        root.setBottom(bottom);

        vm.filteredRows().addListener((javafx.collections.ListChangeListener<ReviewService.Scheduled>) c -> {
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

    /** The stylesheet of the page and its dialogs (the status badges and the form's messages). */
    static String stylesheet() {
        return PolicyBadges.stylesheet();
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
        for (Button b : List.of(plan, complete, open, ics)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
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

    private Optional<ReviewService.Scheduled> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The dialog opens on the planned review as it stands; a save over someone else's change since is refused in it. */
    private void plan(ReviewService.Scheduled s) {
        vm.openPlan(s.policy().id(), opened -> new PlanReviewDialog(window(),
                new PlanReviewForm(new ReviewService.Scheduled(s.standing(), opened.record(), s.term())), ctx::today,
                (p, saved, refused) -> vm.plan(p.policyId(), p.meeting(), p.reviewer(), p.title(), opened, saved,
                        refused)).show());
    }

    /** Records while the dialog is open; a record over someone else's since it was opened is refused in it (#19). */
    private void complete(ReviewService.Scheduled s) {
        vm.openCompletion(s.policy().id(), opened -> new CompleteReviewDialog(window(), s, ctx.today(),
                (c, saved, refused) -> vm.complete(c, s.policy().title(), opened, saved, refused)).show());
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
