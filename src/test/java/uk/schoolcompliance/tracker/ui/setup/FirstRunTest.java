package uk.schoolcompliance.tracker.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.app.SchoolSetupService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The first run, clicked through headless: welcome screen → "Set up my school" wizard → dashboard. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {

    @TempDir
    static Path dir;

    private Path target;
    private FirstRun firstRun;
    private Stage stage;
    private UiContext ctx;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        ctx = FxTestSupport.context(dir); // a name remembered: "Set up my school" does not stop to ask
        target = dir.resolve("school-" + System.nanoTime()).resolve("tracker.db");
        firstRun = new FirstRun(stage, ctx, target, FirstRun.mainWindowOpener(stage, ctx));
        firstRun.showWelcome();
        stage.show();
    }

    private static Path staffFile() throws IOException {
        Path f = dir.resolve("staff-list.csv");
        Files.writeString(f, "First name,Surname,Staff ID,Work email,Staff type,Job title,Start date\n"
                + "Amira,Khan,P001,a.khan@hillside.sch.uk,Teacher,Year 3 teacher,01/09/2019\n"
                + "Ben,Okafor,P002,b.okafor@hillside.sch.uk,TA,Teaching assistant,04/01/2021\n"
                + "Carys,Evans,P003,office@hillside.sch.uk,Admin,Office manager,15/04/2024\n"
                // a new starter (last week): the staff import gives her an induction plan
                + "Dana,Price,P004,d.price@hillside.sch.uk,Teacher,Year 5 teacher,"
                + TestDemo.AS_OF.minusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/uuuu")) + "\n");
        return f;
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#wizard-title").queryAs(Label.class).getText();
    }

    private static boolean nextDisabled(FxRobot robot) {
        return robot.lookup("#wizard-next").queryAs(Button.class).isDisabled();
    }

    @Test
    void walksTheWizardToTheDashboardWithASmallStaffFile(FxRobot robot) throws IOException {
        Path staff = staffFile();
        robot.clickOn("#welcome-setup");
        FxTestSupport.waitUntil(() -> "Your school".equals(title(robot)));
        assertThat(robot.lookup("#wizard-step-of").queryAs(Label.class).getText()).isEqualTo("Step 1 of 4");
        assertThat(nextDisabled(robot)).isTrue();

        robot.clickOn("#setup-school-name").write("Hillside Primary School");
        assertThat(nextDisabled(robot)).as("no phase chosen yet").isTrue();
        robot.clickOn("#setup-phase-primary");
        assertThat(nextDisabled(robot)).isFalse();
        robot.clickOn("#wizard-next");

        FxTestSupport.waitUntil(() -> "Grace period".equals(title(robot)));
        Spinner<?> grace = robot.lookup("#setup-grace-days").queryAs(Spinner.class);
        robot.interact(() -> grace.getEditor().setText(""));
        robot.clickOn(grace.getEditor()).write("21").push(KeyCode.TAB);
        FxTestSupport.waitUntil(() -> Integer.valueOf(21).equals(grace.getValue()));
        robot.clickOn("#wizard-next");

        FxTestSupport.waitUntil(() -> "Your staff list".equals(title(robot)));
        assertThat(nextDisabled(robot)).as("no staff list read yet").isTrue();
        TextField file = robot.lookup("#setup-staff-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(staff.toString()));
        robot.clickOn("#setup-staff-preview");
        TableView<?> preview = robot.lookup("#setup-staff-table").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> preview.getItems().size() == 4);
        assertThat(robot.lookup("#setup-staff-status").queryAs(Label.class).getText())
                .startsWith("4 people read from staff-list.csv");
        assertThat(nextDisabled(robot)).isFalse();
        robot.clickOn("#wizard-next");

        FxTestSupport.waitUntil(() -> "Your policies".equals(title(robot)));
        int statutory = PolicyCatalogue.preselected(SchoolPhase.PRIMARY).size();
        int all = PolicyCatalogue.entries().size();
        Label count = robot.lookup("#setup-policies-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo(statutory + " of " + all + " selected");
        // tick one more (a non-statutory policy) from the keyboard: select its row, press Space
        TableView<SetupWizardViewModel.PolicyChoice> policies = robot.lookup("#setup-policy-table").queryAs(TableView.class);
        int online = indexOf(policies, "Online Safety Policy");
        robot.interact(() -> {
            policies.requestFocus();
            policies.getSelectionModel().select(online);
        });
        robot.push(KeyCode.SPACE);
        FxTestSupport.waitUntil(() -> count.getText().equals((statutory + 1) + " of " + all + " selected"));
        assertThat(robot.lookup("#wizard-next").queryAs(Button.class).getText()).isEqualTo("Create my school");
        robot.clickOn("#wizard-next");

        // the main window opens on the new school, with the checklist of what to do next
        FxTestSupport.waitUntil(() -> robot.lookup("#card-staff-value").tryQuery()
                .map(n -> "4".equals(((Label) n).getText())).orElse(false));
        FxTestSupport.waitUntil(() -> robot.lookup("#next-steps").tryQuery().map(Node::isVisible).orElse(false));
        FxTestSupport.waitUntil(() -> "Hillside Primary School".equals(robot.lookup("#school-name").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#next-step-upload-documents").tryQuery()).isPresent();
        assertThat(robot.lookup("#next-step-record-approvals").tryQuery()).isPresent();
        assertThat(robot.lookup("#next-step-record-acknowledgements").tryQuery()).isPresent();

        TrackerServices saved = TrackerServices.open(target, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(saved.repositories().settings().graceDays()).isEqualTo(21);
        assertThat(saved.repositories().staff().findAll()).extracting(s -> s.fullName())
                .containsExactlyInAnyOrder("Amira Khan", "Ben Okafor", "Carys Evans", "Dana Price");
        for (var member : saved.repositories().staff().findAll()) {
            assertThat(saved.repositories().induction().planId(member.id())).as(member.fullName() + "'s induction plan")
                    .matches(plan -> plan.isPresent() == member.fullName().equals("Dana Price"));
        }
        assertThat(saved.repositories().policies().findAll()).hasSize(statutory + 1)
                .anySatisfy(p -> assertThat(p.title()).isEqualTo("Online Safety Policy"));

        // a line of the checklist opens the page where the work is done; Hide removes the checklist
        robot.clickOn("#next-step-upload-documents");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-policies").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#nav-dashboard");
        FxTestSupport.waitUntil(() -> robot.lookup("#next-steps-hide").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#next-steps-hide");
        FxTestSupport.waitUntil(() -> !robot.lookup("#next-steps").queryAs(Node.class).isVisible());
        assertThat(saved.repositories().settings().get(SchoolSetupService.CHECKLIST_HIDDEN)).isPresent();
    }

    @Test
    void aBadStaffFileNamesTheLineAndBlocksNextUntilSkipped(FxRobot robot) throws IOException {
        Path bad = dir.resolve("bad-staff.csv");
        Files.writeString(bad, "First name,Surname,Staff type,Start date\nAnn,Lee,Teacher,31/02/2021\n");
        robot.clickOn("#welcome-setup");
        robot.clickOn("#setup-school-name").write("Ridge Academy");
        robot.clickOn("#setup-phase-secondary");
        robot.clickOn("#wizard-next");
        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> "Your staff list".equals(title(robot)));
        TextField file = robot.lookup("#setup-staff-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(bad.toString()));
        robot.clickOn("#setup-staff-preview");
        FxTestSupport.waitUntil(() -> robot.lookup("#setup-staff-status").queryAs(Label.class).getText()
                .startsWith("bad-staff.csv line 2: Start date: ") && robot.lookup("#setup-staff-status")
                .queryAs(Label.class).getText().contains("31/02/2021"));
        assertThat(nextDisabled(robot)).isTrue();
        robot.clickOn("#setup-staff-skip");
        assertThat(nextDisabled(robot)).isFalse();

        // Back keeps the answers
        robot.clickOn("#wizard-back");
        robot.clickOn("#wizard-back");
        FxTestSupport.waitUntil(() -> "Your school".equals(title(robot)));
        assertThat(robot.lookup("#setup-school-name").queryAs(TextField.class).getText()).isEqualTo("Ridge Academy");

        // Escape cancels back to the welcome screen, and nothing was written
        robot.push(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> robot.lookup("#welcome-setup").tryQuery().isPresent());
        assertThat(target).doesNotExist();
    }

    @Test
    void exploringTheDemoOpensOakfieldApartFromTheSchoolsOwnFile(FxRobot robot) {
        String before = System.getProperty("tracker.data.dir");
        System.setProperty("tracker.data.dir", dir.resolve("data-" + System.nanoTime()).toString());
        try {
            robot.clickOn("#welcome-demo");
            FxTestSupport.waitUntil(() -> robot.lookup("#school-name").tryQuery()
                    .map(n -> "Oakfield Primary School".equals(((Label) n).getText())).orElse(false));
            assertThat(uk.schoolcompliance.tracker.app.AppPaths.demoDatabase()).exists();
            assertThat(target).doesNotExist();
            assertThat(robot.lookup("#next-steps").queryAs(Node.class).isVisible()).as("no checklist on the demo").isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("tracker.data.dir");
            } else {
                System.setProperty("tracker.data.dir", before);
            }
        }
    }

    @Test
    void fileNewLeadsIntoTheSameWizardForTheNewFile(FxRobot robot) {
        // what File > New database does once the file is chosen (the chooser itself is the system's)
        Path file = dir.resolve("new-" + System.nanoTime() + ".db");
        java.util.concurrent.atomic.AtomicReference<Path> opened = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<FirstRun> run = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> run.set(FirstRun.newSchool(stage, ctx, file, opened::set)));
        FxTestSupport.waitUntil(() -> "Your school".equals(title(robot)));
        assertThat(run.get().stage().getOwner()).isSameAs(stage);
        // Escape cancels: the window closes, no file, nothing opened
        robot.push(KeyCode.ESCAPE);
        FxTestSupport.waitUntil(() -> !run.get().stage().isShowing());
        assertThat(file).doesNotExist();
        assertThat(opened.get()).isNull();

        robot.interact(() -> run.set(FirstRun.newSchool(stage, ctx, file, opened::set)));
        FxTestSupport.waitUntil(() -> "Your school".equals(title(robot)));
        robot.clickOn("#setup-school-name").write("Brook Special School");
        robot.clickOn("#setup-phase-special");
        robot.clickOn("#wizard-next");
        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> "Your staff list".equals(title(robot)));
        robot.clickOn("#setup-staff-skip");
        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> "Your policies".equals(title(robot)));
        robot.clickOn("#wizard-next");
        FxTestSupport.waitUntil(() -> file.equals(opened.get()));
        assertThat(run.get().stage().isShowing()).isFalse();
        TrackerServices saved = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(saved.repositories().settings().schoolName()).isEqualTo("Brook Special School");
        assertThat(saved.repositories().settings().schoolPhase()).contains("special");
        assertThat(saved.repositories().policies().findAll()).hasSize(PolicyCatalogue.preselected(SchoolPhase.SPECIAL).size());
        saved.repositories().db().close();
    }

    private static int indexOf(TableView<SetupWizardViewModel.PolicyChoice> table, String title) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).entry().title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not in the catalogue");
    }
}
