package uk.schoolcompliance.tracker.ui.policies;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Page;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.acknowledgements.RecordAcknowledgementDialog;
import uk.schoolcompliance.tracker.ui.acknowledgements.SignOffSessionDialog;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The policy library page: its title and toolbar, the table with its filters ({@link PolicyTablePane}) and, once a
 * policy is chosen, its page beside it ({@link PolicyDetailPane}); the actions that need a dialog live here.
 */
public final class PoliciesView implements Page {

    private final UiContext ctx;
    private final PoliciesViewModel vm;
    private final BorderPane root = new BorderPane();
    private final PolicyTablePane tablePane;
    private final Label status = new Label();

    public PoliciesView(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new PoliciesViewModel(ctx);
        root.getStylesheets().add(PoliciesView.class.getResource("policies.css").toExternalForm());
        root.getStyleClass().add("policies-page");
        root.setId("policies-page");

        Label title = new Label(I18n.t("policies.title"));
        title.getStyleClass().add("page-title");
        VBox top = new VBox(10, title, toolbar());
        top.setPadding(new Insets(20, 24, 10, 24));
        root.setTop(top);

        PolicyDetailPane.Actions actions = new WindowActions();
        tablePane = new PolicyTablePane(vm, actions);
        PolicyDetailPane detail = new PolicyDetailPane(ctx, vm, actions);
        ScrollPane detailScroll = new ScrollPane(detail.node());
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("edge-to-edge");
        detailScroll.setMinWidth(360);
        SplitPane split = new SplitPane(tablePane.node());
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(detailScroll, false);
        // the policy's page opens beside the table once a policy is chosen; the table has the width until then
        vm.detailProperty().addListener((o, a, d) -> showDetail(split, detailScroll, d != null));
        showDetail(split, detailScroll, vm.detailProperty().get() != null);
        BorderPane.setMargin(split, new Insets(0, 24, 12, 24));
        root.setCenter(split);

        status.setId("policies-status");
        status.getStyleClass().add("policies-status");
        status.setWrapText(true);
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.errorProperty().get() != null ? vm.errorProperty().get()
                        : vm.messageProperty().get() == null ? "" : vm.messageProperty().get(),
                vm.errorProperty(), vm.messageProperty()));
        vm.errorProperty().addListener((o, a, b) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), b != null));
        HBox bottom = new HBox(status);
        bottom.setPadding(new Insets(0, 24, 10, 24));
        root.setBottom(bottom);
    }

    private static void showDetail(SplitPane split, Node detail, boolean shown) {
        if (shown && !split.getItems().contains(detail)) {
            split.getItems().add(detail);
            split.setDividerPositions(0.5);
        } else if (!shown) {
            split.getItems().remove(detail);
        }
    }

    private Node toolbar() {
        Button add = button("policies-add", "policies.action.add", MaterialDesignP.PLUS, this::addPolicy);
        add.getStyleClass().add(Styles.ACCENT);
        Button catalogue = button("policies-catalogue", "policies.action.catalogue", MaterialDesignB.BOOK_OPEN_VARIANT,
                this::catalogue);
        Button importDoc = button("policies-import-document", "policies.action.importDocument",
                MaterialDesignF.FILE_IMPORT_OUTLINE, this::importDocument);
        Button importSchedule = button("policies-import-schedule", "policies.action.importSchedule",
                MaterialDesignT.TABLE_ARROW_LEFT, this::importSchedule);
        add.setTooltip(new Tooltip(I18n.t("policies.action.add.tip")));
        FlowPane bar = new FlowPane(8, 8, add, catalogue, importDoc, importSchedule);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(I18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The detail pane's and the table's actions, done with this window's dialogs. */
    private final class WindowActions implements PolicyDetailPane.Actions {
        @Override
        public void edit(Policy p) {
            editPolicy(p);
        }

        @Override
        public void addVersion(Policy p) {
            PoliciesView.this.addVersion(p);
        }

        @Override
        public void retire(Policy p) {
            PoliciesView.this.retire(p);
        }

        @Override
        public void approve(Policy p, PolicyVersion v) {
            approveVersion(p, v);
        }

        @Override
        public void openDocument(PolicyVersion v) {
            vm.openDocument(v.id(), PoliciesView.this::showInViewer);
        }

        @Override
        public void acknowledge(Policy p) {
            RecordAcknowledgementDialog.showAndTell(ctx, window(), null, p.id())
                    .ifPresent(n -> vm.messageProperty().set(n.text()));
        }

        @Override
        public void signOffSession(Policy p) {
            SignOffSessionDialog.showAndTell(ctx, window(), p.id()).ifPresent(n -> vm.messageProperty().set(n.text()));
        }
    }

    /** Opens a temporary copy in the system's viewer; when it cannot, says why and where the copy is. */
    private void showInViewer(Path file) {
        ctx.fileOpener().open(file, () -> vm.messageProperty().set(I18n.t("policies.msg.opened", file)),
                vm.errorProperty()::set);
    }

    // ---------------------------------------------------------------- actions

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void addPolicy() {
        vm.appliesTo(null, a -> new PolicyFormDialog(window(), null, ctx::today, a,
                (entered, saved, refused) -> vm.save(entered, null, saved, refused)).show());
    }

    /** The form opens on the policy as it stands, with its version; a save over another's change is refused in it. */
    private void editPolicy(Policy p) {
        vm.openForEdit(p.id(), opened -> vm.appliesTo(opened.record(), a -> PolicyFormDialog.editing(window(),
                vm, opened, ctx::today, a).show()));
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
        PolicyDialogs.version(window(), p, PolicyService.nextLabel(versions, true), versions, ctx.today(), vm::addVersion);
    }

    private void approveVersion(Policy p, PolicyVersion v) {
        PolicyDialogs.approve(window(), p, v, ctx.today(), (a, saved, refused) -> vm.approveVersion(v.id(),
                a.approvedBy(), a.approvedOn(), a.minuteRef(), v.label(), saved, refused));
    }

    private void catalogue() {
        Set<String> titles = vm.rows().stream().map(r -> r.title().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        java.util.function.Consumer<java.util.Optional<uk.schoolcompliance.tracker.domain.SchoolPhase>> show = phase -> PolicyDialogs
                .catalogue(window(), titles, phase, (entries, saved, refused) -> {
                    if (entries.isEmpty()) {
                        saved.run(); // nothing ticked: nothing to add
                    } else {
                        vm.addFromCatalogue(entries, saved, refused);
                    }
                });
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
        vm.previewDocument(file, preview -> PolicyDialogs.confirmImport(window(), preview, ctx::today, vm::importDocument));
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
        vm.planSchedule(file, plan -> PolicyDialogs.confirmSchedule(window(), plan,
                (yes, saved, refused) -> vm.applySchedule(plan, saved, refused)));
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
            tablePane.select(id);
        }
    }
}
