package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.acknowledgements.AckDialogCases;
import uk.schoolcompliance.tracker.ui.audit.AuditDialogCases;
import uk.schoolcompliance.tracker.ui.common.Dialogs;
import uk.schoolcompliance.tracker.ui.help.HelpDialogs;
import uk.schoolcompliance.tracker.ui.induction.InductionDialogCases;
import uk.schoolcompliance.tracker.ui.policies.PolicyDialogCases;
import uk.schoolcompliance.tracker.ui.reviews.ReviewDialogCases;
import uk.schoolcompliance.tracker.ui.setup.FirstRun;
import uk.schoolcompliance.tracker.ui.staff.StaffDialogCases;
import uk.schoolcompliance.tracker.ui.trust.SchoolsDialog;

/**
 * Every dialog of the app, opened over the demo school as a user opens it, on the usual school office laptop
 * (1280 × 800) and on the same laptop at 125 % scaling (1024 × 640 logical pixels, the main window filling it):
 * no cut label, button or header text, the dialog inside the screen, and opening at a size that shows its content
 * (at 1280 × 800 without a scroll bar for the form itself; at 125 % a form taller than the screen may scroll).
 */
@ExtendWith(ApplicationExtension.class)
class DialogFitTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private UiContext ctx;
    private Stage stage;

    @BeforeAll
    static void buildDemoFirst() {
        TestDemo.copy(dir);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ctx = FxTestSupport.context(dir);
        window = new MainWindow(stage, ctx);
        stage.show();
        window.open(TestDemo.copy(dir), false);
    }

    /** Every dialog, in the order a user meets them. */
    private List<DialogCase> cases() throws Exception {
        List<DialogCase> all = new ArrayList<>();
        all.addAll(StaffDialogCases.all(ctx, stage, dir));
        all.addAll(InductionDialogCases.all(ctx, stage));
        all.addAll(PolicyDialogCases.all(ctx, stage, dir));
        all.addAll(ReviewDialogCases.all(ctx, stage));
        all.addAll(AckDialogCases.all(ctx, stage));
        all.addAll(AuditDialogCases.all(ctx, stage));
        Path usb = Files.createDirectories(dir.resolve("usb-" + System.nanoTime()));
        window.chooseFoldersWith(p -> usb);
        all.add(new DialogCase("backup (done)", () -> menu("menu-backup").fire()));
        all.add(new DialogCase("restore (File menu)", () -> menu("menu-restore").fire()));
        all.add(new DialogCase("operator name", () -> UserNameDialog.change(stage, ctx)));
        all.add(new DialogCase("schools", () -> new SchoolsDialog(stage, ctx).show()));
        all.add(new DialogCase("new school wizard", () -> FirstRun.newSchool(stage, ctx, dir.resolve("new-" + System.nanoTime()
                + ".db"), p -> { })));
        all.add(new DialogCase("guide", () -> HelpDialogs.guide(stage)));
        all.add(new DialogCase("keyboard shortcuts", () -> HelpDialogs.shortcuts(stage, window.shortcuts())));
        all.add(new DialogCase("about", () -> menu("menu-about").fire()));
        all.add(new DialogCase("error", () -> Dialogs.error(stage, "Could not open " + dir.resolve("a folder with a long name")
                .resolve("Governors pack - Riverside Primary School - Autumn 2026.pdf") + ": no program on this computer"
                + " opens PDF files. The file is saved at " + dir)));
        all.add(new DialogCase("confirm", () -> Dialogs.confirm(stage, I18n.t("safety.open.restoreOffer.header"),
                "This file was not closed properly. Restore the newest backup, taken on 24/11/2026 at 09:00?")));
        return all;
    }

    private MenuItem menu(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 800, false", "1024, 640, true"})
    void everyDialogShowsItsTextInFullAndFitsTheScreen(int width, int height, boolean scrollAllowed, FxRobot robot)
            throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#card-ack-percent-value").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        List<String> problems = new ArrayList<>();
        List<DialogCase> cases = cases();
        for (DialogCase c : cases) {
            problems.addAll(DialogFit.check(robot, c, width, height, scrollAllowed));
        }
        PaneMount.restore(stage);
        assertThat(cases).hasSizeGreaterThan(30);
        assertThat(problems).as("dialogs at " + width + " × " + height).isEmpty();
    }
}
