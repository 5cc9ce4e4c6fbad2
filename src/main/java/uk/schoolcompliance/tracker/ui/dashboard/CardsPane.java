package uk.schoolcompliance.tracker.ui.dashboard;

import java.util.function.Consumer;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The dashboard's headline figures as cards: each a title, a figure, a red/amber/green word with its icon (or a
 * neutral word while the figure cannot be judged yet) and a line of detail; a click, Enter or Space opens the list
 * behind it.
 */
final class CardsPane extends FlowPane {

    private static final double CARD_TEXT_WIDTH = 214;
    private static final double CARD_HEIGHT = 176;

    private final Consumer<Destination> navigate;
    private final Runnable focusWarnings;

    CardsPane(Consumer<Destination> navigate, Runnable focusWarnings) {
        super(16, 16);
        this.navigate = navigate;
        this.focusWarnings = focusWarnings;
        setId("dashboard-cards");
        setRowValignment(VPos.TOP);
        setPrefWrapLength(1100);
        setPadding(new Insets(4, 0, 0, 0));
    }

    void show(Summary s) {
        // a figure that cannot be judged yet says so, never "On track": nothing to acknowledge, or no review dates
        Mark notStarted = Mark.none("card.state.notStarted");
        Mark noDates = Mark.none("card.state.noDates");
        String noDatesDetail = I18n.t("card.reviews.noDates", s.reviewsNoDate(), s.policiesActive());
        boolean undated = s.reviewDatesMissing();
        getChildren().setAll(
                s.ackNotStarted()
                        ? card("card-ack-percent", I18n.t("card.ack.percent"), "\u2014",
                                I18n.t("card.ack.percent.notStarted"), notStarted, Drill.of(Drill.Kind.ACKS_OUTSTANDING))
                        : card("card-ack-percent", I18n.t("card.ack.percent"), s.ackPercent() + " %",
                                I18n.t("card.ack.percent.detail", s.ackDone(), s.ackRequired()),
                                Mark.of(Rag.forPercent(s.ackPercent())), Drill.of(Drill.Kind.ACKS_OUTSTANDING)),
                card("card-ack-overdue", I18n.t("card.ack.overdue"), String.valueOf(s.ackOverdue()),
                        s.ackAbsent() > 0 ? I18n.t("card.ack.overdue.detailAbsent", s.ackOutstanding(), s.ackAbsent())
                                : I18n.t("card.ack.overdue.detail", s.ackOutstanding()),
                        s.ackNotStarted() ? notStarted : Mark.of(Rag.redIfAny(s.ackOverdue())),
                        Drill.of(Drill.Kind.ACKS_OVERDUE)),
                card("card-reviews-overdue", I18n.t("card.reviews.overdue"), String.valueOf(s.reviewsOverdue()),
                        s.reviewsOverdue() == 0 && undated ? noDatesDetail : I18n.t("card.reviews.overdue.detail"),
                        s.reviewsOverdue() == 0 && undated ? noDates : Mark.of(Rag.redIfAny(s.reviewsOverdue())),
                        Drill.of(Drill.Kind.REVIEWS_OVERDUE)),
                card("card-reviews-due-soon", I18n.t("card.reviews.dueSoon"), String.valueOf(s.reviewsDueSoon()),
                        s.reviewsDueSoon() == 0 && undated ? noDatesDetail : I18n.t("card.reviews.dueSoon.detail"),
                        s.reviewsDueSoon() == 0 && undated ? noDates : Mark.of(Rag.amberIfAny(s.reviewsDueSoon())),
                        Drill.of(Drill.Kind.REVIEWS_DUE_SOON)),
                card("card-induction", I18n.t("card.induction"), String.valueOf(s.inductionInProgress()),
                        I18n.t("card.induction.detail", s.inductionOverdueItems()),
                        Mark.of(Rag.redIfAny(s.inductionOverdueItems())),
                        Drill.of(Drill.Kind.INDUCTIONS_IN_PROGRESS)),
                card("card-staff", I18n.t("card.staff"), String.valueOf(s.staffInPost()),
                        I18n.t("card.staff.detail", s.policiesActive()), Mark.of(Rag.GREEN),
                        Drill.of(Drill.Kind.STAFF_IN_POST)),
                card("card-warnings", I18n.t("card.warnings"), String.valueOf(s.dataWarnings()),
                        I18n.t("card.warnings.detail"), Mark.of(Rag.amberIfAny(s.dataWarnings())),
                        I18n.t("dashboard.open.warnings"), focusWarnings));
    }

    /**
     * A card's status: a red/amber/green word with its icon, or (for a figure that cannot be judged yet)
     * a neutral word in grey, so a card is never green because there is nothing to count.
     */
    private record Mark(String word, String styleClass, Node icon) {
        static Mark of(Rag rag) {
            return new Mark(I18n.t(rag.wordKey()), rag.styleClass(), rag.icon());
        }

        static Mark none(String wordKey) {
            FontIcon icon = new FontIcon(MaterialDesignC.CIRCLE_OUTLINE);
            icon.getStyleClass().add("rag-none");
            return new Mark(I18n.t(wordKey), "rag-none", icon);
        }
    }

    private Node card(String id, String title, String value, String detail, Mark rag, Drill drill) {
        return card(id, title, value, detail, rag, DrillLinks.where(drill),
                () -> navigate.accept(drill));
    }

    private Node card(String id, String title, String value, String detail, Mark rag, String where, Runnable open) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("card-title");
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add("card-value");
        valueLabel.setId(id + "-value");
        Label ragWord = new Label(rag.word(), rag.icon());
        ragWord.getStyleClass().addAll("rag-word", rag.styleClass());
        ragWord.setId(id + "-status");
        Label detailLabel = new Label(detail);
        detailLabel.getStyleClass().add("card-detail");
        detailLabel.setId(id + "-detail");
        detailLabel.setWrapText(true);
        // a wrapped label inside a button's graphic needs a fixed width, or its height runs away
        detailLabel.setPrefWidth(CARD_TEXT_WIDTH);
        detailLabel.setMaxWidth(CARD_TEXT_WIDTH);
        titleLabel.setMaxWidth(CARD_TEXT_WIDTH);
        VBox box = new VBox(6, new HBox(8, titleLabel), valueLabel, ragWord, detailLabel);
        box.setPrefWidth(CARD_TEXT_WIDTH);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        Button button = new Button();
        // one height for every card: a tidy grid, and no runaway heights from wrapped text
        button.setMinHeight(CARD_HEIGHT);
        button.setPrefHeight(CARD_HEIGHT);
        button.setMaxHeight(CARD_HEIGHT);
        button.setGraphic(box);
        button.setId(id);
        button.getStyleClass().addAll("card", rag.styleClass() + "-card");
        button.setOnAction(e -> open.run());
        // a button fires on Space; Enter opens a card too (it is not the window's default button)
        button.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                button.fire();
            }
        });
        // a Button measures a graphic holding a wrapping label unreliably (cards grew hundreds of
        // pixels tall): give the detail a width and every card the same fixed size
        detailLabel.setPrefWidth(210);
        detailLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setMinSize(250, 172);
        button.setPrefSize(250, 172);
        button.setMaxSize(250, 172);
        button.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        button.setAccessibleText(title + ": " + value + ", " + rag.word());
        button.setTooltip(new Tooltip(I18n.t("dashboard.open.tip", title, where)));
        return button;
    }
}
