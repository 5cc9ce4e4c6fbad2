package uk.schoolcompliance.tracker.ui.policies;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.FrequencyWords;
import uk.schoolcompliance.tracker.domain.LastReview;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Columns;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel.Badge;

/**
 * The chosen policy's page beside the library's table: its badges, actions, facts, acknowledgement figures,
 * versions and the history of its reviews and approvals; a hint while no policy is chosen. It follows the view
 * model's detail; what needs a dialog or the window is handed to {@link Actions}.
 */
public final class PolicyDetailPane {

    /** What the page's buttons ask of the window (dialogs, opening a document). */
    public interface Actions {
        void edit(Policy p);

        void addVersion(Policy p);

        void retire(Policy p);

        void approve(Policy p, PolicyVersion v);

        void openDocument(PolicyVersion v);

        void acknowledge(Policy p);

        void signOffSession(Policy p);
    }

    private final UiContext ctx;
    private final PoliciesViewModel vm;
    private final Actions actions;
    private final VBox box = new VBox(14);

    public PolicyDetailPane(UiContext ctx, PoliciesViewModel vm, Actions actions) {
        this.ctx = ctx;
        this.vm = vm;
        this.actions = actions;
        box.setPadding(new Insets(4, 20, 20, 20));
        box.setId("policy-detail");
        box.getStylesheets().add(PolicyBadges.stylesheet());
        vm.detailProperty().addListener((o, a, d) -> show(d));
        show(vm.detailProperty().get());
    }

    public Node node() {
        return box;
    }

