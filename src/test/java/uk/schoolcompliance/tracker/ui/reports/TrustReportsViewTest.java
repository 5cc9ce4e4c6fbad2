package uk.schoolcompliance.tracker.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.MainWindow;
import uk.schoolcompliance.tracker.ui.trust.SchoolPicker;

/**
 * The Reports page follows the top bar's school picker on the demo trust: "All schools" previews and exports the
 * trust board's pack under the trust's and the term's name, a school its own governors' pack.
 */
@ExtendWith(ApplicationExtension.class)
class TrustReportsViewTest {

    @TempDir
    static Path dir;

    private Path file;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        file = dir.resolve("vale-" + System.nanoTime() + ".db");
        try (TrackerServices s = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK)) {
            s.demoTrust().build(TestDemo.AS_OF);
        }
        MainWindow window = new MainWindow(stage, FxTestSupport.context(dir));
        stage.show();
        window.open(file, false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String fileName(FxRobot robot, String id) {
        return Path.of(robot.lookup(id).queryAs(TextField.class).getText()).getFileName().toString();
    }

    private static String sections(FxRobot robot) {
        return robot.lookup("#reports-preview-sections").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + b + "\n");
    }

    private static void pick(FxRobot robot, String name) {
        SchoolPicker picker = robot.lookup("#school-picker").queryAs(SchoolPicker.class);
        FxTestSupport.waitUntil(() -> picker.getItems().stream().anyMatch(c -> c.label().equals(name)));
        robot.interact(() -> picker.getSelectionModel().select(picker.getItems().stream()
                .filter(c -> c.label().equals(name)).findFirst().orElseThrow()));
    }

    private static String export(FxRobot robot, Path pdf, Path xlsx) throws Exception {
        robot.interact(() -> {
            robot.lookup("#reports-pdf-path").queryAs(TextField.class).setText(pdf.toString());
            robot.lookup("#reports-xlsx-path").queryAs(TextField.class).setText(xlsx.toString());
        });
        robot.clickOn("#reports-generate");
        FxTestSupport.waitUntil(() -> robot.lookup("#reports-progress").queryAs(ProgressBar.class).getProgress() >= 1.0);
        try (var d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void allSchoolsIsTheTrustBoardsPackAndASchoolItsOwnInThePreviewTheNamesAndTheExport(FxRobot robot)
            throws Exception {
        GovernorsPack brook;
        String trustPercent;
        try (TrackerServices s = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK)) {
            trustPercent = s.governorsPack().buildTrust(TestDemo.AS_OF, null, false).headlines().stream()
                    .filter(h -> h.key().equals("ackPercent")).findFirst().orElseThrow().shown();
            brook = s.governorsPack().build(TestDemo.AS_OF, null, false,
                    Optional.of(s.schoolService().resolve("Brook Academy")));
        }
        robot.clickOn("#nav-reports");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-reports").queryAs(ToggleButton.class).isSelected());
        pick(robot, "All schools");
        FxTestSupport.waitUntil(() -> robot.lookup("#reports-preview-title").tryQuery().isPresent()
                && text(robot, "#reports-preview-title").contains("trust board's pack"));
        assertThat(text(robot, "#reports-preview-title"))
                .isEqualTo("Preview: the trust board's pack for Vale Learning Trust, Autumn 2026, figures as of 24/11/2026");
        assertThat(text(robot, "#preview-ackPercent")).isEqualTo(trustPercent);
        assertThat(sections(robot)).contains("Schools side by side: 4 rows", "A page for each school: 4");
        assertThat(fileName(robot, "#reports-pdf-path")).isEqualTo("Trust board pack - Vale Learning Trust - Autumn 2026.pdf");
        assertThat(fileName(robot, "#reports-xlsx-path")).isEqualTo("Trust board pack - Vale Learning Trust - Autumn 2026.xlsx");
        robot.clickOn("#reports-open-after");
        assertThat(export(robot, dir.resolve("board.pdf"), dir.resolve("board.xlsx")))
                .contains("Trust board's compliance pack", "Schools side by side", "Brook Academy", "Castle High School");

        pick(robot, "Brook Academy");
        FxTestSupport.waitUntil(() -> text(robot, "#reports-preview-title").contains("Brook Academy"));
        assertThat(text(robot, "#reports-preview-title"))
                .isEqualTo("Preview: the governors' pack for Brook Academy, Autumn 2026, figures as of 24/11/2026");
        assertThat(text(robot, "#preview-ackPercent")).isEqualTo(brook.headlines().stream()
                .filter(h -> h.key().equals("ackPercent")).findFirst().orElseThrow().shown());
        assertThat(sections(robot)).contains("Cover: Brook Academy").doesNotContain("Schools side by side");
        // the names the user typed are kept; a default would have followed to "Governors pack - Brook Academy - ..."
        assertThat(fileName(robot, "#reports-pdf-path")).isEqualTo("board.pdf");
        assertThat(export(robot, dir.resolve("brook.pdf"), dir.resolve("brook.xlsx")))
                .contains("Governors' compliance pack", "Brook Academy").doesNotContain("Schools side by side")
                .doesNotContain("Ashby");

        pick(robot, "All schools");
        FxTestSupport.waitUntil(() -> text(robot, "#reports-preview-title").contains("trust board's pack"));
    }

    @Test
    void theDefaultFileNamesFollowThePickerBetweenTheTrustAndASchool(FxRobot robot) {
        robot.clickOn("#nav-reports");
        pick(robot, "Castle High School");
        FxTestSupport.waitUntil(() -> robot.lookup("#reports-preview-title").tryQuery().isPresent()
                && text(robot, "#reports-preview-title").contains("Castle High School"));
        assertThat(fileName(robot, "#reports-pdf-path")).isEqualTo("Governors pack - Castle High School - Autumn 2026.pdf");
        pick(robot, "All schools");
        FxTestSupport.waitUntil(() -> text(robot, "#reports-preview-title").contains("trust board's pack"));
        assertThat(fileName(robot, "#reports-pdf-path")).isEqualTo("Trust board pack - Vale Learning Trust - Autumn 2026.pdf");
        assertThat(fileName(robot, "#reports-xlsx-path")).isEqualTo("Trust board pack - Vale Learning Trust - Autumn 2026.xlsx");
    }
}
