package uk.schoolcompliance.tracker.ui.dashboard;


import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Rag;

/** The dashboard: headline figures as cards, each a click through to the list behind it. */
public final class DashboardView implements Page {

    private final DashboardViewModel vm;
    private final UiContext ctx;
    private final FlowPane cards = new FlowPane(16, 16);
    private final Label heading = new Label();
    private final StackPane root;
    private final uk.schoolcompliance.tracker.ui.setup.NextStepsView nextSteps;

    public DashboardView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new DashboardViewModel(ctx);
        heading.getStyleClass().add("page-title");
        cards.setId("dashboard-cards");
        cards.setPadding(new Insets(4, 0, 0, 0));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        nextSteps = new uk.schoolcompliance.tracker.ui.setup.NextStepsView(ctx);
        VBox content = new VBox(16, heading, error, nextSteps.node(), cards);
        content.setPadding(new Insets(24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(vm.loadingProperty().and(vm.summaryProperty().isNull()));
        root = new StackPane(scroll, busy);
        root.getStyleClass().add("dashboard");
        vm.summaryProperty().addListener((o, a, s) -> render(s));
    }

    private void render(Summary s) {
        heading.setText(I18n.t("dashboard.heading", Dates.forPeople(s.asOf())));
        cards.getChildren().setAll(
                card("card-ack-percent", I18n.t("card.ack.percent"), s.ackPercent() + " %",
                        I18n.t("card.ack.percent.detail", s.ackDone(), s.ackRequired()), Rag.forPercent(s.ackPercent()),
                        Section.ACKNOWLEDGEMENTS),
                card("card-ack-overdue", I18n.t("card.ack.overdue"), String.valueOf(s.ackOverdue()),
                        I18n.t("card.ack.overdue.detail", s.ackOutstanding()), Rag.redIfAny(s.ackOverdue()),
                        Section.ACKNOWLEDGEMENTS),
                card("card-reviews-overdue", I18n.t("card.reviews.overdue"), String.valueOf(s.reviewsOverdue()),
                        I18n.t("card.reviews.overdue.detail"), Rag.redIfAny(s.reviewsOverdue()), Section.REVIEWS),
                card("card-reviews-due-soon", I18n.t("card.reviews.dueSoon"), String.valueOf(s.reviewsDueSoon()),
                        I18n.t("card.reviews.dueSoon.detail"), Rag.amberIfAny(s.reviewsDueSoon()), Section.REVIEWS),
                card("card-induction", I18n.t("card.induction"), String.valueOf(s.inductionInProgress()),
                        I18n.t("card.induction.detail", s.inductionOverdueItems()),
                        Rag.redIfAny(s.inductionOverdueItems()), Section.INDUCTION),
                card("card-staff", I18n.t("card.staff"), String.valueOf(s.staffInPost()),
                        I18n.t("card.staff.detail", s.policiesActive()), Rag.GREEN, Section.STAFF),
                card("card-warnings", I18n.t("card.warnings"), String.valueOf(s.dataWarnings()),
                        I18n.t("card.warnings.detail"), Rag.amberIfAny(s.dataWarnings()), Section.POLICIES));
    }

    private Node card(String id, String title, String value, String detail, Rag rag, Section target) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("card-title");
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add("card-value");
        valueLabel.setId(id + "-value");
        Label ragWord = new Label(I18n.t(rag.wordKey()), rag.icon());
        ragWord.getStyleClass().addAll("rag-word", rag.styleClass());
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().add("card-detail");
        detailLabel.setWrapText(true);
        VBox box = new VBox(6, new HBox(8, titleLabel), valueLabel, ragWord, detailLabel);
        Button button = new Button();
        button.setGraphic(box);
        button.setId(id);
        button.getStyleClass().addAll("card", rag.styleClass() + "-card");
        button.setOnAction(e -> ctx.navigate(target, null));
        // a Button measures a graphic holding a wrapping label unreliably (cards grew hundreds of
        // pixels tall): give the detail a width and every card the same fixed size
        detailLabel.setPrefWidth(210);
        detailLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setMinSize(250, 172);
        button.setPrefSize(250, 172);
        button.setMaxSize(250, 172);
        button.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        button.setAccessibleText(title + ": " + value + ", " + I18n.t(rag.wordKey()));
        return button;
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        vm.load();
        nextSteps.refresh();
    }

}
