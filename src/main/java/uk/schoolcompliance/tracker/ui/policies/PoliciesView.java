package uk.schoolcompliance.tracker.ui.policies;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.ui.common.Converters;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.LastReview;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.domain.FrequencyWords;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel.Badge;
import uk.schoolcompliance.tracker.ui.policies.PoliciesViewModel.Row;

/** The policy library: a filterable table of policies and the selected policy's page beside it. */
public final class PoliciesView implements Page {

    private final UiContext ctx;
    private final PoliciesViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final VBox detailBox = new VBox(14);
    private final Label status = new Label();

    public PoliciesView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new PoliciesViewModel(ctx);
        root.getStylesheets().add(PoliciesView.class.getResource("policies.css").toExternalForm());
        root.getStyleClass().add("policies-page");
        root.setId("policies-page");

        Label title = new Label(I18n.t("policies.title"));
        title.getStyleClass().add("page-title");
        VBox top = new VBox(10, title, toolbar(), filterBar());
        top.setPadding(new Insets(20, 24, 10, 24));
        root.setTop(top);

        buildTable();
        detailBox.setPadding(new Insets(4, 20, 20, 20));
        detailBox.setId("policy-detail");
        ScrollPane detailScroll = new ScrollPane(detailBox);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("edge-to-edge");
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        detailScroll.setMinWidth(360);
        SplitPane.setResizableWithParent(detailScroll, false);
        BorderPane.setMargin(split, new Insets(0, 24, 12, 24));
        root.setCenter(split);