    private static Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(I18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows a policy's page, or the hint when none is chosen. */
    public void show(PolicyService.Detail d) {
        if (d == null) {
            Label hint = new Label(I18n.t("policies.detail.none"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            box.getChildren().setAll(hint);
            return;
        }
        Policy p = d.policy();
        Label name = new Label(p.title());
        name.getStyleClass().add("detail-title");
        name.setWrapText(true);
        name.setId("detail-title");
        Badge badge = Badge.of(p, d.standing());
        HBox head = new HBox(10, PolicyBadges.badge(badge));
        if (p.statutory()) {
            Label s = new Label(I18n.t("policies.statutory.yes"), new FontIcon(MaterialDesignS.SCALE_BALANCE));
            s.getStyleClass().addAll("badge", "badge-statutory");
            head.getChildren().add(s);
        }
        Button edit = button("detail-edit", "policies.action.edit", MaterialDesignP.PENCIL, () -> actions.edit(p));
        Button version = button("detail-add-version", "policies.action.addVersion", MaterialDesignF.FILE_PLUS_OUTLINE,
                () -> actions.addVersion(p));
        Button retire = p.status() == PolicyStatus.RETIRED
                ? button("detail-reinstate", "policies.action.reinstate", MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE,
                () -> vm.reinstate(p.id()))
                : button("detail-retire", "policies.action.retire", MaterialDesignA.ARCHIVE_OUTLINE, () -> actions.retire(p));
        Button reviews = button("detail-reviews", "policies.action.reviews", MaterialDesignC.CALENDAR_CHECK_OUTLINE,
                () -> ctx.navigate(new Destination.ReviewOf(p.id())));
        Button signOffs = button("detail-sign-offs", "policies.action.signOffs", MaterialDesignA.ACCOUNT_CHECK_OUTLINE,
                () -> ctx.navigate(new Destination.SignOffsOf(p.id())));
        signOffs.setTooltip(new Tooltip(I18n.t("policies.action.signOffs.tip")));
        Button acknowledge = button("detail-acknowledge", "policies.action.acknowledge",
                MaterialDesignC.CHECKBOX_MARKED_OUTLINE, () -> actions.acknowledge(p));
        Button session = button("detail-sign-off", "policies.action.signOff", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE,
                () -> actions.signOffSession(p));
        acknowledge.setDisable(p.status() != PolicyStatus.ACTIVE);
        session.setDisable(p.status() != PolicyStatus.ACTIVE);
        FlowPane actionBar = new FlowPane(8, 8, edit, version, retire, reviews, signOffs, acknowledge, session);
        actionBar.setId("detail-actions");

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        facts.getStyleClass().add("facts");
        int r = 0;
        r = fact(facts, r, "policies.field.reference", p.referenceCode());
        r = fact(facts, r, "policies.field.area", p.area());
        r = fact(facts, r, "policies.field.owner", p.owner());
        r = fact(facts, r, "policies.field.approvingBody", p.approvingBody());
        r = fact(facts, r, "policies.field.audience", Policy.describeAudience(p.audience()));
        r = fact(facts, r, "policies.field.reviewFrequency", FrequencyWords.describe(p.reviewMonths()));
        r = fact(facts, r, "policies.field.lastReviewOrApproval", d.standing().describeLast());
        ((Label) facts.getChildren().get(facts.getChildren().size() - 1)).setId("detail-last-review");
        r = fact(facts, r, "policies.field.nextReviewDue", Dates.forPeople(d.standing().nextDue())
                + (p.nextReviewOverride() != null ? "  " + I18n.t("policies.detail.setByHand") : ""));
        r = fact(facts, r, "policies.field.reack", p.reackMonths() == null ? I18n.t("policies.reack.none")
                : FrequencyWords.describe(p.reackMonths()));
        fact(facts, r, "policies.field.status", p.status().label());

        VBox page = new VBox(12, name, head, actionBar, facts);
        if (d.standing().dateError()) {
            Label warn = new Label(I18n.t("policies.detail.dateError", Dates.forPeople(d.standing().nextDue()),
                    Dates.forPeople(d.standing().lastReviewed())), new FontIcon(MaterialDesignA.ALERT));
            warn.getStyleClass().add("import-warning");
            warn.setWrapText(true);
            page.getChildren().add(warn);
        }
        if (!d.standing().awaitingApproval().isEmpty()) {
            Label awaiting = new Label(I18n.t("policies.detail.awaiting", d.standing().describeAwaiting()),
                    new FontIcon(MaterialDesignC.CLOCK_OUTLINE));
            awaiting.setId("detail-awaiting");
            awaiting.getStyleClass().add("import-warning");
            awaiting.setWrapText(true);
            page.getChildren().add(awaiting);
        }
        page.getChildren().add(section("policies.detail.figures"));
        Label figures = new Label(figures(d));
        figures.setId("detail-figures");
        figures.setWrapText(true);
        page.getChildren().add(figures);
        page.getChildren().add(section("policies.detail.versions"));
        page.getChildren().add(versionsTable(d));
        page.getChildren().add(section("policies.detail.history"));
        page.getChildren().add(history(d));
        box.getChildren().setAll(page);
    }

    /** The reviews and approvals, newest first, with what is planned or awaiting approval on top. */
    private static Node history(PolicyService.Detail d) {
        VBox box = new VBox(6);
        box.setId("review-history");
        List<ReviewRules.HistoryEntry> entries = d.history();
        if (entries.isEmpty()) {
            Label none = new Label(I18n.t("policies.detail.noHistory"));
            none.setId("review-history-empty");
            box.getChildren().add(none);
        }
        for (ReviewRules.HistoryEntry e : entries) {
            Label l = new Label(historyText(e));
            l.setWrapText(true);
            l.getStyleClass().add("history-" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.getChildren().add(l);
        }
        return box;
    }

    static String historyText(ReviewRules.HistoryEntry e) {
        Review rv = e.review();
        return switch (e.kind()) {
            case PLANNED -> I18n.t("policies.detail.reviewPlanned", Dates.forPeople(rv.plannedMeeting()),
                    rv.reviewer() == null ? "" : rv.reviewer()).strip();
            case REVIEWED -> (I18n.t("policies.detail.historyReviewed", Dates.forPeople(rv.completedOn()),
                    LastReview.describe(rv, e.versionLabel()), rv.reviewer() == null ? "" : rv.reviewer(),
                    rv.notes() == null ? "" : rv.notes()).strip()
                    + (rv.nextDueSet() == null ? "" : " " + I18n.t("policies.detail.historyNextSet",
                    Dates.forPeople(rv.nextDueSet())))).strip();
            case APPROVED -> I18n.t("policies.detail.historyApproved", Dates.forPeople(e.version().approvedOn()),
                    LastReview.describe(e.version()));
            case AWAITING_APPROVAL -> I18n.t("policies.detail.historyAwaiting", e.version().label(),
                    Dates.forPeople(e.version().effectiveFrom()));
        };
    }

    private static String figures(PolicyService.Detail d) {
        if (d.current() == null) {
            return I18n.t("policies.detail.noCurrent");
        }
        Tally t = d.currentTally();
        int required = t.done() + t.outstanding();
        return I18n.t("policies.detail.figuresText", d.current().label(), t.done(), required, t.percent(),
                t.outstanding(), t.overdue(), t.absent());
    }

    private static Label section(String key) {
        Label l = new Label(I18n.t(key));
        l.getStyleClass().add("section-title");
        // a narrow detail column (125 %) wraps the heading rather than cutting it
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static int fact(GridPane g, int r, String key, String value) {
        Label k = new Label(I18n.t(key));
        k.getStyleClass().add("fact-label");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(value == null || value.isBlank() ? "\u2014" : value);
        v.setWrapText(true);
        g.add(k, 0, r);
        g.add(v, 1, r);
        return r + 1;
    }

    private Node versionsTable(PolicyService.Detail d) {
        TableView<PolicyVersion> t = new TableView<>(FXCollections.observableArrayList(d.versions()));
        t.setId("versions-table");
        t.setPlaceholder(new Label(I18n.t("policies.detail.noVersions")));
        TableColumn<PolicyVersion, String> label = new TableColumn<>(I18n.t("policies.col.version"));
        label.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().label()
                + (d.current() != null && d.current().id() == cd.getValue().id() ? " \u2605" : "")));
        TableColumn<PolicyVersion, String> eff = new TableColumn<>(I18n.t("policies.col.effective"));
        eff.setCellValueFactory(cd -> new SimpleStringProperty(Dates.forPeople(cd.getValue().effectiveFrom())));
        TableColumn<PolicyVersion, PolicyVersion> appr = new TableColumn<>(I18n.t("policies.col.approved"));
        appr.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue()));
        appr.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PolicyVersion v, boolean empty) {
                super.updateItem(v, empty);
                setTooltip(null);
                if (empty || v == null) {
                    setText(null);
                    setGraphic(null);
                } else if (v.approvedOn() != null) {
                    String text = join(v.approvedBy(), Dates.forPeople(v.approvedOn()), v.minuteRef());
                    setText(text);
                    setTooltip(new Tooltip(text));
                    setGraphic(null);
                } else {
                    Label awaiting = new Label(I18n.t("policies.versions.awaiting"));
                    awaiting.getStyleClass().add("awaiting-approval");
                    Button approve = new Button(I18n.t("policies.action.approve"));
                    approve.getStyleClass().add("small");
                    approve.setId("approve-version-" + v.label().replaceAll("[^A-Za-z0-9]", "-"));
                    approve.setOnAction(e -> actions.approve(d.policy(), v));
                    HBox box = new HBox(8, awaiting, approve);
                    box.setAlignment(Pos.CENTER_LEFT);
                    setText(null);
                    setGraphic(box);
                }
            }
        });
        appr.setPrefWidth(230);
        TableColumn<PolicyVersion, String> mat = new TableColumn<>(I18n.t("policies.col.material"));
        mat.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().material()
                ? I18n.t("policies.material.yes") : I18n.t("policies.material.no")));
        TableColumn<PolicyVersion, PolicyVersion> doc = new TableColumn<>(I18n.t("policies.col.document"));
        doc.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue()));
        doc.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PolicyVersion v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null || !v.hasDocument()) {
                    setGraphic(null);
                    setText(empty ? null : I18n.t("policies.detail.noDocument"));
                    return;
                }
                Button open = new Button(I18n.t("policies.action.open"), new FontIcon(MaterialDesignF.FILE_EYE_OUTLINE));
                open.getStyleClass().add("small");
                open.setId("open-document-" + v.label().replaceAll("[^A-Za-z0-9]", "-"));
                open.setTooltip(new Tooltip(v.fileName() + "\nSHA-256 " + v.documentSha256()));
                open.setOnAction(e -> actions.openDocument(v));
                setText(null);
                setGraphic(open);
            }
        });
        doc.setPrefWidth(110);
        t.getColumns().setAll(List.of(label, eff, appr, mat, doc));
        // the version and its dates stay whole; the approval gives way first and shows the whole of it on hover
        Columns.fits(label, d.versions().stream().map(v -> v.label() + " \u2605").toList());
        Columns.fits(eff, List.of("00/00/0000"));
        Columns.fits(mat, List.of(I18n.t("policies.material.yes"), I18n.t("policies.material.no")));
        Columns.fits(doc, List.of("\u2003\u2003 " + I18n.t("policies.action.open")));
        Columns.headerFits(appr);
        // in a narrow pane the material flag makes room (the approval holds the Approve button: it stays)
        Columns.giveWay(t, List.of(mat));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(34);
        t.setPrefHeight(38 + 34 * Math.max(2, Math.min(6, d.versions().size())));
        return t;
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }
}
