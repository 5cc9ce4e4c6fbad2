package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ColumnFit;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The outstanding tab: every gap of the filtered view, grouped by policy or by person (those on long-term absence
 * apart, not chased), with the count the dashboard shows, and the ways to chase them (copy their e-mail addresses,
 * an e-mail in BCC) or export the list. The name and the status are never cut; the other columns shrink first and
 * show their whole text on hover. The tree is built only while the tab is shown (it can hold hundreds of thousands
 * of rows at trust scale).
 */
final class OutstandingPane extends VBox {

    /** A line of the outstanding tree: a group heading, or one gap. */
    public record Row(String title, AcknowledgementsViewModel.Group group, Obligation gap) {
    }

    private final UiContext ctx;
    private final AcknowledgementsViewModel vm;
    private final Supplier<Window> window;
    private final TreeTableView<Row> tree = new TreeTableView<>();
    private final TreeTableColumn<Row, String> nameColumn;
    private final TreeTableColumn<Row, String> statusColumn;
    private boolean shown;
    private boolean stale = true;

    OutstandingPane(UiContext ctx, AcknowledgementsViewModel vm, Supplier<Window> window, Consumer<Obligation> record) {
        this.ctx = ctx;
        this.vm = vm;
        this.window = window;
        getStylesheets().add(AcknowledgementsView.stylesheet());
        ToggleGroup group = new ToggleGroup();
        ToggleButton byPolicy = new ToggleButton(I18n.t("acks.group.policy"));
        byPolicy.setId("acks-group-policy");
        ToggleButton byStaff = new ToggleButton(I18n.t("acks.group.staff"));
        byStaff.setId("acks-group-staff");
        byPolicy.setToggleGroup(group);
        byStaff.setToggleGroup(group);
        byPolicy.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.groupByStaffProperty().set(b == byStaff);
            }
        });
        Button copy = new Button(I18n.t("acks.chase.copy"), new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("acks-chase-copy");
        copy.setOnAction(e -> copyEmails(chaseTargets()));
        Button mail = new Button(I18n.t("acks.chase.mail"), new FontIcon(MaterialDesignE.EMAIL_OUTLINE));
        mail.setId("acks-chase-mail");
        mail.setOnAction(e -> mail(chaseTargets()));
        Button csv = new Button(I18n.t("acks.export.csv"), new FontIcon(MaterialDesignF.FILE_DELIMITED_OUTLINE));
        csv.setId("acks-export-csv");
        csv.setOnAction(e -> export("csv"));
        Button xlsx = new Button(I18n.t("acks.export.xlsx"), new FontIcon(MaterialDesignF.FILE_EXCEL_OUTLINE));
        xlsx.setId("acks-export-xlsx");
        xlsx.setOnAction(e -> export("xlsx"));
        Label groupBy = new Label(I18n.t("acks.group.label"));
        for (Region r : List.of(groupBy, byPolicy, byStaff, copy, mail, csv, xlsx)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label count = new Label();
        count.setId("acks-outstanding-count");
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        vm.outstanding().addListener((ListChangeListener<Obligation>) c ->
                count.setText(vm.countLine())); // the dashboard's figure, the absent counted apart
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, groupBy, byPolicy, byStaff, spacer, copy, mail, csv, xlsx);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(6, bar, count);
        head.setPadding(new Insets(10, 0, 8, 0));

        tree.setId("acks-outstanding");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setPlaceholder(new Label(I18n.t("acks.outstanding.none")));
        nameColumn = column("acks.col.name", 300, this::nameOf);
        nameColumn.setId("acks-col-name");
        TreeTableColumn<Row, String> category = column("acks.col.category", 150,
                r -> r.gap() == null ? "" : r.gap().staff().category().label());
        TreeTableColumn<Row, String> email = column("acks.col.email", 230,
                r -> r.gap() == null || r.gap().staff().email() == null ? "" : r.gap().staff().email());
        TreeTableColumn<Row, String> version = column("acks.col.version", 80,
                r -> r.gap() == null ? "" : r.gap().requiredVersion().label());
        TreeTableColumn<Row, String> due = column("acks.col.due", 100, r -> r.gap() == null ? "" : Dates.forPeople(r.gap().due()));
        statusColumn = column("acks.col.status", 130, OutstandingPane::statusOf);
        statusColumn.setId("acks-col-status");
        for (TreeTableColumn<Row, String> c : List.of(category, email, version, due)) {
            c.setCellFactory(ColumnFit.treeTooltipCells()); // these shrink first, their text in full on hover
            ColumnFit.headerWhole(c);
        }
        tree.getColumns().addAll(List.of(nameColumn, category, email, version, due, statusColumn));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // on a narrow window the version, then the category, the e-mail and the due date make way for the rest
        ColumnFit.dropByPriority(tree, tree.getColumns(), List.of(version, category, email, due));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("acks-group-row", "acks-overdue-row");
                if (!empty && item != null) {
                    if (item.gap() == null) {
                        getStyleClass().add("acks-group-row");
                    } else if (item.gap().status() == ObligationStatus.OVERDUE) {
                        getStyleClass().add("acks-overdue-row");
                    }
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                TreeItem<Row> sel = tree.getSelectionModel().getSelectedItem();
                if (sel != null && sel.getValue().gap() != null) {
                    record.accept(sel.getValue().gap());
                }
            }
        });
        getChildren().addAll(head, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        vm.outstanding().addListener((ListChangeListener<Obligation>) c -> changed());
        vm.groupByStaffProperty().addListener((o, a, b) -> changed());
    }

    private String nameOf(Row r) {
        return r.gap() == null ? r.title()
                : r.group().absent() ? r.gap().staff().sortName() + " \u2014 " + r.gap().policy().title()
                : vm.groupByStaffProperty().get() ? r.gap().policy().title() : r.gap().staff().sortName();
    }

    private static String statusOf(Row r) {
        return r.gap() == null
                ? r.group().absent() ? I18n.t("acks.group.absentSummary", r.group().gaps().size())
                : I18n.t("acks.group.summary", r.group().gaps().size(), r.group().overdue())
                : statusWord(r.gap().status());
    }

    static String statusWord(ObligationStatus s) {
        return switch (s) {
            case SATISFIED -> I18n.t("acks.status.done");
            case DUE -> I18n.t("acks.status.due");
            case OVERDUE -> I18n.t("acks.status.overdue");
            case ABSENT -> I18n.t("acks.status.absent");
        };
    }

    /** Builds the tree now if it is out of date, and from now on whenever it changes; or stops doing so. */
    void setShown(boolean shown) {
        this.shown = shown;
        if (shown && stale) {
            build();
        }
    }

    private void changed() {
        stale = true;
        if (shown) {
            build();
        }
    }

    private void build() {
        stale = false;
        TreeItem<Row> rootItem = new TreeItem<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        for (ObligationStatus s : ObligationStatus.values()) {
            statuses.add(statusWord(s));
        }
        for (AcknowledgementsViewModel.Group g : vm.groups()) {
            Row heading = new Row(g.title(), g, null);
            TreeItem<Row> gi = new TreeItem<>(heading);
            gi.setExpanded(true);
            names.add(nameOf(heading));
            statuses.add(statusOf(heading));
            for (Obligation o : g.gaps()) {
                Row row = new Row(null, g, o);
                gi.getChildren().add(new TreeItem<>(row));
                names.add(nameOf(row));
            }
            rootItem.getChildren().add(gi);
        }
        // the name and the status are never cut: wide enough for the longest (beside the tree's arrow and indent)
        ColumnFit.keepWhole(nameColumn, names, 44, true); // a group's heading is in bold
        ColumnFit.keepWhole(statusColumn, statuses, 0, true);
        tree.setRoot(rootItem);
    }

    /** The selected rows (a group selects all its gaps), or everything listed when nothing is selected. */
    List<Obligation> chaseTargets() {
        List<TreeItem<Row>> selected = tree.getSelectionModel().getSelectedItems();
        if (selected.isEmpty()) {
            return List.copyOf(vm.outstanding());
        }
        LinkedHashSet<Obligation> out = new LinkedHashSet<>();
        for (TreeItem<Row> t : new ArrayList<>(selected)) {
            if (t == null) {
                continue;
            }
            if (t.getValue().gap() != null) {
                out.add(t.getValue().gap());
            } else {
                out.addAll(t.getValue().group().gaps());
            }
        }
        return List.copyOf(out);
    }

    private void copyEmails(List<Obligation> gaps) {
        List<String> emails = AcknowledgementsViewModel.chaseEmails(gaps);
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("; ", emails));
        Clipboard.getSystemClipboard().setContent(content);
        long without = AcknowledgementsViewModel.withoutEmail(gaps);
        vm.messageProperty().set(I18n.t("acks.chase.copied", emails.size())
                + (without > 0 ? " " + I18n.t("acks.chase.noEmail", without) : ""));
    }

    private void mail(List<Obligation> gaps) {
        vm.startAction();
        List<String> emails = AcknowledgementsViewModel.chaseEmails(gaps);
        if (emails.isEmpty()) {
            vm.messageProperty().set(I18n.t("acks.chase.nobody"));
            return;
        }
        String link = AcknowledgementsViewModel.mailto(emails, vm.chaseSubject(gaps));
        if (link.length() > AcknowledgementsViewModel.MAILTO_LIMIT) {
            copyEmails(gaps);
            Dialogs.error(window.get(), I18n.t("acks.chase.tooMany", emails.size()));
            return;
        }
        ctx.fileOpener().mail(link, () -> vm.messageProperty().set(I18n.t("acks.chase.opened", emails.size())), problem -> {
            copyEmails(gaps);
            vm.messageProperty().set(problem + " " + I18n.t("acks.chase.copied", emails.size()));
        });
    }

    private void export(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("csv".equals(kind) ? I18n.t("acks.export.csv") : I18n.t("acks.export.xlsx"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(java.util.Locale.ROOT), "*." + kind));
        chooser.setInitialFileName(I18n.t("acks.export.file", ctx.asOf().toString()) + "." + kind);
        File f = chooser.showSaveDialog(window.get());
        if (f != null) {
            vm.export(f.toPath(), List.copyOf(vm.outstanding()));
        }
    }

    TreeTableView<Row> tree() {
        return tree;
    }

    private static TreeTableColumn<Row, String> column(String key, double width, Function<Row, String> f) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(I18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue().getValue())));
        return c;
    }
}