        status.setId("policies-status");
        status.getStyleClass().add("policies-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.errorProperty().get() != null ? vm.errorProperty().get()
                        : vm.messageProperty().get() == null ? "" : vm.messageProperty().get(),
                vm.errorProperty(), vm.messageProperty()));
        vm.errorProperty().addListener((o, a, b) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), b != null));
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(0, 24, 10, 24));
        root.setBottom(bottom);

        vm.detailProperty().addListener((o, a, d) -> renderDetail(d));
        renderDetail(null);
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> {
            Long id = pendingSelect != null ? pendingSelect : vm.selectedId();
            pendingSelect = null;
            if (id != null) {
                vm.rows().stream().filter(r -> r.policy().id() == id).findFirst().ifPresent(this::selectRow);
            }
        });
    }

    private Node toolbar() {
        Button add = button("policies-add", "policies.action.add", MaterialDesignP.PLUS, this::addPolicy);
        add.getStyleClass().add("accent");
        Button catalogue = button("policies-catalogue", "policies.action.catalogue", MaterialDesignB.BOOK_OPEN_VARIANT,
                this::catalogue);
        Button importDoc = button("policies-import-document", "policies.action.importDocument",
                MaterialDesignF.FILE_IMPORT_OUTLINE, this::importDocument);
        Button importSchedule = button("policies-import-schedule", "policies.action.importSchedule",
                MaterialDesignT.TABLE_ARROW_LEFT, this::importSchedule);
        add.setTooltip(new Tooltip(I18n.t("policies.action.add.tip")));
        HBox bar = new HBox(8, add, catalogue, importDoc, importSchedule);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(I18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node filterBar() {
        CustomTextField search = new CustomTextField();
        search.setId("policies-filter");
        search.setPromptText(I18n.t("policies.filter.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(320);
        search.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<Badge> badge = new ComboBox<>();
        badge.setId("policies-badge-filter");
        badge.getItems().add(null);
        badge.getItems().addAll(Badge.values());
        badge.setConverter(Converters.<Badge>display(b -> b.label(), I18n.t("policies.filter.all")));
        badge.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Badge item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : badge.getConverter().toString(item));
            }
        });
        badge.valueProperty().bindBidirectional(vm.filterBadgeProperty());
        Label count = new Label();
        count.setId("policies-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> I18n.t("policies.filter.count", vm.filteredRows().size(), vm.rows().size()),
                vm.filteredRows(), vm.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, search, badge, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void buildTable() {
        table.setId("policies-table");
        table.setPlaceholder(new Label(I18n.t("policies.table.empty")));
        TableColumn<Row, Badge> badge = new TableColumn<>(I18n.t("policies.col.status"));
        badge.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().badge()));
        badge.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Badge b, boolean empty) {
                super.updateItem(b, empty);
                if (empty || b == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    setText(null);
                    setGraphic(badgeLabel(b));
                }
            }
        });
        badge.setComparator(Comparator.comparingInt(Badge::ordinal));
        badge.setPrefWidth(110);
        TableColumn<Row, String> name = new TableColumn<>(I18n.t("policies.col.titleStatutory"));
        name.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().title()
                + (cd.getValue().policy().statutory() ? "  \u2696" : "")));
        name.setPrefWidth(290);
        TableColumn<Row, String> owner = new TableColumn<>(I18n.t("policies.col.owner"));
        owner.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().policy().owner()));
        owner.setPrefWidth(120);
        TableColumn<Row, String> body = new TableColumn<>(I18n.t("policies.col.approvingBody"));
        body.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().policy().approvingBody()));
        body.setPrefWidth(130);
        TableColumn<Row, java.time.LocalDate> next = new TableColumn<>(I18n.t("policies.col.nextReview"));
        next.setCellValueFactory(cd -> new SimpleObjectProperty<>(cd.getValue().standing().nextDue()));
        next.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d == null ? "\u2014" : Dates.forPeople(d));
            }
        });
        next.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        next.setPrefWidth(110);
        table.getColumns().setAll(List.of(badge, name, owner, body, next));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        badge.setMinWidth(105);
        name.setMinWidth(180);
        next.setMinWidth(95);
        SortedList<Row> sorted = new SortedList<>(vm.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.select(row.policy().id());
            }
        });
        table.setOnKeyPressed(e -> {
            Row r = table.getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                editPolicy(r.policy());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                retire(r.policy());
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Row> row = new javafx.scene.control.TableRow<>();
            MenuItem edit = new MenuItem(I18n.t("policies.action.edit"));
            edit.setOnAction(e -> editPolicy(row.getItem().policy()));
            MenuItem version = new MenuItem(I18n.t("policies.action.addVersion"));
            version.setOnAction(e -> addVersion(row.getItem().policy()));
            MenuItem retire = new MenuItem(I18n.t("policies.action.retire"));
            retire.setOnAction(e -> retire(row.getItem().policy()));
            ContextMenu menu = new ContextMenu(edit, version, retire);
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editPolicy(row.getItem().policy());
                }
            });
            return row;
        });
    }

    static Label badgeLabel(Badge b) {
        FontIcon icon = new FontIcon(switch (b) {
            case OVERDUE -> MaterialDesignA.ALERT_OCTAGON;
            case DUE_SOON -> MaterialDesignA.ALERT;
            case IN_DATE -> MaterialDesignC.CHECK_CIRCLE;
            case NO_DATE -> MaterialDesignC.CALENDAR_REMOVE_OUTLINE;
            case DRAFT -> MaterialDesignP.PENCIL_OUTLINE;
            case RETIRED -> MaterialDesignA.ARCHIVE_OUTLINE;
        });
        Label l = new Label(b.label(), icon);
        l.getStyleClass().addAll("badge", "badge-" + b.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return l;
    }

    // ---------------------------------------------------------------- the policy page

    private void renderDetail(PolicyService.Detail d) {
        if (d == null) {
            Label hint = new Label(I18n.t("policies.detail.none"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            detailBox.getChildren().setAll(hint);
            return;
        }
        Policy p = d.policy();
        Label name = new Label(p.title());
        name.getStyleClass().add("detail-title");
        name.setWrapText(true);
        name.setId("detail-title");
        Badge badge = Badge.of(p, d.standing());
        HBox head = new HBox(10, badgeLabel(badge));
        if (p.statutory()) {
            Label s = new Label(I18n.t("policies.statutory.yes"), new FontIcon(MaterialDesignS_SCALE));
            s.getStyleClass().addAll("badge", "badge-statutory");
            head.getChildren().add(s);
        }
        Button edit = button("detail-edit", "policies.action.edit", MaterialDesignP.PENCIL, () -> editPolicy(p));
        Button version = button("detail-add-version", "policies.action.addVersion", MaterialDesignF.FILE_PLUS_OUTLINE,
                () -> addVersion(p));
        Button retire = p.status() == PolicyStatus.RETIRED
                ? button("detail-reinstate", "policies.action.reinstate", MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE,
                () -> vm.reinstate(p.id()))
                : button("detail-retire", "policies.action.retire", MaterialDesignA.ARCHIVE_OUTLINE, () -> retire(p));
        Button reviews = button("detail-reviews", "policies.action.reviews", MaterialDesignC.CALENDAR_CHECK_OUTLINE,
                () -> ctx.navigate(new Destination.ReviewOf(p.id())));
        Button acknowledge = button("detail-acknowledge", "policies.action.acknowledge",
                MaterialDesignC.CHECKBOX_MARKED_OUTLINE, () -> uk.schoolcompliance.tracker.ui.acknowledgements
                        .RecordAcknowledgementDialog.showAndTell(ctx, window(), null, p.id())
                        .ifPresent(n -> vm.messageProperty().set(n.text())));
        Button session = button("detail-sign-off", "policies.action.signOff", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE,
                () -> uk.schoolcompliance.tracker.ui.acknowledgements.SignOffSessionDialog.showAndTell(ctx, window(), p.id())
                        .ifPresent(n -> vm.messageProperty().set(n.text())));
        acknowledge.setDisable(p.status() != PolicyStatus.ACTIVE);
        session.setDisable(p.status() != PolicyStatus.ACTIVE);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, edit, version, retire, reviews,
                acknowledge, session);

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

        VBox page = new VBox(12, name, head, actions, facts);
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
        detailBox.getChildren().setAll(page);
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

    private static final org.kordamp.ikonli.Ikon MaterialDesignS_SCALE = org.kordamp.ikonli.materialdesign2.MaterialDesignS.SCALE_BALANCE;

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
        return l;
    }

    private static int fact(GridPane g, int r, String key, String value) {
        Label k = new Label(I18n.t(key));
        k.getStyleClass().add("fact-label");
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
                if (empty || v == null) {
                    setText(null);
                    setGraphic(null);
                } else if (v.approvedOn() != null) {
                    setText(join(v.approvedBy(), Dates.forPeople(v.approvedOn()), v.minuteRef()));
                    setGraphic(null);
                } else {
                    Label awaiting = new Label(I18n.t("policies.versions.awaiting"));
                    awaiting.getStyleClass().add("awaiting-approval");
                    Button approve = new Button(I18n.t("policies.action.approve"));
                    approve.getStyleClass().add("small");
                    approve.setId("approve-version-" + v.label().replaceAll("[^A-Za-z0-9]", "-"));
                    approve.setOnAction(e -> approveVersion(d.policy(), v));
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
                open.setOnAction(e -> vm.openDocument(v.id(), PoliciesView.this::showInViewer));
                setText(null);
                setGraphic(open);
            }
        });
        doc.setPrefWidth(110);
        t.getColumns().setAll(List.of(label, eff, appr, mat, doc));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(34);
        t.setPrefHeight(38 + 34 * Math.max(2, Math.min(6, d.versions().size())));
        return t;
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }

    /** Opens a temporary copy in the system's viewer; says where the copy is when there is no desktop. */
    private void showInViewer(Path file) {
        boolean opened = false;
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Path f = file;
                Thread t = new Thread(() -> {
                    try {
                        Desktop.getDesktop().open(f.toFile());
                    } catch (Exception ignored) {
                        // reported through the status line below
                    }
                }, "open-document");
                t.setDaemon(true);
                t.start();
                opened = true;
            }
        } catch (RuntimeException | LinkageError e) {
            opened = false;
        }
        vm.messageProperty().set(I18n.t(opened ? "policies.msg.opened" : "policies.msg.savedCopy", file));
    }

    // ---------------------------------------------------------------- actions

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void addPolicy() {
        PolicyDialogs.policy(window(), null, ctx::today).ifPresent(vm::save);
    }

    private void editPolicy(Policy p) {
        PolicyDialogs.policy(window(), p, ctx::today).ifPresent(vm::save);
    }

    private void retire(Policy p) {
        if (p.status() == PolicyStatus.RETIRED) {
            return;
        }
        if (Dialogs.confirm(window(), I18n.t("policies.retire.header", p.title()), I18n.t("policies.retire.text"))) {
            vm.retire(p.id());
        }
    }

    private void addVersion(Policy p) {
        PolicyService.Detail d = vm.detailProperty().get();
        List<PolicyVersion> versions = d != null && d.policy().id() == p.id() ? d.versions() : List.of();
        PolicyDialogs.version(window(), p, PolicyService.nextLabel(versions, true), versions, ctx.today()).ifPresent(vm::addVersion);
    }

    private void approveVersion(Policy p, PolicyVersion v) {
        PolicyDialogs.approve(window(), p, v, ctx.today()).ifPresent(a -> vm.approveVersion(v.id(), a.approvedBy(),
                a.approvedOn(), a.minuteRef(), v.label()));
    }

    private void catalogue() {
        Set<String> titles = vm.rows().stream().map(r -> r.title().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        java.util.function.Consumer<java.util.Optional<uk.schoolcompliance.tracker.domain.SchoolPhase>> show = phase -> PolicyDialogs
                .catalogue(window(), titles, phase).filter(l -> !l.isEmpty()).ifPresent(vm::addFromCatalogue);
        ctx.executor().run(() -> ctx.services().policyService().schoolPhase(), show, e -> show.accept(java.util.Optional.empty()));
    }

    private void importDocument() {
        java.io.File f = PolicyDialogs.documentChooser().showOpenDialog(window());
        if (f != null) {
            importDocument(f.toPath());
        }
    }

    /** The import of one document: read and extract (off the FX thread), confirm, then store. */
    public void importDocument(Path file) {
        vm.previewDocument(file, preview -> PolicyDialogs.confirmImport(window(), preview, ctx::today).ifPresent(vm::importDocument));
    }

    private void importSchedule() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("policies.chooser.schedule"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("policies.chooser.schedule.filter"),
                "*.csv", "*.xlsx"));
        java.io.File f = chooser.showOpenDialog(window());
        if (f != null) {
            importSchedule(f.toPath());
        }
    }

    /** The import of a review schedule: plan (off the FX thread), show the preview, then apply. */
    public void importSchedule(Path file) {
        vm.planSchedule(file, plan -> {
            if (PolicyDialogs.confirmSchedule(window(), plan)) {
                vm.applySchedule(plan);
            }
        });
    }

    public PoliciesViewModel viewModel() {
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
        if (destination instanceof Destination.PolicyRecord record) {
            long id = record.policyId();
            vm.filterTextProperty().set("");
            vm.filterBadgeProperty().set(null);
            vm.select(id);
            vm.rows().stream().filter(r -> r.policy().id() == id).findFirst().ifPresentOrElse(this::selectRow,
                    () -> pendingSelect = id);
        }
    }

    private Long pendingSelect;

    private void selectRow(Row r) {
        table.getSelectionModel().select(r);
        table.scrollTo(r);
    }

}
