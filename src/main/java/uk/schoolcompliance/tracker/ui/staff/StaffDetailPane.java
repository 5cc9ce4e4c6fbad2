package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Columns;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * The chosen person's page beside the register: name and standing, details, actions, induction progress, the
 * policies they still have to acknowledge, and what they have acknowledged; a hint while nobody is chosen. It
 * follows the view model's detail; what needs a dialog is handed to {@link Actions}.
 */
public final class StaffDetailPane {

    /** What the page's buttons ask of the window. */
    public interface Actions {
        void edit();

        void acknowledge(StaffMember s);
    }

    private final UiContext ctx;
    private final Actions actions;
    private final VBox box = new VBox(14);

    public StaffDetailPane(UiContext ctx, StaffViewModel vm, Actions actions) {
        this.ctx = ctx;
        this.actions = actions;
        box.setPadding(new Insets(16));
        box.setId("staff-detail");
        box.getStylesheets().add(StaffDetailPane.class.getResource("staff.css").toExternalForm());
        vm.detailProperty().addListener((o, a, d) -> show(d));
        show(vm.detailProperty().get());
    }

    public Node node() {
        return box;
    }

    /** Shows a person's page, or the hint when nobody is chosen. */
    public void show(StaffViewModel.Detail d) {
        if (d == null) {
            box.getChildren().setAll(muted(I18n.t("staff.detail.none")));
            return;
        }
        StaffMember s = d.staff();
        Label name = new Label(s.fullName());
        name.getStyleClass().add("detail-name");
        name.setId("staff-detail-name");
        name.setWrapText(true);
        Label sub = muted((s.jobTitle() == null ? "" : s.jobTitle() + " \u00b7 ") + s.category().label() + " \u00b7 "
                + StaffWords.status(s, ctx.asOf()));
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(4);
        int r = 0;
        r = fact(facts, r, "staff.form.email", nz(s.email()).isEmpty() ? I18n.t("staff.detail.noEmail") : s.email());
        r = fact(facts, r, "staff.form.ref", nz(s.staffRef()).isEmpty() ? "\u2014" : s.staffRef());
        r = fact(facts, r, "staff.form.start", Dates.forPeople(s.startDate()));
        r = fact(facts, r, "staff.form.leave", s.leaveDate() == null ? "\u2014" : Dates.forPeople(s.leaveDate()));
        if (s.absenceFrom() != null) {
            fact(facts, r, "staff.form.absence", Dates.forPeople(s.absenceFrom()) + " \u2013 "
                    + (s.absenceTo() == null ? I18n.t("staff.detail.openEnded") : Dates.forPeople(s.absenceTo())));
        }
        Button edit = new Button(I18n.t("staff.action.edit"), new FontIcon(MaterialDesignA.ACCOUNT_EDIT_OUTLINE));
        edit.setId("staff-detail-edit");
        edit.setOnAction(e -> actions.edit());
        Button induction = new Button(I18n.t("staff.action.induction"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        induction.setId("staff-detail-induction");
        induction.setOnAction(e -> ctx.navigate(new Destination.InductionOf(s.id())));
        Button acknowledge = new Button(I18n.t("staff.action.acknowledge"),
                new FontIcon(MaterialDesignC.CHECKBOX_MARKED_OUTLINE));
        acknowledge.setId("staff-acknowledge");
        acknowledge.setDisable(!s.inPostOn(ctx.asOf()));
        // showAndTell: a recording dated after the as-of date says so (this page's gaps are as of that date)
        acknowledge.setOnAction(e -> actions.acknowledge(s));
        for (Button b : List.of(edit, induction, acknowledge)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // wraps onto a second row in a narrow pane instead of cutting the labels to "…"
        FlowPane buttons = new FlowPane(8, 8, edit, induction, acknowledge);
        box.getChildren().setAll(new VBox(2, name, sub), facts, buttons, inductionSection(d), gapsSection(d),
                acksSection(d));
    }

    private Node inductionSection(StaffViewModel.Detail d) {
        InductionService.Checklist c = d.induction();
        Label title = sectionTitle(I18n.t("staff.detail.induction"));
        if (c.lines().isEmpty()) {
            return new VBox(6, title, muted(I18n.t("staff.detail.induction.none")));
        }
        long done = c.done();
        ProgressBar bar = new ProgressBar((double) done / c.lines().size());
        bar.setPrefWidth(160);
        bar.setMinWidth(100);
        bar.setId("staff-detail-induction-progress");
        long overdue = c.lines().stream().filter(InductionService.ChecklistLine::overdue).count();
        Label text = new Label(I18n.t("staff.detail.induction.progress", done, c.lines().size()));
        text.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, bar, text);
        line.setAlignment(Pos.CENTER_LEFT);
        if (overdue > 0) {
            Label o = new Label(I18n.t("staff.detail.induction.overdue", overdue), Rag.RED.icon());
            o.getStyleClass().addAll("rag-word", Rag.RED.styleClass());
            o.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(o);
        }
        VBox items = new VBox(4);
        for (InductionService.ChecklistLine l : c.lines()) {
            String when = l.doneOn() != null ? I18n.t("staff.detail.item.done", Dates.forPeople(l.doneOn()))
                    : I18n.t("staff.detail.item.due", Dates.forPeople(l.item().dueDate()));
            Node icon = l.doneOn() != null ? Rag.GREEN.icon() : l.overdue() ? Rag.RED.icon()
                    : new FontIcon(MaterialDesignC.CHECKBOX_BLANK_OUTLINE);
            items.getChildren().add(twoLine(icon, l.item().title(), when, l.overdue() ? Rag.RED : null));
        }
        return new VBox(6, title, line, items);
    }

    private Node gapsSection(StaffViewModel.Detail d) {
        Label title = sectionTitle(I18n.t("staff.detail.gaps", d.gaps().size()));
        if (d.gaps().isEmpty()) {
            Label ok = new Label(I18n.t("staff.detail.gaps.none"), Rag.GREEN.icon());
            return new VBox(6, title, ok);
        }
        VBox list = new VBox(2);
        list.setId("staff-detail-gaps");
        for (Obligation o : d.gaps()) {
            Rag rag = o.status() == ObligationStatus.OVERDUE ? Rag.RED : o.status() == ObligationStatus.DUE ? Rag.AMBER : null;
            String state = o.status() == ObligationStatus.ABSENT ? I18n.t("staff.detail.gap.absent")
                    : o.status() == ObligationStatus.OVERDUE
                            ? I18n.t("staff.detail.gap.overdue", Dates.forPeople(o.due()),
                                    ChronoUnit.DAYS.between(o.due(), d.asOf()))
                            : I18n.t("staff.detail.gap.due", Dates.forPeople(o.due()));
            list.getChildren().add(twoLine(rag == null ? new FontIcon(MaterialDesignC.CLOCK_OUTLINE) : rag.icon(),
                    o.policy().title() + " (" + o.requiredVersion().label() + ")", state, rag));
        }
        return new VBox(6, title, list);
    }

    private Node acksSection(StaffViewModel.Detail d) {
        Label title = sectionTitle(I18n.t("staff.detail.acks", d.acknowledgements().stream().filter(a -> !a.voided()).count()));
        if (d.acknowledgements().isEmpty()) {
            return new VBox(6, title, muted(I18n.t("staff.detail.acks.none")));
        }
        TableView<StaffViewModel.AckLine> t = new TableView<>();
        t.setId("staff-detail-acks");
        TableColumn<StaffViewModel.AckLine, String> policy = new TableColumn<>(I18n.t("staff.ack.col.policy"));
        policy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().policy()
                + (c.getValue().voided() ? " " + I18n.t("staff.ack.voided") : "")));
        policy.setPrefWidth(220);
        TableColumn<StaffViewModel.AckLine, String> version = new TableColumn<>(I18n.t("staff.ack.col.version"));
        version.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().version()));
        version.setPrefWidth(60);
        TableColumn<StaffViewModel.AckLine, LocalDate> date = new TableColumn<>(I18n.t("staff.ack.col.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> StaffTablePane.dateCell());
        date.setPrefWidth(95);
        TableColumn<StaffViewModel.AckLine, String> method = new TableColumn<>(I18n.t("staff.ack.col.method"));
        method.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().method()));
        method.setPrefWidth(140);
        t.getColumns().addAll(List.of(policy, version, date, method));
        // the version, date and method stay whole; a long policy title gives way and shows in full on hover
        policy.setCellFactory(c -> Columns.withTooltip());
        Columns.headerFits(policy);
        Columns.fits(version, d.acknowledgements().stream().map(StaffViewModel.AckLine::version).toList());
        Columns.fits(date, List.of("00/00/0000"));
        Columns.fits(method, d.acknowledgements().stream().map(StaffViewModel.AckLine::method).toList());
        t.getItems().setAll(d.acknowledgements());
        for (TableColumn<StaffViewModel.AckLine, ?> c : List.of(version, date, method)) {
            c.setMaxWidth(c.getMinWidth() + 24);
        }
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Columns.giveWay(t, List.of(method, version));
        t.setFixedCellSize(28);
        t.setPrefHeight(Math.min(10, d.acknowledgements().size()) * 28 + 34);
        return new VBox(6, title, t);
    }

    /** An icon, a wrapping first line and a muted second line (coloured when overdue or due). */
    private static Node twoLine(Node icon, String text, String sub, Rag rag) {
        Label main = new Label(text);
        main.setWrapText(true);
        Label second = new Label(sub);
        second.setWrapText(true);
        second.getStyleClass().add("item-sub");
        if (rag != null) {
            main.getStyleClass().add(rag.styleClass());
            second.getStyleClass().add(rag.styleClass());
        } else {
            second.getStyleClass().add("muted");
        }
        VBox texts = new VBox(0, main, second);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(8, icon, texts);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private int fact(GridPane g, int row, String key, String value) {
        Label k = new Label(I18n.t(key).replace("_", ""));
        k.getStyleClass().add("muted");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        g.addRow(row, k, v);
        return row + 1;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
